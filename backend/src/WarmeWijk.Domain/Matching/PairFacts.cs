
namespace WarmeWijk.Domain.Matching;

/// <summary>
/// What the constraints and scores of one volunteer–request pair share, each computed once when first needed. Ranking
/// screens thousands of volunteers per request with one instance moved from volunteer to volunteer (<see cref="MoveTo"/>),
/// so that screening allocates nothing; an eligible pair gets an instance of its own.
/// </summary>
internal sealed class PairFacts(VolunteerCandidate volunteer, MatchRequest request, double distanceKm)
{
    private int? overlapMinutes;
    private int? availableOverlapMinutes;
    private (LanguageSkill? Language, bool Known) bestSharedLanguage;

    public VolunteerCandidate Volunteer { get; private set; } = volunteer;

    public MatchRequest Request { get; } = request;

    public double DistanceKm { get; private set; } = distanceKm;

    public void MoveTo(VolunteerCandidate volunteer, double distanceKm)
    {
        Volunteer = volunteer;
        DistanceKm = distanceKm;
        overlapMinutes = null;
        availableOverlapMinutes = null;
        bestSharedLanguage = default;
    }

    public int WishedMinutes => Request.WishedMinutes;

    /// <summary>Weekly minutes where a wished window and an availability slot meet, ignoring absences.</summary>
    public int OverlapMinutes => overlapMinutes ??= (Volunteer.AvailableDays & Request.WishedDays) == 0
        ? 0
        : WeeklyTimes.OverlapMinutes(Request.WishedWindows, Volunteer.Availability, WeeklyTimes.EveryDay);

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

    private int WeekdaysNotAbsent()
    {
        var period = Request.Period;
        var present = 0;
        foreach (var day in Request.WishedWindows.Select(w => w.Day).Distinct())
        {
            var date = period.From.AddDays(((int)day - (int)WeeklyTimes.WeekdayOf(period.From) + 7) % 7);
            for (; date <= period.Until; date = date.AddDays(7))
            {
                if (!Volunteer.Absences.Any(absence => absence.Contains(date)))
                {
                    present |= 1 << (int)day;
                    break;
                }
            }
        }

        return present;
    }
}
