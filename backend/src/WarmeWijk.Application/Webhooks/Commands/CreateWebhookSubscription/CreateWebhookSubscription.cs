using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Webhooks;

namespace WarmeWijk.Application.Webhooks.Commands.CreateWebhookSubscription;

/// <summary>A partner subscribes a URL to the events about its referrals. The answer holds the signing secret, once.</summary>
[RequiresRole(Role.Partner)]
public sealed record CreateWebhookSubscriptionCommand(string Url) : IRequest<CreatedWebhookSubscriptionDto>;

public sealed class CreateWebhookSubscriptionValidator : AbstractValidator<CreateWebhookSubscriptionCommand>
{
    public CreateWebhookSubscriptionValidator(IOptions<WebhookUrlPolicy> policy)
    {
        RuleFor(c => c.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Give the URL that should receive the webhooks.")
            .MaximumLength(WebhookRules.MaxUrlLength)
            .Must(url => WebhookRules.IsAcceptableUrl(url, policy.Value)).WithMessage(WebhookRules.UrlMessage);
    }
}

public sealed class CreateWebhookSubscriptionHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<CreateWebhookSubscriptionCommand, CreatedWebhookSubscriptionDto>
{
    public async Task<CreatedWebhookSubscriptionDto> Handle(CreateWebhookSubscriptionCommand request, CancellationToken cancellationToken)
    {
        var partnerId = WebhookRules.PartnerOrganisationOf(currentUser);
        var subscription = new WebhookSubscription(partnerId, new Uri(request.Url.Trim(), UriKind.Absolute), clock.GetUtcNow());

        var active = await db.WebhookSubscriptions
            .Where(s => s.PartnerOrganisationId == partnerId && s.IsActive)
            .Select(s => s.Url)
            .ToListAsync(cancellationToken);
        if (active.Contains(subscription.Url, StringComparer.Ordinal))
        {
            throw new ConflictException("This URL is already subscribed. Delete that subscription first to get a new secret.");
        }

        if (active.Count >= WebhookRules.MaxActiveSubscriptionsPerPartner)
        {
            throw new ConflictException($"A partner can have at most {WebhookRules.MaxActiveSubscriptionsPerPartner} active subscriptions.");
        }

        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);

        return new CreatedWebhookSubscriptionDto(subscription.Id, subscription.Url, subscription.Secret, subscription.CreatedAt);
    }
}
