using Microsoft.AspNetCore.Http.HttpResults;
using WarmeWijk.Api.Idempotency;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Application.Referrals.Commands.AnswerReferral;
using WarmeWijk.Application.Referrals.Commands.IssueReferralCard;
using WarmeWijk.Application.Referrals.Commands.ReferToPartner;
using WarmeWijk.Application.Referrals.Commands.SubmitReferral;
using WarmeWijk.Application.Referrals.Queries.GetPartnerReferral;
using WarmeWijk.Application.Referrals.Queries.ListPartnerReferrals;
using WarmeWijk.Domain.Referrals;

namespace WarmeWijk.Api.Endpoints;

internal static class ReferralEndpoints
{
    public sealed record ReferBody(Guid PartnerOrganisationId, string? Note);

    public sealed record AnswerBody(ReferralStatus Status, string? Feedback);

    public static void MapReferralEndpoints(this RouteGroupBuilder api)
    {
        var partnerApi = api.MapGroup("/referrals")
            .WithTags("Partner API: referrals")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        partnerApi.MapPost("/", async Task<Created<PartnerReferralDto>> (SubmitReferralCommand command, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/referrals/{created.Id}", created);
            })
            .WithIdempotency(required: true)
            .WithName("SubmitReferral")
            .WithSummary("Refer a resident to the network (starts an intake). Requires an Idempotency-Key: the same key and body return the same referral.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        partnerApi.MapGet("/", async Task<Ok<PartnerReferralPage>> (Guid? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPartnerReferralsQuery(cursor, limit ?? 25), ct)))
            .WithName("ListPartnerReferrals")
            .WithSummary("Your organisation's referrals, both directions, newest first. Pass nextCursor as cursor for the next page.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        partnerApi.MapGet("/{id:guid}", async Task<Ok<PartnerReferralDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPartnerReferralQuery(id), ct)))
            .WithName("GetPartnerReferral")
            .WithSummary("The status of one of your referrals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        partnerApi.MapPost("/{id:guid}/answer", async Task<Ok<PartnerReferralDto>> (Guid id, AnswerBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new AnswerReferralCommand(id, body.Status, body.Feedback), ct)))
            .WithName("AnswerReferral")
            .WithSummary("Accept, decline (with a reason) or close a referral made to your organisation.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/help-requests/{id:guid}/referrals", async Task<Ok<HelpRequestDto>> (Guid id, ReferBody body, ISender sender, HttpContext http, CancellationToken ct) =>
                http.WithETag(await sender.Send(new ReferToPartnerCommand(id, Concurrency.IfMatchVersion(http.Request), body.PartnerOrganisationId, body.Note), ct)))
            .WithTags("Help requests")
            .RequiresIfMatch()
            .WithName("ReferToPartner")
            .WithSummary("Refer a triaged request to a partner organisation (If-Match required; needs the resident's consent).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        api.MapPost("/referral-cards", async Task<Created<ReferralCardDto>> (IssueReferralCardCommand command, ISender sender, CancellationToken ct) =>
            {
                var card = await sender.Send(command, ct);
                return TypedResults.Created($"/api/v1/referral-cards/{card.Id}", card);
            })
            .WithTags("Partners")
            .WithName("IssueReferralCard")
            .WithSummary("Issue a printable referral card whose code links an intake to the professional who referred.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
