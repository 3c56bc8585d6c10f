using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Buurtanalyse.Data;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtanalyse.Commands.ImportDataset;

/// <summary>
/// Imports an open-data file. <see cref="ImportId"/> may be chosen by the client so that it can follow the progress
/// while the upload is processed. <see cref="Year"/> is needed for the population file only (it has no year column).
/// </summary>
[RequiresRole(Role.Coordinator, Role.Analyst)]
public sealed record ImportDatasetCommand(Guid? ImportId, DatasetKind? Kind, int? Year, string? FileName, Stream? Content)
    : IRequest<DatasetImportDto>;

public sealed class ImportDatasetValidator : AbstractValidator<ImportDatasetCommand>
{
    public ImportDatasetValidator()
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("Choose the kind of dataset: Population, Income, Households, IndicatorValues or SectorBoundaries.");
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(255);
        RuleFor(c => c.Content).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Attach the file.")
            .Must(content => content!.Length > 0).WithMessage("The file is empty.");
        RuleFor(c => c.Year)
            .NotNull().When(c => c.Kind == DatasetKind.Population)
            .WithMessage("The population file has no year column: give the year of the figures (population on 1 January).")
            .InclusiveBetween(1990, 2100);
        RuleFor(c => c.Year)
            .Null().When(c => c.Kind is not null and not DatasetKind.Population)
            .WithMessage("This file says which years it holds (its year column); leave the year out.");
        RuleFor(c => c.ImportId).NotEqual(Guid.Empty);
    }
}

public sealed class ImportDatasetHandler(IAppDbContext db, ICurrentUser user, IDatasetImportRunner runner)
    : IRequestHandler<ImportDatasetCommand, DatasetImportDto>
{
    public async Task<DatasetImportDto> Handle(ImportDatasetCommand request, CancellationToken cancellationToken)
    {
        var id = request.ImportId ?? Guid.CreateVersion7();
        if (await db.DatasetImports.AnyAsync(i => i.Id == id, cancellationToken))
        {
            throw new ConflictException($"Import {id} exists already: choose another id for a new import.");
        }

        var staff = await db.StaffUsers.AsNoTracking().Where(s => s.Id == user.Id).Select(s => s.DisplayName).SingleAsync(cancellationToken);
        var import = await runner.RunAsync(
            new DatasetUpload(id, request.Kind!.Value, request.Year, Path.GetFileName(request.FileName!), request.Content!, user.NetworkId, user.Id, staff),
            cancellationToken);
        var dto = import.ToDto(user.NetworkId, null, null, withRejections: true);
        return import.Status == DatasetImportStatus.Succeeded ? dto : throw new DatasetRejectedException(dto);
    }
}

/// <summary>The file was read but not stored: it has rejected lines or a fatal error (422, with the report).</summary>
public sealed class DatasetRejectedException(DatasetImportDto import)
    : Exception(import.FatalError is { } fatal
        ? $"Nothing was imported: {fatal}"
        : $"Nothing was imported: {import.RejectedRows} line(s) were rejected. Correct them and import the whole file again.")
{
    public DatasetImportDto Import { get; } = import;
}
