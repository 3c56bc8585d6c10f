using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarmeWijk.Application.Privacy;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Infrastructure.Privacy;

/// <summary>
/// The retention period, enforced: anonymises (with <see cref="ResidentErasure"/>) every resident with no open help request
/// whose last request closed longer than <see cref="PrivacyOptions.RetainClosedCasesFor"/> ago (or who never had one and was
/// registered that long ago), and at once every resident who withdrew consent for the intake and has no open request. A
/// resident who still volunteers (not stopped) waits until the volunteering stops. Runs across networks, like the webhook dispatcher; the audit trail records each erasure as the system's.
/// </summary>
public sealed partial class ResidentRetention(
    IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<ResidentRetention> logger)
    : BackgroundService
{
    public const string ActorRole = "System";

    /// <summary>Residents anonymised per transaction, so that one run never holds a long lock.</summary>
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionCheckInterval, clock);
        do
        {
            try
            {
                var erased = await AnonymiseDueAsync(stoppingToken);
                if (erased > 0)
                {
                    LogErased(logger, erased);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Anonymises every resident due now; returns how many.</summary>
    public async Task<int> AnonymiseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - options.Value.RetainClosedCasesFor;
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var erasure = scope.ServiceProvider.GetRequiredService<ResidentErasure>();
            var requests = db.HelpRequests.IgnoreQueryFilters();
            var volunteering = db.Volunteers.IgnoreQueryFilters().Where(v => v.Status != VolunteerStatus.Stopped);
            var due = await db.Residents.IgnoreQueryFilters()
                .Where(r => r.ErasedAt == null
                    && !requests.Any(h => h.ResidentId == r.Id && h.ClosedAt == null)
                    && !volunteering.Any(v => v.ResidentId == r.Id))
                .Where(r => !r.Consents.Any(c => c.Purpose == ConsentPurpose.Intake && c.WithdrawnAt == null)
                    || (requests.Any(h => h.ResidentId == r.Id)
                        ? requests.Where(h => h.ResidentId == r.Id).Max(h => h.ClosedAt) < cutoff
                        : r.CreatedAt < cutoff))
                .OrderBy(r => r.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var resident in due)
            {
                var why = resident.HasConsentFor(ConsentPurpose.Intake)
                    ? $"retention period of {options.Value.RetainClosedCasesFor.TotalDays:0} days after the last closed request passed."
                    : "consent for the intake was withdrawn and no request is open.";
                await erasure.EraseAsync(resident, now, Guid.Empty, ActorRole, why, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            total += due.Count;
            if (due.Count < BatchSize)
            {
                return total;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: anonymised {Count} residents")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Anonymising residents past their retention period failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
