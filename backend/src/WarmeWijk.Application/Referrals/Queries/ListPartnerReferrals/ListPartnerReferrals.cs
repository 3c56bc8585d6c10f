using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Referrals.Queries.ListPartnerReferrals;

/// <summary>The partner's own referrals, both directions, newest first; pass nextCursor back as cursor for the next page.</summary>
[RequiresRole(Role.Partner)]
public sealed record ListPartnerReferralsQuery(Guid? Cursor, int Limit = 25) : IRequest<PartnerReferralPage>;

public sealed record PartnerReferralPage(IReadOnlyList<PartnerReferralDto> Items, Guid? NextCursor);

public sealed class ListPartnerReferralsValidator : AbstractValidator<ListPartnerReferralsQuery>
{
    public ListPartnerReferralsValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, 100);
}

public sealed class ListPartnerReferralsHandler(PartnerReferrals referrals, ICurrentUser currentUser) : IRequestHandler<ListPartnerReferralsQuery, PartnerReferralPage>
{
    public async Task<PartnerReferralPage> Handle(ListPartnerReferralsQuery request, CancellationToken cancellationToken)
    {
        var rows = referrals.RowsFor(currentUser.PartnerOrganisationId!.Value);
        if (request.Cursor is { } cursor)
        {
            rows = rows.Where(v => v.Id.CompareTo(cursor) < 0);
        }

        var (items, next) = await rows.OrderByDescending(v => v.Id).ToPageAsync(request.Limit, v => v.Id, cancellationToken);
        return new PartnerReferralPage([.. items.Select(i => i.ToView())], next);
    }
}
