using System.Collections.Frozen;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Matching;

/// <summary>What the constraints and scores of one volunteer–request pair share, computed once.</summary>
internal sealed class PairFacts
{
    private static readonly FrozenSet<Weekday> EveryDay = Enum.GetValues<Weekday>().ToFrozenSet();

    public PairFacts(VolunteerCandidate volunteer, MatchRequest request, double distanceKm)
    {
        Volunteer = volunteer;
        Request = request;
        DistanceKm = distanceKm;
        WishedMinutes = WeeklyTimes.TotalMinutes(request.WishedWindows);
        OverlapMinutes = WeeklyTimes.OverlapMinutes(request.WishedWindows, volunteer.Availability, EveryDay);
        AvailableOverlapMinutes = volunteer.Absences.Count == 0 || OverlapMinutes == 0
            ? OverlapMinutes
            : WeeklyTimes.OverlapMinutes(request.WishedWindows, volunteer.Availability, WeekdaysNotAbsent(volunteer, request));
        BestSharedLanguage = volunteer.Languages
            .Where(language => request.Languages.Contains(language.Code))
            .OrderByDescending(language => language.Level)
            .ThenBy(language => language.Code, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    public VolunteerCandidate Volunteer { get; }

    public MatchRequest Request { get; }

    public double DistanceKm { get; }

    public int WishedMinutes { get; }

    /// <summary>Weekly minutes where a wished window and an availability slot meet, ignoring absences.</summary>
    public int OverlapMinutes { get; }

    /// <summary>As <see cref="OverlapMinutes"/>, but only on weekdays the volunteer is not absent for the whole period.</summary>
    public int AvailableOverlapMinutes { get; }

    public LanguageSkill? BestSharedLanguage { get; }

    private static FrozenSet<Weekday> WeekdaysNotAbsent(VolunteerCandidate volunteer, MatchRequest request)
    {
        var period = request.Period;
        var present = new HashSet<Weekday>();
        foreach (var day in request.WishedWindows.Select(w => w.Day).Distinct())
        {
            var date = period.From.AddDays(((int)day - (int)WeeklyTimes.WeekdayOf(period.From) + 7) % 7);
            for (; date <= period.Until; date = date.AddDays(7))
            {
                if (!volunteer.Absences.Any(absence => absence.Contains(date)))
                {
                    present.Add(day);
                    break;
                }
            }
        }

        return present.ToFrozenSet();
    }
}
