using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Buurtanalyse;
using WarmeWijk.Application.Buurtanalyse.Commands.DeleteConsultation;
using WarmeWijk.Application.Buurtanalyse.Commands.ImportDataset;
using WarmeWijk.Application.Buurtanalyse.Commands.RecordConsultation;
using WarmeWijk.Application.Buurtanalyse.Commands.RecordSignal;
using WarmeWijk.Application.Buurtanalyse.Commands.UpdateConsultation;
using WarmeWijk.Application.Buurtanalyse.Queries.GetConsultation;
using WarmeWijk.Application.Buurtanalyse.Queries.GetDatasetImport;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodBoundaries;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodIndicators;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodSignals;
using WarmeWijk.Application.Buurtanalyse.Queries.ListConsultations;
using WarmeWijk.Application.Buurtanalyse.Queries.ListDatasetImports;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Domain.Buurtanalyse.Data;

namespace WarmeWijk.Api.Endpoints;

internal static class BuurtanalyseEndpoints
{
    public sealed record SignalBody(string Theme, string SectorCode, string Description);

    // Room for the multipart envelope around a file of the maximum size.
    private const long MultipartOverhead = 64 * 1024;

    public static void MapBuurtanalyseEndpoints(this RouteGroupBuilder api)
    {
        var maxUpload = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IOptions<BuurtanalyseOptions>>().Value.MaxUploadBytes;
        var imports = api.MapGroup("/buurtanalyse/imports")
            .WithTags("Buurtanalyse")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        imports.MapPost("/", async Task<Created<DatasetImportDto>> (
                IFormFile? file, [FromForm] DatasetKind? kind, [FromForm] int? year, [FromForm] Guid? importId, ISender sender, CancellationToken ct) =>
            {
                if (file?.Length > maxUpload)
                {
                    throw new PayloadTooLargeException(maxUpload);
                }

                // The importers read synchronously and seek, so the upload is first saved to a temporary file.
                await using var saved = file is null ? null : await SaveAsync(file, ct);
                var created = await sender.Send(new ImportDatasetCommand(importId, kind, year, file?.FileName, saved), ct);
                return TypedResults.Created($"/api/v1/buurtanalyse/imports/{created.Id}", created);
            })
            .DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: maxUpload + MultipartOverhead)
            .WithMetadata(new RequestSizeLimitAttribute(maxUpload + MultipartOverhead))
            .WithName("ImportDataset")
            .WithSummary("Import an open-data file (Statbel population, income or households per sector, the generic indicator file, or sector boundaries as GeoJSON) all-or-nothing; a file with rejected lines stores nothing and gets 422 with the report.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        imports.MapGet("/", async Task<Ok<ListResponse<DatasetImportDto>>> (int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListDatasetImportsQuery(limit ?? 50), ct)))
            .WithName("ListDatasetImports")
            .WithSummary("The latest imports of open data, newest first, with their progress while they run.");

        imports.MapGet("/{id:guid}", async Task<Ok<DatasetImportDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetDatasetImportQuery(id), ct)))
            .WithName("GetDatasetImport")
            .WithSummary("One import: its progress while it runs, its counts and rejected lines when done.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var neighbourhoods = api.MapGroup("/neighbourhoods/{id:guid}")
            .WithTags("Buurtanalyse")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        neighbourhoods.MapGet("/indicators", async Task<Ok<NeighbourhoodIndicatorsDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNeighbourhoodIndicatorsQuery(id), ct)))
            .WithName("GetNeighbourhoodIndicators")
            .WithSummary("The neighbourhood's indicators per year with the municipality and Flanders comparison, knipperlichten and trends; per sector the latest values for the map.");

        neighbourhoods.MapGet("/boundaries", async Task<Ok<BoundaryCollectionDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNeighbourhoodBoundariesQuery(id), ct)))
            .WithName("GetNeighbourhoodBoundaries")
            .WithSummary("The neighbourhood's statistical sectors as a GeoJSON FeatureCollection (WGS84).");

        neighbourhoods.MapGet("/signals", async Task<Ok<NeighbourhoodSignalsDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNeighbourhoodSignalsQuery(id), ct)))
            .WithName("GetNeighbourhoodSignals")
            .WithSummary("Signals in the neighbourhood's sectors: counts per theme and source, and the latest signals (no personal data).");

        neighbourhoods.MapPost("/signals", async Task<Created<SignalDto>> (Guid id, SignalBody body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new RecordSignalCommand(id, body.Theme, body.SectorCode, body.Description), ct);
                return TypedResults.Created($"/api/v1/neighbourhoods/{id}/signals", created);
            })
            .WithName("RecordSignal")
            .WithSummary("Record a signal from field work in one of the neighbourhood's sectors: a theme and a description without personal data.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        neighbourhoods.MapGet("/consultations", async Task<Ok<ConsultationListDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListConsultationsQuery(id), ct)))
            .WithName("ListConsultations")
            .WithSummary("The neighbourhood's buurtbevragingen, latest first, and the themes they can be tagged with.");

        neighbourhoods.MapPost("/consultations", async Task<Created<ConsultationDto>> (
                Guid id, ConsultationInput consultation, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var created = await sender.Send(new RecordConsultationCommand(id, consultation), ct);
                http.Response.Headers.ETag = Concurrency.ETagOf(created.Version);
                return TypedResults.Created($"/api/v1/neighbourhoods/{id}/consultations", created);
            })
            .WithName("RecordConsultation")
            .WithSummary("Record a buurtbevraging (conversation, survey, café dialogue, house visits): date, participants, themes, summary and quotes, none of which may identify a person.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var consultations = api.MapGroup("/consultations")
            .WithTags("Buurtanalyse")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        consultations.MapGet("/{id:guid}", async Task<Ok<ConsultationDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var consultation = await sender.Send(new GetConsultationQuery(id), ct);
                return http.WithETag(consultation, consultation.Version);
            })
            .WithName("GetConsultation")
            .WithSummary("One buurtbevraging; the ETag is needed to correct or remove it, and canChange tells whether the caller may.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        consultations.MapPut("/{id:guid}", async Task<Ok<ConsultationDto>> (Guid id, ConsultationInput consultation, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var updated = await sender.Send(new UpdateConsultationCommand(id, Concurrency.IfMatchVersion(http.Request), consultation), ct);
                return http.WithETag(updated, updated.Version);
            })
            .WithName("UpdateConsultation")
            .WithSummary("Correct a buurtbevraging (If-Match required, the version from the list) by the same rules as recording it; the theme counts follow.")
            .WithConcurrencyProblems();

        consultations.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                await sender.Send(new DeleteConsultationCommand(id, Concurrency.IfMatchVersion(http.Request)), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteConsultation")
            .WithSummary("Remove a buurtbevraging recorded by mistake (If-Match required); its themes are no longer counted.")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<FileStream> SaveAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var saved = new FileStream(
            Path.Combine(Path.GetTempPath(), $"warmewijk-import-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.DeleteOnClose);
        await file.CopyToAsync(saved, cancellationToken);
        saved.Position = 0;
        return saved;
    }
}
