using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Signals;
using WarmeWijk.Domain.Volunteers;
using static WarmeWijk.Infrastructure.Seeding.SyntheticVocabulary;

namespace WarmeWijk.Infrastructure.Seeding;

/// <summary>One run of <see cref="SyntheticHistory.Generate"/>: the requests in the order they came in, each lived to its end or to the run's end.</summary>
internal sealed partial class SyntheticHistoryRun
{
    /// <summary>How often each category is asked, before the season; categories not listed weigh 2.</summary>
    private static readonly Dictionary<string, double> CategoryWeights = new(StringComparer.Ordinal)
    {
        ["shopping"] = 12, ["social-contact"] = 12, ["transport"] = 10, ["odd-jobs"] = 8, ["paperwork"] = 8, ["digital-help"] = 7,
        ["garden"] = 5, ["accompanying"] = 5, ["walking"] = 4, ["rubbish"] = 3, ["dog-walking"] = 2, ["interpreting"] = 3,
        ["night-watch"] = 2, ["activate-network"] = 3, ["material-lending"] = 2, ["psychosocial"] = 5, ["therapeutic"] = 2,
        ["housing"] = 4, ["debt"] = 4,
    };

    /// <summary>Help that often comes back every week or so.</summary>
    private static readonly HashSet<string> RecurringCategories =
        new(["shopping", "social-contact", "walking", "dog-walking", "rubbish", "accompanying", "night-watch"], StringComparer.Ordinal);

    /// <summary>Hours one visit of a category takes, about.</summary>
    private static readonly Dictionary<string, double> VisitHours = new(StringComparer.Ordinal)
    {
        ["transport"] = 1.5, ["shopping"] = 1.25, ["odd-jobs"] = 2.5, ["garden"] = 3, ["paperwork"] = 1.5, ["digital-help"] = 1.5,
        ["social-contact"] = 1.5, ["walking"] = 1.5, ["dog-walking"] = 1, ["accompanying"] = 2.5, ["night-watch"] = 4,
        ["interpreting"] = 1.5, ["activate-network"] = 2, ["material-lending"] = 0.5, ["rubbish"] = 0.5,
    };

    /// <summary>More requests in winter, fewer in the summer holidays (January first).</summary>
    private static readonly double[] MonthFactors = [1.15, 1.1, 1.05, 1.0, 0.95, 0.9, 0.75, 0.7, 1.0, 1.05, 1.15, 1.0];

    /// <summary>Needs recorded at intake that describe the home (as the matching reads them), and how often.</summary>
    private static readonly (string Need, double Chance)[] Needs =
        [("pets-at-home", 0.12), ("stairs-at-home", 0.15), ("smoking-at-home", 0.05), ("wheelchair", 0.04)];

    private static readonly (IntakeChannel, double)[] OfficeChannels =
    [
        (IntakeChannel.PhoneLine, 33), (IntakeChannel.HomeVisit, 25), (IntakeChannel.DoorToDoorRound, 9), (IntakeChannel.WalkIn, 11),
        (IntakeChannel.VoicemailCallBack, 3), (IntakeChannel.ReferralCard, 7), (IntakeChannel.PartnerApi, 6), (IntakeChannel.WebForm, 6),
    ];

    /// <summary>Outside office hours the phone line is a voicemail.</summary>
    private static readonly (IntakeChannel, double)[] EveningChannels =
        [(IntakeChannel.VoicemailCallBack, 50), (IntakeChannel.WebForm, 35), (IntakeChannel.PartnerApi, 10), (IntakeChannel.HomeVisit, 5)];

    private static readonly (Urgency, double)[] HeavyUrgencies = [(Urgency.Low, 10), (Urgency.Normal, 50), (Urgency.High, 28), (Urgency.Crisis, 12)];
    private static readonly (Urgency, double)[] LightUrgencies = [(Urgency.Low, 20), (Urgency.Normal, 60), (Urgency.High, 16), (Urgency.Crisis, 2)];
    private static readonly (Urgency, double)[] OldAgeUrgencies = [(Urgency.Low, 18), (Urgency.Normal, 58), (Urgency.High, 22), (Urgency.Crisis, 2)];

    private static readonly (Recurrence, double)[] OftenRecurring =
        [(Recurrence.OneOff, 45), (Recurrence.Weekly, 35), (Recurrence.EveryTwoWeeks, 14), (Recurrence.Monthly, 6)];

    private static readonly (Recurrence, double)[] SeldomRecurring =
        [(Recurrence.OneOff, 92), (Recurrence.Weekly, 3), (Recurrence.EveryTwoWeeks, 2), (Recurrence.Monthly, 3)];

    private static readonly (ContactPreference, double)[] Preferences =
    [
        (ContactPreference.Phone, 45), (ContactPreference.HomeVisit, 28), (ContactPreference.ViaRelative, 10),
        (ContactPreference.Email, 7), (ContactPreference.Letter, 10),
    ];

    /// <summary>The hour (Brussels time) an office-hours request comes in.</summary>
    private static readonly (double, double)[] OfficeHoursOfDay = [(9, 3), (10, 5), (11, 5), (12, 2), (13, 3), (14, 5), (15, 4), (16, 3)];

    private static readonly int[] WindowStarts = [9, 10, 13, 14];

    private static readonly decimal[] NetworkHours = [1m, 1.5m, 2m, 2.5m, 3m];

    private readonly SyntheticNetwork _network;
    private readonly SyntheticHistoryOptions _options;
    private readonly ISet<string> _cardCodes;
    private readonly SyntheticRandom _random;
    private readonly SyntheticHistoryResult _result = new();
    private readonly TriageRules _rules;
    private readonly (HelpCategory Item, double Weight)[][] _categoriesByMonth;
    private readonly Dictionary<string, Volunteer[]> _fitting;
    private readonly Dictionary<Guid, (DateTimeOffset From, DateTimeOffset Until)> _activeWindows;
    private readonly Dictionary<Guid, List<(DateTimeOffset From, DateTimeOffset Until)>> _bookings = [];
    private readonly List<Resident> _residents = [];
    private readonly List<(Volunteer Volunteer, DateTimeOffset From)> _volunteersAskingHelp = [];
    private readonly (string, double)[] _languages;
    private readonly ((int From, int Until), double)[] _dutchAges;
    private readonly ((int From, int Until), double)[] _otherAges;

    public SyntheticHistoryRun(SyntheticNetwork network, SyntheticHistoryOptions options, ISet<string> cardCodes)
    {
        _network = network;
        _options = options;
        _cardCodes = cardCodes;
        _random = new SyntheticRandom(options.Seed);
        var active = network.Categories.Where(c => c.IsActive).ToList();
        _languages = [.. Languages.Select(l => (l.Code, l.Code == "nl" ? l.Weight : l.Weight * network.LanguageDiversity))];
        _dutchAges = AgeBands(network.ElderlyFactor);
        _otherAges = AgeBands(network.ElderlyFactor * 0.6);
        _rules = new TriageRules(network.Categories.Where(c => c.DefaultRoute == TriageRoute.Heavy).Select(c => c.Code).ToHashSet());
        _categoriesByMonth = [.. Enumerable.Range(1, 12).Select(month => active.Select(c => (c, CategoryWeight(c.Code, month))).ToArray())];
        _activeWindows = network.Volunteers
            .Select(v => (v.Id, Window: ActiveWindow(v)))
            .Where(v => v.Window is not null)
            .ToDictionary(v => v.Id, v => v.Window!.Value);
        _fitting = active.ToDictionary(
            c => c.Code,
            c => network.Volunteers
                .Where(v => _activeWindows.ContainsKey(v.Id) && v.BuddyTypes.Intersect(c.BuddyTypes).Any() && !v.RefusedCategories.Contains(c.Code))
                .Where(v => !c.RequiresHomeVisit || v.Screening is not null)
                .ToArray(),
            StringComparer.Ordinal);
    }

    private DateTimeOffset Until => _options.Until;

    public SyntheticHistoryResult Run()
    {
        var times = CreationTimes(_options.Requests);
        ChooseVolunteersAskingHelp(times);
        foreach (var createdAt in times)
        {
            Intake(createdAt);
        }

        RaiseFieldSignals(Math.Max(3, _options.Requests / 30));
        UnusedReferralCards(_options.Requests / 50);
        LogNetworkHours();
        return _result;
    }

    /// <summary>
    /// A volunteer helps from the moment they became active; one who is paused or stopped now helped from about a month
    /// after joining until then. Volunteers still in intake or training never did.
    /// </summary>
    private static (DateTimeOffset From, DateTimeOffset Until)? ActiveWindow(Volunteer volunteer) => volunteer.Status switch
    {
        VolunteerStatus.Active => (volunteer.StatusChangedAt, DateTimeOffset.MaxValue),
        VolunteerStatus.Paused or VolunteerStatus.Stopped when volunteer.CreatedAt.AddDays(30) < volunteer.StatusChangedAt =>
            (volunteer.CreatedAt.AddDays(30), volunteer.StatusChangedAt),
        _ => null,
    };

    /// <summary>Adults by age band; many over 65 and some over 80, as in the people a zorgzame buurt reaches.</summary>
    private static ((int From, int Until), double)[] AgeBands(double elderly) =>
        [((18, 45), 15), ((45, 65), 20), ((65, 80), 38 * elderly), ((80, 95), 25 * elderly), ((95, 101), 2 * elderly)];

    private static double CategoryWeight(string code, int month)
    {
        var weight = CategoryWeights.GetValueOrDefault(code, 2);
        var winter = month is 11 or 12 or 1 or 2;
        return code switch
        {
            "garden" => weight * (month is >= 3 and <= 9 ? 2 : winter ? 0.3 : 1),
            "social-contact" or "night-watch" => weight * (winter ? 1.4 : 1),
            "paperwork" => weight * (month is 5 or 6 ? 1.6 : 1),
            "debt" => weight * (month is 1 or 2 ? 1.3 : 1),
            "walking" or "dog-walking" => weight * (winter ? 0.7 : 1),
            _ => weight,
        };
    }

    /// <summary>When requests come in: more in winter and as the network grows, mostly on weekday office hours.</summary>
    private List<DateTimeOffset> CreationTimes(int count)
    {
        var firstDay = DateOnly.FromDateTime(SyntheticRandom.ToLocal(_options.From).Date);
        var days = DateOnly.FromDateTime(SyntheticRandom.ToLocal(Until).Date).DayNumber - firstDay.DayNumber + 1;
        var times = new List<DateTimeOffset>(count);
        while (times.Count < count)
        {
            var offset = _random.Next(days);
            var day = firstDay.AddDays(offset);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var weight = MonthFactors[day.Month - 1] * (0.85 + (0.3 * offset / days)) * (weekend ? 0.3 : 1);
            if (_random.Next() * 1.5 >= weight)
            {
                continue;
            }

            var hours = weekend ? 10 + (_random.Next() * 10)
                : _random.Chance(0.86) ? _random.Weighted(OfficeHoursOfDay) + _random.Next()
                : _random.Chance(0.8) ? 17.5 + (_random.Next() * 4.5) : 7 + _random.Next();
            var at = _random.Local(day, TimeSpan.FromHours(hours));
            if (at >= _options.From && at < Until)
            {
                times.Add(at);
            }
        }

        times.Sort();
        return times;
    }

    /// <summary>About one volunteer in twelve once asked the network for help too (reciprocity).</summary>
    private void ChooseVolunteersAskingHelp(List<DateTimeOffset> times)
    {
        if (times.Count == 0)
        {
            return;
        }

        var volunteers = _network.Volunteers.Where(v => v.ResidentId is null).ToList();
        var count = volunteers.Count == 0 ? 0 : Math.Max(1, (int)Math.Round(volunteers.Count / 12.0));
        foreach (var volunteer in volunteers.OrderBy(_ => _random.Next()).Take(count))
        {
            _volunteersAskingHelp.Add((volunteer, times[_random.Next(Math.Max(1, times.Count * 4 / 5))]));
        }
    }

    private Guid Coordinator() => _random.Pick(_network.Coordinators);

    private Guid FieldWorker() => _network.FieldWorkers.Count > 0 ? _random.Pick(_network.FieldWorkers) : Coordinator();

    private T Owned<T>(T entity, DateTimeOffset at)
        where T : Domain.Common.TenantOwnedEntity
    {
        _random.Stamp(entity, at);
        entity.AssignToNetwork(_network.NetworkId);
        return entity;
    }

    private void Intake(DateTimeOffset createdAt)
    {
        var local = SyntheticRandom.ToLocal(createdAt);
        var office = local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 9 and < 17;
        var channel = _random.Weighted(office ? OfficeChannels : EveningChannels);
        if (channel == IntakeChannel.PartnerApi && _network.Partners.Count == 0)
        {
            channel = IntakeChannel.WebForm;
        }

        var partner = channel == IntakeChannel.PartnerApi ? _random.Pick(_network.Partners) : null;
        var createdBy = channel switch
        {
            IntakeChannel.PartnerApi => partner!.ApiClientId,
            IntakeChannel.HomeVisit or IntakeChannel.DoorToDoorRound => FieldWorker(),
            _ => Coordinator(),
        };

        // A partner's referral registers the resident anew, as the partner API does.
        var resident = channel == IntakeChannel.PartnerApi ? NewResident(createdAt, channel, createdBy) : ResidentFor(createdAt, channel, createdBy);
        var category = _random.Weighted(_categoriesByMonth[createdAt.Month - 1]);
        var age = resident.BirthYear is { } born ? createdAt.Year - born : 70;
        var heavy = category.DefaultRoute == TriageRoute.Heavy;
        var urgency = _random.Weighted(heavy ? HeavyUrgencies : age >= 80 ? OldAgeUrgencies : LightUrgencies);
        var fromPartner = channel == IntakeChannel.PartnerApi;
        var recurrence = fromPartner ? Recurrence.OneOff
            : _random.Weighted(RecurringCategories.Contains(category.Code) ? OftenRecurring : SeldomRecurring);
        DateOnly? wishedFrom = !fromPartner && _random.Chance(0.15) ? DateOnly.FromDateTime(createdAt.UtcDateTime).AddDays(_random.Next(2, 22)) : null;
        var card = channel == IntakeChannel.ReferralCard ? IssueReferralCard(createdAt - _random.Days(1, 40)) : null;

        var request = Owned(
            new HelpRequest(
                resident.Id,
                resident.Address.SectorCode,
                channel,
                category.Code,
                Descriptions.TryGetValue(category.Code, out var texts) ? _random.Pick(texts) : $"{category.NameNl}.",
                urgency,
                recurrence,
                wishedFrom,
                fromPartner ? [] : TimeWindows(),
                fromPartner ? [] : Needs.Where(n => _random.Chance(n.Chance)).Select(n => n.Need),
                partner?.OrganisationId ?? card?.PartnerOrganisationId,
                createdAt,
                createdBy),
            createdAt);
        if (channel is IntakeChannel.HomeVisit or IntakeChannel.DoorToDoorRound)
        {
            request.AssignFieldWorker(createdBy);
        }

        card?.Use(request.Id);
        if (partner is not null)
        {
            _result.Referrals.Add(Owned(new Referral(request.Id, partner.OrganisationId, ReferralDirection.FromPartner, null, createdAt), createdAt));
        }

        _result.Requests.Add(request);
        new Case(this, request, resident, category, age).Run();
    }

    private List<TimeWindow> TimeWindows()
    {
        if (!_random.Chance(0.35))
        {
            return [];
        }

        var first = _random.Next(6);
        var windows = new List<TimeWindow> { Window(first) };
        if (_random.Chance(0.4))
        {
            windows.Add(Window((first + 2) % 6));
        }

        return windows;

        TimeWindow Window(int day)
        {
            var from = _random.Pick(WindowStarts);
            return new TimeWindow((Weekday)day, new TimeOnly(from, 0), new TimeOnly(from + 3, 0));
        }
    }

    private ReferralCard IssueReferralCard(DateTimeOffset at)
    {
        var holder = Format(_random.Pick(CardHolders), _random.Pick(FlemishLastNames));
        var partner = _network.Partners.Count > 0 && _random.Chance(0.4) ? _random.Pick(_network.Partners).OrganisationId : (Guid?)null;
        var card = new ReferralCard(holder, partner, at);
        while (!_cardCodes.Add(card.Code))
        {
            card = new ReferralCard(holder, partner, at);
        }

        _result.ReferralCards.Add(Owned(card, at));
        return card;
    }

    private Resident ResidentFor(DateTimeOffset at, IntakeChannel channel, Guid recordedBy)
    {
        var index = _volunteersAskingHelp.FindIndex(v => v.From <= at);
        if (index >= 0)
        {
            var volunteer = _volunteersAskingHelp[index].Volunteer;
            _volunteersAskingHelp.RemoveAt(index);
            return VolunteerAsResident(volunteer, at, channel, recordedBy);
        }

        return _residents.Count > 0 && _random.Chance(0.33) ? _random.Pick(_residents) : NewResident(at, channel, recordedBy);
    }

    private Resident NewResident(DateTimeOffset at, IntakeChannel channel, Guid recordedBy)
    {
        var language = _random.Weighted(_languages);
        var dutch = language == "nl";
        var (youngest, oldest) = _random.Weighted(dutch ? _dutchAges : _otherAges);
        var years = _random.Next(youngest, oldest);
        var (first, last) = dutch
            ? (_random.Pick(years >= 60 ? FlemishOlder : FlemishYounger), _random.Pick(FlemishLastNames))
            : (_random.Pick(Others[language].First), _random.Pick(Others[language].Last));
        var languages = new List<string> { language };
        if (dutch ? _random.Chance(0.1) : language == "ar" && _random.Chance(0.3))
        {
            languages.Add("fr");
        }

        if (!dutch && _random.Chance(0.55))
        {
            languages.Insert(1, "nl");
        }

        return Register(first, last, _random.Chance(0.03) ? null : at.Year - years, languages, _random.Pick(_network.Sectors), at, channel, recordedBy);
    }

    /// <summary>A volunteer who asks the network for help: registered as a resident, and the profile points to it.</summary>
    private Resident VolunteerAsResident(Volunteer volunteer, DateTimeOffset at, IntakeChannel channel, Guid recordedBy)
    {
        var sector = _network.Sectors.FirstOrDefault(s => s.Code == volunteer.SectorCode) ?? _random.Pick(_network.Sectors);
        var resident = Register(volunteer.FirstName, volunteer.LastName, at.Year - _random.Next(30, 80), [.. volunteer.Languages.Select(l => l.Code)],
            sector, at, channel, recordedBy);
        volunteer.Update(new VolunteerProfile(
            volunteer.FirstName, volunteer.LastName, volunteer.Email, volunteer.Phone, volunteer.Role, volunteer.BuddyTypes, volunteer.Skills,
            volunteer.Languages, volunteer.Availability, volunteer.Absences, volunteer.Home, SectorCode.Parse(volunteer.SectorCode),
            volunteer.MaxTravelKm, volunteer.MaxConcurrentMatches, volunteer.RefusedCategories, volunteer.RefusedHomeConditions,
            volunteer.Training, volunteer.Screening, volunteer.InsuredUntil, resident.Id));
        return resident;
    }

    private Resident Register(string first, string last, int? birthYear, List<string> languages, SyntheticSector sector, DateTimeOffset at,
        IntakeChannel channel, Guid recordedBy)
    {
        var preference = _random.Weighted(Preferences);
        var email = preference == ContactPreference.Email || channel == IntakeChannel.WebForm || _random.Chance(0.08)
            ? $"{MailName(first, last)}{_random.Next(1, 100)}@{_network.EmailDomain}"
            : null;
        var resident = Owned(
            new Resident(
                first,
                last,
                birthYear,
                null,
                email,
                new Address(_random.Pick(Streets), _random.Next(1, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _random.Chance(0.12) ? $"b{_random.Next(1, 7)}" : null, sector.PostalCode, sector.Municipality, SectorCode.Parse(sector.Code)),
                languages,
                preference,
                at),
            at);
        if (_network.Centre is { } centre && _random.Chance(0.7))
        {
            resident.PlaceHome(new GeoPoint(centre.Latitude + ((_random.Next() - 0.5) * 0.022), centre.Longitude + ((_random.Next() - 0.5) * 0.035)));
        }

        if (channel == IntakeChannel.PartnerApi)
        {
            resident.GiveConsent(ConsentPurpose.Intake, at, recordedBy, "Confirmed by the referring partner.");
            resident.GiveConsent(ConsentPurpose.PartnerReferral, at, recordedBy, "Confirmed by the referring partner.");
        }
        else
        {
            resident.GiveConsent(ConsentPurpose.Intake, at, recordedBy, _random.Chance(0.2) ? "Mondeling gegeven bij de intake." : null);
            if (_random.Chance(0.35))
            {
                resident.GiveConsent(ConsentPurpose.FollowUpContact, at, recordedBy, null);
            }
        }

        _residents.Add(resident);
        _result.Residents.Add(resident);
        return resident;
    }

    /// <summary>Whether the volunteer was active at <paramref name="from"/> and has room for one more match until <paramref name="until"/>.</summary>
    private bool CanTake(Volunteer volunteer, DateTimeOffset from, DateTimeOffset until, DateTimeOffset keepAfter)
    {
        var window = _activeWindows[volunteer.Id];
        if (from < window.From || from >= window.Until)
        {
            return false;
        }

        if (!_bookings.TryGetValue(volunteer.Id, out var bookings))
        {
            return true;
        }

        // Later requests are never proposed before this one came in: bookings that ended before it can go.
        for (var i = bookings.Count - 1; i >= 0; i--)
        {
            if (bookings[i].Until <= keepAfter)
            {
                bookings.RemoveAt(i);
            }
        }

        // The most bookings that overlap at one moment of [from, until): at its start or where one of them starts.
        for (var i = -1; i < bookings.Count; i++)
        {
            var point = i < 0 ? from : bookings[i].From;
            if (point < from || point >= until)
            {
                continue;
            }

            var overlapping = 0;
            foreach (var (start, end) in bookings)
            {
                if (start <= point && point < end && ++overlapping >= volunteer.MaxConcurrentMatches)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void Book(Volunteer volunteer, DateTimeOffset from, DateTimeOffset until)
    {
        if (!_bookings.TryGetValue(volunteer.Id, out var bookings))
        {
            _bookings[volunteer.Id] = bookings = [];
        }

        bookings.Add((from, until));
    }

    private void RaiseFieldSignals(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var at = _random.InOfficeHours(_random.Between(_options.From, Until));
            if (at >= Until)
            {
                continue;
            }

            var (theme, description) = _random.Pick(FieldSignals);
            _result.Signals.Add(Owned(new Signal(SignalSource.FieldWork, theme, _random.Pick(_network.Sectors).Code, description, at, FieldWorker(), null), at));
        }
    }

    private void UnusedReferralCards(int count)
    {
        for (var i = 0; i < count; i++)
        {
            IssueReferralCard(_random.Between(_options.From, Until));
        }
    }

    /// <summary>Hours for the network in general (meetings, activities), logged as the app does with <see cref="Volunteer.LogHours"/>.</summary>
    private void LogNetworkHours()
    {
        var coordinator = Coordinator();
        foreach (var volunteer in _network.Volunteers.Where(v => _activeWindows.ContainsKey(v.Id)))
        {
            var window = _activeWindows[volunteer.Id];
            var (rate, note) = volunteer.Role switch
            {
                VolunteerRole.NeighbourhoodBoardMember => (0.9, "Vergadering van het buurtcomité."),
                VolunteerRole.Volunteer => (0.5, "Buurtactiviteit mee begeleid."),
                _ => (0.12, "Hulp bij het buurtfeest."),
            };
            var first = window.From > _options.From ? window.From : _options.From;
            var last = window.Until < Until ? window.Until : Until;
            for (var month = new DateOnly(first.Year, first.Month, 1); month.ToDateTime(TimeOnly.MinValue) < last.UtcDateTime; month = month.AddMonths(1))
            {
                var day = month.AddDays(_random.Next(28));
                if (!_random.Chance(rate) || day.ToDateTime(TimeOnly.MinValue) < first.UtcDateTime || day.ToDateTime(TimeOnly.MinValue) >= last.UtcDateTime)
                {
                    continue;
                }

                volunteer.LogHours(day, _random.Pick(NetworkHours), null, note, coordinator);
            }
        }
    }
}
