using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Matching;
using WarmeWijk.Application.Referrals;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Volunteers;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Matching;

/// <summary>
/// Expires proposals nobody answered by their deadline and puts their requests back in Matching, so the coordinator sees
/// the next candidate. Runs across networks, like the webhook dispatcher; the timeline records it as the system's step.
/// </summary>
internal sealed partial class ProposalExpiry(IServiceScopeFactory scopes, IOptions<MatchingOptions> options, TimeProvider clock, ILogger<ProposalExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpiryCheckInterval, clock);
        do
        {
            try
            {
                await ExpireDueAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var referrals = scope.ServiceProvider.GetRequiredService<PartnerReferrals>();
        var now = clock.GetUtcNow();
        var due = await db.VolunteerMatches.IgnoreQueryFilters()
            .Where(m => m.Status == MatchStatus.Proposed && m.AnswerBy < now)
            .ToListAsync(cancellationToken);
        foreach (var match in due)
        {
            var request = await db.HelpRequests.IgnoreQueryFilters().SingleAsync(r => r.Id == match.HelpRequestId, cancellationToken);
            match.Expire(now);
            if (request.Status == HelpRequestStatus.Proposed)
            {
                request.TransitionTo(HelpRequestStatus.Matching, now, Guid.Empty, $"No answer from the volunteer by {match.AnswerBy:yyyy-MM-dd HH:mm} UTC.");
                await referrals.NotifyAsync(request, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiring unanswered proposals failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
