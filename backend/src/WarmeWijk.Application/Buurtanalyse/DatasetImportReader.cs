using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Buurtanalyse.Data;

namespace WarmeWijk.Application.Buurtanalyse;

/// <summary>Reads imports as the caller may see them: with the importing network's name and the live progress.</summary>
public sealed class DatasetImportReader(IAppDbContext db, ICurrentUser user, IImportProgress progress)
{
    public async Task<IReadOnlyList<DatasetImportDto>> ReadAsync(
        Func<IQueryable<DatasetImport>, IQueryable<DatasetImport>> select, bool withRejections, CancellationToken cancellationToken)
    {
        var imports = await select(db.DatasetImports.AsNoTracking()).ToListAsync(cancellationToken);
        var networkIds = imports.Select(i => i.ImportedByNetworkId).OfType<Guid>().Distinct().ToList();
        var networks = await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
        return
        [
            .. imports.Select(i => i.ToDto(
                user.NetworkId,
                i.ImportedByNetworkId is { } network ? networks.GetValueOrDefault(network) : null,
                i.Status == DatasetImportStatus.Running ? progress.FractionRead(i.Id) : null,
                withRejections)),
        ];
    }
}
