using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Matching;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Residents;
using WarmeWijk.Domain.Volunteers;

namespace WarmeWijk.Application.Volunteers;

public sealed record LanguageSkillDto(string Code, LanguageLevel Level);

public sealed record DateRangeDto(DateOnly From, DateOnly Until);

public sealed record TrainingDto(string Module, DateOnly CompletedOn);

public sealed record ScreeningDto(DateOnly IssuedOn, DateOnly ExpiresOn);

/// <summary>A volunteer's profile as a coordinator enters it, for registering and for changing it.</summary>
public sealed record VolunteerInput(
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    VolunteerRole Role,
    IReadOnlyList<BuddyType> BuddyTypes,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<LanguageSkillDto> Languages,
    IReadOnlyList<TimeWindowDto> Availability,
    IReadOnlyList<DateRangeDto>? Absences,
    LocationDto Home,
    string SectorCode,
    double MaxTravelKm,
    int MaxConcurrentMatches,
    IReadOnlyList<string>? RefusedCategories,
    IReadOnlyList<HomeCondition>? RefusedHomeConditions,
    IReadOnlyList<TrainingDto>? Training,
    ScreeningDto? Screening,
    DateOnly? InsuredUntil,
    Guid? ResidentId)
{
    public VolunteerProfile ToProfile() => new(
        FirstName,
        LastName,
        Email,
        PhoneNumber.TryParse(Phone, out var phone) ? phone.Value : null,
        Role,
        BuddyTypes,
        Skills ?? [],
        [.. Languages.Select(l => new LanguageSkill(l.Code, l.Level))],
        [.. Availability.Select(w => new TimeWindow(w.Day, w.From, w.Until))],
        [.. (Absences ?? []).Select(a => new DateRange(a.From, a.Until))],
        new GeoPoint(Home.Latitude, Home.Longitude),
        Domain.Neighbourhoods.SectorCode.Parse(SectorCode),
        MaxTravelKm,
        MaxConcurrentMatches,
        RefusedCategories ?? [],
        RefusedHomeConditions ?? [],
        [.. (Training ?? []).Select(t => new CompletedTraining(t.Module, t.CompletedOn))],
        Screening is null ? null : new CriminalRecordExtract(Screening.IssuedOn, Screening.ExpiresOn),
        InsuredUntil,
        ResidentId);
}

/// <summary>Every rule a profile must meet, each reported on its own field, so nothing reaches the domain half-checked.</summary>
public sealed class VolunteerInputValidator : AbstractValidator<VolunteerInput>
{
    public VolunteerInputValidator(ISectorDirectory sectors, IAppDbContext db)
    {
        RuleFor(v => v.FirstName).NotEmpty().MaximumLength(80);
        RuleFor(v => v.LastName).NotEmpty().MaximumLength(80);
        RuleFor(v => v.Email).EmailAddress().MaximumLength(320).When(v => !string.IsNullOrWhiteSpace(v.Email));
        RuleFor(v => v.Phone).Must(phone => PhoneNumber.TryParse(phone, out _)).When(v => !string.IsNullOrWhiteSpace(v.Phone)).WithMessage("'{PropertyValue}' is not a Belgian phone number.");
        RuleFor(v => v.Role).IsInEnum();
        RuleFor(v => v.BuddyTypes).NotEmpty().WithMessage("Choose at least one buddy type.");
        RuleForEach(v => v.BuddyTypes).IsInEnum();
        RuleFor(v => v.Skills).Must(s => s!.Count <= 30).When(v => v.Skills is not null).WithMessage("At most 30 skills.");
        RuleForEach(v => v.Skills).NotEmpty().MaximumLength(60);
        // Cascade: the later rules read the list, so they must not run when it is missing.
        RuleFor(v => v.Languages).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give at least one language the volunteer speaks.")
            .Must(l => l.Select(x => x.Code?.Trim().ToLowerInvariant()).Distinct().Count() == l.Count).WithMessage("A language is listed twice.");
        RuleForEach(v => v.Languages).ChildRules(language =>
        {
            language.RuleFor(l => l.Code).Must(Resident.IsLanguageCode).WithMessage("'{PropertyValue}' is not an ISO 639-1 language code.");
            language.RuleFor(l => l.Level).IsInEnum();
        });
        RuleFor(v => v.Availability).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give at least one weekly moment the volunteer is available.")
            .Must(w => w.Count <= 21).WithMessage("At most 21 availability slots.")
            .Must(NotOverlap).WithMessage("Two availability slots overlap on the same day; join them into one.");
        RuleForEach(v => v.Availability).ChildRules(window =>
        {
            window.RuleFor(w => w.Day).IsInEnum();
            window.RuleFor(w => w.Until).GreaterThan(w => w.From).WithMessage("A slot must end after it starts.");
        });
        RuleForEach(v => v.Absences).ChildRules(absence =>
            absence.RuleFor(a => a.Until).GreaterThanOrEqualTo(a => a.From).WithMessage("An absence must not end before it starts."));
        RuleFor(v => v.Home).NotNull();
        RuleFor(v => v.Home.Latitude).InclusiveBetween(-90, 90).When(v => v.Home is not null);
        RuleFor(v => v.Home.Longitude).InclusiveBetween(-180, 180).When(v => v.Home is not null);
        RuleFor(v => v.SectorCode).Must(code => Domain.Neighbourhoods.SectorCode.TryParse(code, out var parsed) && sectors.Find(parsed) is not null)
            .WithMessage("'{PropertyValue}' is not a statistical sector of Flanders or Brussels.");
        RuleFor(v => v.MaxTravelKm).InclusiveBetween(0, 100).WithMessage("The maximum travel distance is between 0 and 100 km.");
        RuleFor(v => v.MaxConcurrentMatches).InclusiveBetween(0, 20).WithMessage("The maximum number of matches at once is between 0 and 20.");
        RuleForEach(v => v.RefusedCategories).NotEmpty().MaximumLength(40);
        RuleForEach(v => v.RefusedHomeConditions).IsInEnum();
        RuleForEach(v => v.Training).ChildRules(training =>
        {
            training.RuleFor(t => t.Module).NotEmpty().MaximumLength(60);
        });
        RuleFor(v => v.Screening!.ExpiresOn).GreaterThan(v => v.Screening!.IssuedOn).When(v => v.Screening is not null)
            .WithMessage("A criminal-record extract must expire after it is issued.");
        RuleFor(v => v.ResidentId)
            .MustAsync((id, ct) => db.Residents.AnyAsync(r => r.Id == id, ct)).When(v => v.ResidentId is not null)
            .WithMessage("There is no such resident in your network.");
    }

    private static bool NotOverlap(IReadOnlyList<TimeWindowDto> windows) =>
        windows.GroupBy(w => w.Day).All(day =>
        {
            var ordered = day.OrderBy(w => w.From).ToList();
            return ordered.Zip(ordered.Skip(1)).All(pair => pair.Second.From >= pair.First.Until);
        });
}
