using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Matching.Queries.GetMatchOffer;

/// <summary>
/// What a volunteer sees through their link: only what the task needs. The resident's first name, street and
/// municipality, the category and the moments; the house number only once the volunteer accepted.
/// </summary>
[PublicRequest]
public sealed record GetMatchOfferQuery(string Token) : IRequest<MatchOfferDto>;

public sealed record MatchOfferDto(
    string VolunteerFirstName,
    string ResidentFirstName,
    string Street,
    string? HouseNumber,
    string Municipality,
    string CategoryNl,
    string CategoryEn,
    IReadOnlyList<TimeWindowDto> TimeWindows,
    DateOnly? WishedFrom,
    MatchStatus Status,
    DateTimeOffset AnswerBy);

public sealed class GetMatchOfferHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<GetMatchOfferQuery, MatchOfferDto>
{
    public async Task<MatchOfferDto> Handle(GetMatchOfferQuery query, CancellationToken cancellationToken)
    {
        var match = await MatchOffers.FindAsync(db, query.Token, cancellationToken);
        var offer = await (
                from request in db.HelpRequests.IgnoreQueryFilters()
                join resident in db.Residents.IgnoreQueryFilters() on request.ResidentId equals resident.Id
                join volunteer in db.Volunteers.IgnoreQueryFilters() on match.VolunteerId equals volunteer.Id
                join category in db.HelpCategories.IgnoreQueryFilters() on new { request.NetworkId, Code = request.CategoryCode } equals new { category.NetworkId, category.Code }
                where request.Id == match.HelpRequestId
                select new { request.TimeWindows, request.WishedFrom, resident.FirstName, resident.Address, Volunteer = volunteer.FirstName, category.NameNl, category.NameEn })
            .AsNoTracking()
            .SingleAsync(cancellationToken);
        var status = match.IsExpired(clock.GetUtcNow()) ? MatchStatus.Expired : match.Status;
        var accepted = status is MatchStatus.Accepted or MatchStatus.Completed;
        return new MatchOfferDto(
            offer.Volunteer,
            offer.FirstName,
            offer.Address.Street,
            accepted ? $"{offer.Address.HouseNumber}{(offer.Address.Box is null ? string.Empty : " bus " + offer.Address.Box)}" : null,
            offer.Address.Municipality,
            offer.NameNl,
            offer.NameEn,
            [.. offer.TimeWindows.Select(w => new TimeWindowDto(w.Day, w.From, w.Until))],
            offer.WishedFrom,
            status,
            match.AnswerBy);
    }
}
