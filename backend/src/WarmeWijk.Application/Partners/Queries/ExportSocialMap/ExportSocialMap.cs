using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Application.Partners.Queries.ExportSocialMap;

/// <summary>The whole sociale kaart as CSV in the shape the import reads, so that an export imports back unchanged.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record ExportSocialMapQuery : IRequest<byte[]>;

public sealed class ExportSocialMapHandler(IAppDbContext db, ISocialMapCsv csv) : IRequestHandler<ExportSocialMapQuery, byte[]>
{
    public async Task<byte[]> Handle(ExportSocialMapQuery request, CancellationToken cancellationToken)
    {
        var actors = await db.PartnerOrganisations.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.Name, cancellationToken);
        var rows = new List<IReadOnlyList<string>> { SocialMapColumns.All };
        rows.AddRange(actors.Select(a => Row(a, neighbourhoods)));

        using var output = new MemoryStream();
        await csv.WriteAsync(rows, output, cancellationToken);
        return output.ToArray();
    }

    private static string[] Row(PartnerOrganisation a, Dictionary<Guid, string> neighbourhoods) =>
    [
        a.Id.ToString(),
        a.Name,
        a.Description ?? string.Empty,
        SocialMapValues.KindName(a.Kind),
        a.Email ?? string.Empty,
        a.Website ?? string.Empty,
        a.Phone ?? string.Empty,
        a.Address ?? string.Empty,
        string.Join(';', a.Categories),
        a.Services ?? string.Empty,
        // By name, which reads well and imports into another network too; by id when the name cannot be listed.
        string.Join(';', a.NeighbourhoodIds.Select(id => neighbourhoods.TryGetValue(id, out var name) && !name.Contains(';') ? name : id.ToString())),
        a.AcceptsReferrals ? "yes" : "no",
        a.IsActive ? "active" : "inactive",
    ];
}
