using System.Collections.Frozen;
using WarmeWijk.Domain.HelpRequests;

namespace WarmeWijk.Domain.Matching;

/// <summary>What the constraints and scores of one volunteer–request pair share, each computed once when first needed.</summary>
internal sealed class PairFacts(VolunteerCandidate volunteer, MatchRequest request, double distanceKm)
{
    private static readonly FrozenSet<Weekday> EveryDay = Enum.GetValues<Weekday>().ToFrozenSet();

    private int? overlapMinutes;
    private int? availableOverlapMinutes;
    private (LanguageSkill? Language, bool Known) bestSharedLanguage;

    public VolunteerCandidate Volunteer { get; } = volunteer;

    public MatchRequest Request { get; } = request;

    public double DistanceKm { get; } = distanceKm;

    public int WishedMinutes => WeeklyTimes.TotalMinutes(Request.WishedWindows);

    /// <summary>Weekly minutes where a wished window and an availability slot meet, ignoring absences.</summary>
    public int OverlapMinutes => overlapMinutes ??= WeeklyTimes.OverlapMinutes(Request.WishedWindows, Volunteer.Availability, EveryDay);

    /// <summary>As <see cref="OverlapMinutes"/>, but only on weekdays the volunteer is not absent for the whole period.</summary>
    public int AvailableOverlapMinutes => availableOverlapMinutes ??= Volunteer.Absences.Count == 0 || OverlapMinutes == 0
        ? OverlapMinutes
        : WeeklyTimes.OverlapMinutes(Request.WishedWindows, Volunteer.Availability, WeekdaysNotAbsent());

    /// <summary>The language of the resident the volunteer speaks best (the first code on a tie), if any.</summary>
    public LanguageSkill? BestSharedLanguage
    {
        get
        {
            if (!bestSharedLanguage.Known)
            {
                LanguageSkill? best = null;
                foreach (var language in Volunteer.Languages)
                {
                    if (Request.Languages.Contains(language.Code)
                        && (best is null || language.Level > best.Level || (language.Level == best.Level && string.CompareOrdinal(language.Code, best.Code) < 0)))
                    {
                        best = language;
                    }
                }

                bestSharedLanguage = (best, true);
            }

            return bestSharedLanguage.Language;
        }
    }

    private FrozenSet<Weekday> WeekdaysNotAbsent()
    {
        var period = Request.Period;
        var present = new HashSet<Weekday>();
        foreach (var day in Request.WishedWindows.Select(w => w.Day).Distinct())
        {
            var date = period.From.AddDays(((int)day - (int)WeeklyTimes.WeekdayOf(period.From) + 7) % 7);
            for (; date <= period.Until; date = date.AddDays(7))
            {
                if (!Volunteer.Absences.Any(absence => absence.Contains(date)))
                {
                    present.Add(day);
                    break;
                }
            }
        }

        return present.ToFrozenSet();
    }
}
