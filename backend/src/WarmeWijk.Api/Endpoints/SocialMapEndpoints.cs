using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Partners;
using WarmeWijk.Application.Partners.Commands.CreatePartner;
using WarmeWijk.Application.Partners.Commands.ImportSocialMap;
using WarmeWijk.Application.Partners.Commands.UpdatePartner;
using WarmeWijk.Application.Partners.Queries.ExportSocialMap;
using WarmeWijk.Application.Partners.Queries.GetPartner;
using WarmeWijk.Application.Partners.Queries.ListPartners;
using WarmeWijk.Domain.Partners;

namespace WarmeWijk.Api.Endpoints;

/// <summary>The sociale kaart: the network's partners, informal actors and policy services, and its CSV import and export.</summary>
internal static class SocialMapEndpoints
{
    private const long MaxImportBytes = 5 * 1024 * 1024;

    public static void MapSocialMapEndpoints(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners")
            .WithTags("Partners")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        partners.MapGet("/", async Task<Ok<ListResponse<PartnerDto>>> (
                ActorKind? kind, string? category, Guid? neighbourhoodId, bool? referralTargets, bool? includeInactive, string? suggestCategory,
                string? suggestSectorCode, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(
                    new ListPartnersQuery(kind, category, neighbourhoodId, referralTargets ?? false, includeInactive ?? true, suggestCategory, suggestSectorCode), ct)))
            .WithName("ListPartners")
            .WithSummary("The network's sociale kaart, filtered by kind, help category and neighbourhood served; referralTargets=true keeps the active actors that take referrals. suggestCategory and suggestSectorCode (a help request's) put the fitting actors first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        partners.MapGet("/{id:guid}", async Task<Ok<PartnerDto>> (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var actor = await sender.Send(new GetPartnerQuery(id), ct);
                return http.WithETag(actor, actor.Version);
            })
            .WithName("GetPartner")
            .WithSummary("One actor of the sociale kaart; the ETag is its version.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        partners.MapPost("/", async Task<Created<PartnerDto>> (SocialMapActorInput actor, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreatePartnerCommand(actor), ct);
                http.Response.Headers.ETag = Concurrency.ETagOf(created.Version);
                return TypedResults.Created($"/api/v1/partners/{created.Id}", created);
            })
            .WithName("CreatePartner")
            .WithSummary("Add an actor (formal, informal or policy) to the sociale kaart.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        partners.MapPut("/{id:guid}", async Task<Ok<PartnerDto>> (Guid id, SocialMapActorInput actor, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var updated = await sender.Send(new UpdatePartnerCommand(id, Concurrency.IfMatchVersion(http.Request), actor), ct);
                return http.WithETag(updated, updated.Version);
            })
            .WithName("UpdatePartner")
            .WithSummary("Replace what the sociale kaart says of an actor (If-Match required).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        partners.MapGet("/export", async (ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var content = await sender.Send(new ExportSocialMapQuery(), ct);
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = "attachment; filename=\"sociale-kaart.csv\"";
                await http.Response.Body.WriteAsync(content, ct);
            })
            .WithName("ExportSocialMap")
            .WithSummary("The sociale kaart as CSV (HSDS-like columns, RFC 4180, UTF-8 with BOM), in the shape the import reads.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        partners.MapPost("/import", async Task<Ok<SocialMapImportDto>> (IFormFile? file, ISender sender, CancellationToken ct) =>
            {
                if (file?.Length > MaxImportBytes)
                {
                    throw new Application.Common.Exceptions.PayloadTooLargeException(MaxImportBytes);
                }

                await using var content = file?.OpenReadStream();
                return TypedResults.Ok(await sender.Send(new ImportSocialMapCommand(file?.FileName, content), ct));
            })
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes + 64 * 1024))
            .WithName("ImportSocialMap")
            .WithSummary("Import a sociale kaart CSV all-or-nothing: a line updates the actor with its id or name, or adds one; with any rejected line nothing is stored and the answer is 422 with every rejected line (line, column, reason).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
