using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Application.Common;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Privacy;
using WarmeWijk.Application.Privacy.Commands.EraseResident;
using WarmeWijk.Application.Privacy.Queries.ExportResidentData;
using WarmeWijk.Application.Residents;
using WarmeWijk.Application.Residents.Commands.ChangeConsent;
using WarmeWijk.Application.Residents.Commands.CorrectResidentDetails;
using WarmeWijk.Application.Residents.Commands.PlaceResidentHome;
using WarmeWijk.Application.Residents.Commands.RegisterResident;
using WarmeWijk.Application.Residents.Queries.FindResidentMatches;
using WarmeWijk.Application.Residents.Queries.GetResident;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Api.Endpoints;

internal static class ResidentEndpoints
{
    public sealed record HomeBody(LocationDto? Home);

    /// <summary>Why the resident's data is erased; kept in the audit trail, so it must not identify anyone.</summary>
    public sealed record ResidentErasureBody(string? Reason);

    public static void MapResidentEndpoints(this RouteGroupBuilder api)
    {
        var residents = api.MapGroup("/residents")
            .WithTags("Residents")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        residents.MapGet("/matches", async Task<Ok<ResidentMatchesDto>> (
                    string? firstName, string? lastName, string? phone, int? birthYear, string? postalCode, string? street, string? houseNumber,
                    ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new FindResidentMatchesQuery(firstName, lastName, phone, birthYear, postalCode, street, houseNumber), ct)))
            .WithName("FindResidentMatches")
            .WithSummary("Residents who may be the person at the intake, with the reasons, to avoid a duplicate.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        residents.MapPost("/", async Task<Created<ResidentDto>> (RegisterResidentCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/residents/{created.Id}", created);
            })
            .WithName("RegisterResident")
            .WithSummary("Record a resident with the consents given at intake (Intake consent is required).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        residents.MapGet("/{id:guid}", async Task<Ok<ResidentDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new GetResidentQuery(id), ct)))
            .WithName("GetResident")
            .WithSummary("A resident's personal data. Every read is written to the audit trail. The ETag is the version of the details.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        residents.MapPut("/{id:guid}/details", async Task<Ok<ResidentDto>> (
                    Guid id, ResidentDetailsCorrection correction, ISender sender, HttpContext http, CancellationToken ct) =>
                WithETag(http, await sender.Send(new CorrectResidentDetailsCommand(id, Concurrency.IfMatchVersion(http.Request), correction), ct)))
            .WithName("CorrectResidentDetails")
            .WithSummary("Correct a resident's names, contact data, address, languages and contact preference (GDPR art. 16), with a reason (If-Match required). "
                + "Audited with the changed fields, never their values; refused (409) once the data is erased. The home position has its own PUT /home. "
                + "When the address lies in another sector, the resident's open help requests move there (their ETag changes); closed ones stay where they were reported.")
            .WithConcurrencyProblems();

        residents.MapGet("/{id:guid}/data-export", async Task<Ok<ResidentDataExportDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExportResidentDataQuery(id), ct)))
            .WithName("ExportResidentData")
            .WithSummary("Everything held about a resident, from every table, as JSON (GDPR access and portability). The export is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        residents.MapPost("/{id:guid}/erasure", async Task<Ok<ResidentErasureDto>> (Guid id, ResidentErasureBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new EraseResidentCommand(id, body.Reason), ct)))
            .WithName("EraseResident")
            .WithSummary("Erase a resident's personal data by anonymisation, with a reason; reports stay the same. Refused while a request is open or when already erased.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        residents.MapPost("/{id:guid}/consents", async Task<Ok<ResidentDto>> (Guid id, ConsentInput consent, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeConsentCommand(id, consent.Purpose, Given: true, consent.Note), ct)))
            .WithName("GiveConsent")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        residents.MapPut("/{id:guid}/home", async Task<Ok<ResidentDto>> (Guid id, HomeBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new PlaceResidentHomeCommand(id, body.Home), ct)))
            .WithName("PlaceResidentHome")
            .WithSummary("Set where the resident lives (WGS84), or remove it with null; used for distances when matching volunteers.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        residents.MapDelete("/{id:guid}/consents/{purpose}", async Task<Ok<ResidentDto>> (Guid id, ConsentPurpose purpose, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ChangeConsentCommand(id, purpose, Given: false, null), ct)))
            .WithName("WithdrawConsent")
            .WithSummary("Withdraw consent for one purpose; the withdrawal is kept with its date and author.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Ok<ResidentDto> WithETag(HttpContext http, ResidentDto resident) => http.WithETag(resident, resident.Version);
}
