using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Privacy;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Privacy;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>
/// The retention job on a clock that the test moves: a resident whose requests all closed is anonymised once the period has
/// passed and not a day before; an open request keeps the data; a withdrawn intake consent anonymises at once.
/// </summary>
public sealed class RetentionTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private static readonly TimeSpan Period = TimeSpan.FromDays(5 * 365 + 1);

    [Test]
    public async Task Should_anonymise_closed_cases_after_the_period_and_keep_open_ones()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var closed = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Afgesloten"));
        await CancelledRequestAsync(coordinator, closed);
        var open = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Lopend"));
        await CancelledRequestAsync(coordinator, open);
        await coordinator.RecordIntakeAsync(open);
        var clock = new MovableClock(DateTimeOffset.UtcNow);

        clock.Advance(Period - TimeSpan.FromDays(1));
        await Job(clock).AnonymiseDueAsync(CancellationToken.None);
        var dayBefore = await LastNameAsync(coordinator, closed);
        clock.Advance(TimeSpan.FromDays(2));
        await Job(clock).AnonymiseDueAsync(CancellationToken.None);

        var audit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={closed}&limit=100");
        Assert.Multiple(async () =>
        {
            Assert.That(dayBefore, Is.EqualTo("Afgesloten"), "a day before the period ends the data is kept");
            Assert.That(await LastNameAsync(coordinator, closed), Is.EqualTo("geanonimiseerd"));
            Assert.That(await LastNameAsync(coordinator, open), Is.EqualTo("Lopend"), "an open request keeps the resident's data");
            Assert.That(audit.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Erasure")
                .Select(e => e.GetProperty("actorRole").GetString()), Is.EqualTo(new[] { ResidentRetention.ActorRole }));
        });
    }

    [Test]
    public async Task Should_anonymise_at_once_who_withdrew_consent_for_the_intake_once_nothing_is_open()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var withdrawn = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "Ingetrokken"));
        await CancelledRequestAsync(coordinator, withdrawn);
        var stillOpen = await coordinator.RegisterResidentAsync(IntakeClient.Resident(lastName: "NogOpen"));
        await coordinator.RecordIntakeAsync(stillOpen);
        foreach (var resident in new[] { withdrawn, stillOpen })
        {
            (await coordinator.DeleteAsync($"/api/v1/residents/{resident}/consents/Intake")).EnsureSuccessStatusCode();
        }

        await Job(new MovableClock(DateTimeOffset.UtcNow)).AnonymiseDueAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(await LastNameAsync(coordinator, withdrawn), Is.EqualTo("geanonimiseerd"));
            Assert.That(await LastNameAsync(coordinator, stillOpen), Is.EqualTo("NogOpen"), "the open request is finished first");
        });
    }

    private ResidentRetention Job(TimeProvider clock) => new(
        Api.Services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new PrivacyOptions { RetainClosedCasesFor = Period }),
        clock,
        NullLogger<ResidentRetention>.Instance);

    private static async Task CancelledRequestAsync(HttpClient coordinator, Guid resident)
    {
        var (id, etag) = await coordinator.RecordIntakeAsync(resident);
        (await coordinator.PostWithIfMatchAsync($"/api/v1/help-requests/{id}/transitions", etag, new { to = "Cancelled", reason = "Zelf opgelost" }))
            .EnsureSuccessStatusCode();
    }

    private static async Task<string?> LastNameAsync(HttpClient coordinator, Guid resident) =>
        (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{resident}")).GetProperty("lastName").GetString();
}

/// <summary>A clock the test sets and moves; timers still run on real time.</summary>
internal sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
