using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>A statistical sector residents of the network live in, with the postal code and municipality of their address.</summary>
public sealed record SyntheticSector(string Code, string Municipality, string PostalCode);

/// <summary>A partner organisation of the network and the API client with which it answers referrals.</summary>
public sealed record SyntheticPartner(Guid OrganisationId, Guid ApiClientId);

/// <summary>What the history generator needs to know of one network; the network, its staff, partners and volunteers exist already.</summary>
public sealed record SyntheticNetwork
{
    public required Guid NetworkId { get; init; }

    /// <summary>The domain of the made-up e-mail addresses, e.g. <c>kiel.demo.warmewijk.be</c>.</summary>
    public required string EmailDomain { get; init; }

    public required IReadOnlyList<SyntheticSector> Sectors { get; init; }

    /// <summary>The network's categories; inactive ones get no new requests.</summary>
    public required IReadOnlyList<HelpCategory> Categories { get; init; }

    /// <summary>
    /// The network's volunteers. The generator proposes those that were active at the time, logs their hours for the
    /// network in general (<see cref="Volunteer.LogHours"/>) and makes a few of them residents too (<see cref="Volunteer.ResidentId"/>).
    /// </summary>
    public required IReadOnlyList<Volunteer> Volunteers { get; init; }

    /// <summary>Staff users who record intakes, triage, match and close (at least one).</summary>
    public required IReadOnlyList<Guid> Coordinators { get; init; }

    /// <summary>Staff users who take intakes at the door and get requests assigned; may be empty.</summary>
    public required IReadOnlyList<Guid> FieldWorkers { get; init; }

    /// <summary>Partners that refer residents and take referrals; without any, heavy requests close without an offer.</summary>
    public required IReadOnlyList<SyntheticPartner> Partners { get; init; }

    /// <summary>Where residents' homes are placed (within about a kilometre), when known; otherwise they get none.</summary>
    public GeoPoint? Centre { get; init; }

    /// <summary>How much more (above 1) or less than average the neighbourhood is aged 65 and over.</summary>
    public double ElderlyFactor { get; init; } = 1;

    /// <summary>How much more (above 1) or less than average residents speak another first language than Dutch.</summary>
    public double LanguageDiversity { get; init; } = 1;
}

/// <summary>
/// <paramref name="Requests"/> help requests created between <paramref name="From"/> and <paramref name="Until"/>, seen as
/// they stand at <paramref name="Until"/>: what would happen later has not happened yet.
/// </summary>
public sealed record SyntheticHistoryOptions(DateTimeOffset From, DateTimeOffset Until, int Requests, int Seed);

/// <summary>The rows of one network's history, each assigned to the network; the volunteers passed in were changed in place.</summary>
public sealed class SyntheticHistoryResult
{
    public List<Resident> Residents { get; } = [];

    /// <summary>In the order they were created, each with its timeline and follow-up tasks.</summary>
    public List<HelpRequest> Requests { get; } = [];

    public List<VolunteerMatch> Matches { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<ReferralCard> ReferralCards { get; } = [];

    /// <summary>Those raised by requests closed without an offer, and those from field work.</summary>
    public List<Signal> Signals { get; } = [];

    /// <summary>Every new row, residents first, for adding to a context.</summary>
    public IEnumerable<TenantOwnedEntity> Entities =>
        [.. Residents, .. Requests, .. Matches, .. Referrals, .. ReferralCards, .. Signals];
}

/// <summary>
/// A deterministic, plausible history of a network: residents (made-up Flemish and other names, an age mix with many
/// over 65 and some over 80, mostly Dutch speakers), help requests spread over the period with seasons and office hours,
/// over every intake channel and the categories in realistic proportions, each walked through the domain's own methods
/// with explicit moments: first contact, triage with the resident's choice, matching with proposals that volunteers
/// accept, decline or let expire, the help given with its hours, referrals that partners accept, decline and close,
/// the waiting list, closing without an offer (with its signal) and cancellations. Timelines and milestones agree
/// because the domain wrote both. The same inputs and seed give the same rows, ids included.
/// </summary>
public static class SyntheticHistory
{
    /// <summary>How long a volunteer has to answer a proposal, as <c>Matching:AnswerWithin</c> by default.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromHours(48);

    /// <param name="network">The network and what it has.</param>
    /// <param name="options">The period, the number of requests and the seed.</param>
    /// <param name="referralCardCodes">Codes already taken, when several networks share a database (referral card codes are unique).</param>
    public static SyntheticHistoryResult Generate(SyntheticNetwork network, SyntheticHistoryOptions options, ISet<string>? referralCardCodes = null)
    {
        if (network.Coordinators.Count == 0)
        {
            throw new ArgumentException("The network needs at least one coordinator.", nameof(network));
        }

        if (network.Sectors.Count == 0 || !network.Categories.Any(c => c.IsActive))
        {
            throw new ArgumentException("The network needs sectors and active categories.", nameof(network));
        }

        if (options.Until <= options.From || options.Requests < 0)
        {
            throw new ArgumentException("The period must end after it starts, and the number of requests cannot be negative.", nameof(options));
        }

        return new SyntheticHistoryRun(network, options, referralCardCodes ?? new HashSet<string>(StringComparer.Ordinal)).Run();
    }
}
