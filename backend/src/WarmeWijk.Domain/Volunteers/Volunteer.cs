using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Domain.Volunteers;

/// <summary>The three ways of volunteering in a Warme Wijk.</summary>
public enum VolunteerRole
{
    Buddy,
    Volunteer,
    NeighbourhoodBoardMember,
}

/// <summary>
/// A volunteer's profile: what they do, where and when, their boundaries, training and screening, and their path through
/// the pipeline (intake → training → active ⇄ paused → stopped). A volunteer may also be a resident: help is mutual.
/// </summary>
public sealed class Volunteer : TenantOwnedEntity
{
    private static readonly Dictionary<VolunteerStatus, VolunteerStatus[]> AllowedSteps = new()
    {
        [VolunteerStatus.Intake] = [VolunteerStatus.Training, VolunteerStatus.Active, VolunteerStatus.Stopped],
        [VolunteerStatus.Training] = [VolunteerStatus.Active, VolunteerStatus.Stopped],
        [VolunteerStatus.Active] = [VolunteerStatus.Paused, VolunteerStatus.Stopped],
        [VolunteerStatus.Paused] = [VolunteerStatus.Active, VolunteerStatus.Stopped],
        [VolunteerStatus.Stopped] = [VolunteerStatus.Intake],
    };

    private readonly List<FeedbackConversation> _feedback = [];
    private readonly List<LoggedHours> _hours = [];

    private Volunteer()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
        SectorCode = string.Empty;
    }

    public Volunteer(VolunteerProfile profile, DateTimeOffset createdAt)
        : this()
    {
        Apply(profile);
        Status = VolunteerStatus.Intake;
        StatusChangedAt = createdAt;
        CreatedAt = createdAt;
        Version = 1;
    }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public VolunteerRole Role { get; private set; }

    public VolunteerStatus Status { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public string? StatusReason { get; private set; }

    public List<BuddyType> BuddyTypes { get; private set; } = [];

    public List<string> Skills { get; private set; } = [];

    public List<LanguageSkill> Languages { get; private set; } = [];

    public List<TimeWindow> Availability { get; private set; } = [];

    public List<DateRange> Absences { get; private set; } = [];

    public double HomeLatitude { get; private set; }

    public double HomeLongitude { get; private set; }

    /// <summary>The statistical sector of the home address, which places the volunteer in a neighbourhood.</summary>
    public string SectorCode { get; private set; }

    public double MaxTravelKm { get; private set; }

    public int MaxConcurrentMatches { get; private set; }

    public List<string> RefusedCategories { get; private set; } = [];

    public List<HomeCondition> RefusedHomeConditions { get; private set; } = [];

    public List<CompletedTraining> Training { get; private set; } = [];

    public CriminalRecordExtract? Screening { get; private set; }

    public DateOnly? InsuredUntil { get; private set; }

    /// <summary>Set when the volunteer is also a resident of the network (reciprocity).</summary>
    public Guid? ResidentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Raised by every change; the ETag of the profile.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<FeedbackConversation> Feedback => _feedback;

    public IReadOnlyList<LoggedHours> Hours => _hours;

    public GeoPoint Home => new(HomeLatitude, HomeLongitude);

    public void Update(VolunteerProfile profile)
    {
        Apply(profile);
        Version++;
    }

    public void ChangeStatus(VolunteerStatus to, string reason, DateTimeOffset at)
    {
        if (!AllowedSteps[Status].Contains(to))
        {
            throw new DomainRuleException($"A volunteer cannot go from {Status} to {to}; from {Status} the next steps are {string.Join(", ", AllowedSteps[Status])}.");
        }

        Status = to;
        StatusReason = Guard.Required(reason, "Reason", 500);
        StatusChangedAt = at;
        Version++;
    }

    public FeedbackConversation RecordFeedback(DateOnly on, string notes, Guid recordedBy)
    {
        var conversation = new FeedbackConversation(on, Guard.Required(notes, "Notes", 2000), recordedBy);
        _feedback.Add(conversation);
        return conversation;
    }

    public LoggedHours LogHours(DateOnly on, decimal hours, Guid? helpRequestId, string? note, Guid recordedBy)
    {
        if (hours is <= 0 or > 24)
        {
            throw new DomainRuleException($"Hours on one day must be more than 0 and at most 24, not {hours}.");
        }

        var logged = new LoggedHours(on, hours, helpRequestId, Guard.Optional(note, "Note", 500), recordedBy);
        _hours.Add(logged);
        return logged;
    }

    /// <summary>Erasure of a resident this volunteer helped: notes on hours for the resident's requests are replaced.</summary>
    public int AnonymiseNotesAbout(IReadOnlySet<Guid> helpRequestIds)
    {
        var notes = _hours.Where(h => h.HelpRequestId is { } id && helpRequestIds.Contains(id) && h.Note is not null).ToList();
        foreach (var logged in notes)
        {
            logged.Anonymise();
        }

        return notes.Count;
    }

    /// <summary>
    /// Erasure of the volunteer who is also the erased resident: names and contact data go, the home is blurred to about a
    /// kilometre (two decimals) and the notes of feedback conversations and hours are replaced. Only a stopped volunteer is
    /// erased (stopping changes the count of active volunteers in reports; erasure must not). Hours, training and the sector
    /// stay for reports.
    /// </summary>
    public void Anonymise()
    {
        if (Status != VolunteerStatus.Stopped)
        {
            throw new DomainRuleException($"The resident is also a volunteer ({Status}); stop the volunteer first.");
        }

        FirstName = Anonymised.Text;
        LastName = Anonymised.Text;
        (Email, Phone) = (null, null);
        HomeLatitude = Math.Round(HomeLatitude, 2);
        HomeLongitude = Math.Round(HomeLongitude, 2);
        StatusReason = Anonymised.Replace(StatusReason);
        foreach (var conversation in _feedback)
        {
            conversation.Anonymise();
        }

        foreach (var logged in _hours.Where(h => h.Note is not null))
        {
            logged.Anonymise();
        }

        Version++;
    }

    /// <summary>What the matching engine needs to know of this volunteer.</summary>
    public VolunteerCandidate ToCandidate(int activeMatches, IEnumerable<Guid> helpedResidents) => new()
    {
        Id = Id,
        FirstName = FirstName,
        Status = Status,
        BuddyTypes = BuddyTypes.ToHashSet(),
        Skills = Skills.ToHashSet(),
        Languages = Languages,
        Availability = Availability,
        Absences = Absences,
        Home = Home,
        MaxTravelKm = MaxTravelKm,
        MaxConcurrentMatches = MaxConcurrentMatches,
        ActiveMatches = activeMatches,
        RefusedCategories = RefusedCategories.ToHashSet(),
        RefusedHomeConditions = RefusedHomeConditions.ToHashSet(),
        CompletedTraining = Training.Select(t => t.Module).ToHashSet(),
        Screening = Screening,
        HelpedResidents = helpedResidents.ToHashSet(),
    };

    private void Apply(VolunteerProfile profile)
    {
        // Building the candidate checks what the engine relies on: slots that do not overlap, known languages, ranges.
        _ = new VolunteerCandidate
        {
            Id = Id,
            FirstName = profile.FirstName,
            Status = VolunteerStatus.Intake,
            BuddyTypes = profile.BuddyTypes.ToHashSet(),
            Languages = profile.Languages,
            Availability = profile.Availability,
            Absences = profile.Absences,
            Home = profile.Home,
            MaxTravelKm = profile.MaxTravelKm,
            MaxConcurrentMatches = profile.MaxConcurrentMatches,
        };
        FirstName = Guard.Required(profile.FirstName, "First name", 80);
        LastName = Guard.Required(profile.LastName, "Last name", 80);
        Email = Guard.Optional(profile.Email, "Email", 320);
        Phone = Guard.Optional(profile.Phone, "Phone", 20);
        Role = profile.Role;
        BuddyTypes = [.. profile.BuddyTypes.Distinct().Order()];
        Skills = [.. profile.Skills.Select(s => Guard.Required(s, "Skill", 60)).Distinct(StringComparer.OrdinalIgnoreCase)];
        Languages = [.. profile.Languages];
        Availability = [.. profile.Availability.OrderBy(w => w.Day).ThenBy(w => w.From)];
        Absences = [.. profile.Absences.OrderBy(a => a.From)];
        HomeLatitude = profile.Home.Latitude;
        HomeLongitude = profile.Home.Longitude;
        SectorCode = profile.Sector.Value;
        MaxTravelKm = profile.MaxTravelKm;
        MaxConcurrentMatches = profile.MaxConcurrentMatches;
        RefusedCategories = [.. profile.RefusedCategories.Select(c => Guard.Required(c, "Refused category", 40)).Distinct()];
        RefusedHomeConditions = [.. profile.RefusedHomeConditions.Distinct().Order()];
        Training = [.. profile.Training.DistinctBy(t => t.Module)];
        Screening = profile.Screening;
        InsuredUntil = profile.InsuredUntil;
        ResidentId = profile.ResidentId;
    }
}

/// <summary>Everything a coordinator enters about a volunteer, as one value, for creating and for changing a profile.</summary>
public sealed record VolunteerProfile(
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    VolunteerRole Role,
    IReadOnlyList<BuddyType> BuddyTypes,
    IReadOnlyList<string> Skills,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<TimeWindow> Availability,
    IReadOnlyList<DateRange> Absences,
    GeoPoint Home,
    Neighbourhoods.SectorCode Sector,
    double MaxTravelKm,
    int MaxConcurrentMatches,
    IReadOnlyList<string> RefusedCategories,
    IReadOnlyList<HomeCondition> RefusedHomeConditions,
    IReadOnlyList<CompletedTraining> Training,
    CriminalRecordExtract? Screening,
    DateOnly? InsuredUntil,
    Guid? ResidentId);

/// <summary>A training module the volunteer finished, and when.</summary>
public sealed record CompletedTraining
{
    public CompletedTraining(string module, DateOnly completedOn)
    {
        Module = Guard.Required(module, "Training module", 60);
        CompletedOn = completedOn;
    }

    public string Module { get; private init; }

    public DateOnly CompletedOn { get; private init; }
}

/// <summary>A feedback conversation (a "functioneringsgesprek"): when, and what was said, in the coordinator's words.</summary>
public sealed class FeedbackConversation : Entity
{
    private FeedbackConversation()
    {
        Notes = string.Empty;
    }

    internal FeedbackConversation(DateOnly on, string notes, Guid recordedBy)
    {
        On = on;
        Notes = notes;
        RecordedBy = recordedBy;
    }

    public DateOnly On { get; private set; }

    public string Notes { get; private set; }

    public Guid RecordedBy { get; private set; }

    internal void Anonymise() => Notes = Anonymised.Text;
}

/// <summary>Hours a volunteer gave on a day, for a help request or for the network in general.</summary>
public sealed class LoggedHours : Entity
{
    private LoggedHours()
    {
    }

    internal LoggedHours(DateOnly on, decimal hours, Guid? helpRequestId, string? note, Guid recordedBy)
    {
        On = on;
        Hours = hours;
        HelpRequestId = helpRequestId;
        Note = note;
        RecordedBy = recordedBy;
    }

    public DateOnly On { get; private set; }

    public decimal Hours { get; private set; }

    public Guid? HelpRequestId { get; private set; }

    public string? Note { get; private set; }

    public Guid RecordedBy { get; private set; }

    internal void Anonymise() => Note = Anonymised.Replace(Note);
}
