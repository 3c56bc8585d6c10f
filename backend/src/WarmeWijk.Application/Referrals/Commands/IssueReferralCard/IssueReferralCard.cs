using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Referrals;

namespace WarmeWijk.Application.Referrals.Commands.IssueReferralCard;

/// <summary>A printable referral card for a professional; its code, given at intake, links the intake to them.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record IssueReferralCardCommand(string IssuedTo, Guid? PartnerOrganisationId) : IRequest<ReferralCardDto>;

public sealed record ReferralCardDto(Guid Id, string Code, string IssuedTo, Guid? PartnerOrganisationId, DateTimeOffset IssuedAt);

public sealed class IssueReferralCardValidator : AbstractValidator<IssueReferralCardCommand>
{
    public IssueReferralCardValidator(IAppDbContext db)
    {
        RuleFor(c => c.IssuedTo).NotEmpty().MaximumLength(200);
        RuleFor(c => c.PartnerOrganisationId)
            .MustAsync((id, ct) => db.PartnerOrganisations.AnyAsync(p => p.Id == id, ct))
            .When(c => c.PartnerOrganisationId is not null)
            .WithMessage("There is no such partner organisation in your network.");
    }
}

public sealed class IssueReferralCardHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<IssueReferralCardCommand, ReferralCardDto>
{
    public async Task<ReferralCardDto> Handle(IssueReferralCardCommand request, CancellationToken cancellationToken)
    {
        var card = new ReferralCard(request.IssuedTo, request.PartnerOrganisationId, clock.GetUtcNow());
        db.ReferralCards.Add(card);
        await db.SaveChangesAsync(cancellationToken);
        return new ReferralCardDto(card.Id, $"{card.Code[..4]}-{card.Code[4..]}", card.IssuedTo, card.PartnerOrganisationId, card.IssuedAt);
    }
}
