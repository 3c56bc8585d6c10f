using WarmeWijk.Application.Common;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers;

public sealed record FeedbackConversationDto(Guid Id, DateOnly On, string Notes);

public sealed record LoggedHoursDto(Guid Id, DateOnly On, decimal Hours, Guid? HelpRequestId, string? Note);

/// <summary>A volunteer's profile with its pipeline status, feedback conversations and hours; Version is the ETag.</summary>
public sealed record VolunteerDto(
    Guid Id,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    VolunteerRole Role,
    VolunteerStatus Status,
    DateTimeOffset StatusChangedAt,
    string? StatusReason,
    IReadOnlyList<BuddyType> BuddyTypes,
    IReadOnlyList<string> Skills,
    IReadOnlyList<LanguageSkillDto> Languages,
    IReadOnlyList<TimeWindowDto> Availability,
    IReadOnlyList<DateRangeDto> Absences,
    LocationDto Home,
    string SectorCode,
    double MaxTravelKm,
    int MaxConcurrentMatches,
    int ActiveMatches,
    IReadOnlyList<string> RefusedCategories,
    IReadOnlyList<HomeCondition> RefusedHomeConditions,
    IReadOnlyList<TrainingDto> Training,
    ScreeningDto? Screening,
    DateOnly? InsuredUntil,
    Guid? ResidentId,
    decimal TotalHours,
    IReadOnlyList<FeedbackConversationDto> Feedback,
    IReadOnlyList<LoggedHoursDto> Hours,
    int Version)
{
    public static VolunteerDto From(Volunteer v, int activeMatches) => new(
        v.Id,
        v.FirstName,
        v.LastName,
        v.Email,
        v.Phone,
        v.Role,
        v.Status,
        v.StatusChangedAt,
        v.StatusReason,
        v.BuddyTypes,
        v.Skills,
        [.. v.Languages.Select(l => new LanguageSkillDto(l.Code, l.Level))],
        [.. v.Availability.Select(w => new TimeWindowDto(w.Day, w.From, w.Until))],
        [.. v.Absences.Select(a => new DateRangeDto(a.From, a.Until))],
        new LocationDto(v.HomeLatitude, v.HomeLongitude),
        v.SectorCode,
        v.MaxTravelKm,
        v.MaxConcurrentMatches,
        activeMatches,
        v.RefusedCategories,
        v.RefusedHomeConditions,
        [.. v.Training.Select(t => new TrainingDto(t.Module, t.CompletedOn))],
        v.Screening is { } s ? new ScreeningDto(s.IssuedOn, s.ExpiresOn) : null,
        v.InsuredUntil,
        v.ResidentId,
        v.Hours.Sum(h => h.Hours),
        [.. v.Feedback.OrderByDescending(f => f.On).Select(f => new FeedbackConversationDto(f.Id, f.On, f.Notes))],
        [.. v.Hours.OrderByDescending(h => h.On).Select(h => new LoggedHoursDto(h.Id, h.On, h.Hours, h.HelpRequestId, h.Note))],
        v.Version);
}

/// <summary>A line of the volunteer list.</summary>
public sealed record VolunteerSummaryDto(
    Guid Id, string FirstName, string LastName, VolunteerRole Role, VolunteerStatus Status, IReadOnlyList<BuddyType> BuddyTypes,
    IReadOnlyList<string> Languages, string SectorCode, int MaxConcurrentMatches, int ActiveMatches, DateOnly? ScreeningExpiresOn);
