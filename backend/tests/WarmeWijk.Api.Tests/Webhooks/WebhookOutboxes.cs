using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Webhooks;
using WarmeWijk.Domain.Webhooks;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Webhooks;

/// <summary>Webhook events raised straight through the outbox port, as the referral code raises them.</summary>
internal static class WebhookOutboxes
{
    public static async Task<Guid> PartnerOrganisationOfAsync(ApiFactory api, string network)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.PartnerApiClients.IgnoreQueryFilters()
            .Where(c => c.ClientId == $"{network}-partner")
            .Select(c => c.PartnerOrganisationId)
            .SingleAsync();
    }

    /// <summary>Each inner array is one unit of work (one transaction) of referral status changes.</summary>
    public static async Task EnqueueAsync(ApiFactory api, Guid partnerOrganisationId, params (Guid Subject, object Data)[][] unitsOfWork)
    {
        foreach (var unit in unitsOfWork)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<IWebhookOutbox>();
            foreach (var (subject, data) in unit)
            {
                outbox.Enqueue(partnerOrganisationId, WebhookEventTypes.ReferralStatusChanged, subject, data);
            }

            await scope.ServiceProvider.GetRequiredService<IAppDbContext>().SaveChangesAsync();
        }
    }

    public static object StatusChange(Guid referralId, int sequence) =>
        new { referralId, status = "AcceptedByPartner", sequence };
}
