using FluentValidation;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Domain.Neighbourhoods;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents;

/// <summary>
/// The person's details as the intake, a partner's referral and a correction (GDPR art. 16) send them: one set of fields,
/// one set of rules.
/// </summary>
public interface IResidentDetails
{
    string FirstName { get; }

    string LastName { get; }

    int? BirthYear { get; }

    string? Phone { get; }

    string? Email { get; }

    AddressDto Address { get; }

    IReadOnlyList<string> Languages { get; }

    ContactPreference ContactPreference { get; }
}

/// <summary>The rules for a person's details, included by every validator of a request that carries them.</summary>
internal sealed class ResidentDetailsValidator : AbstractValidator<IResidentDetails>
{
    public ResidentDetailsValidator(ISectorDirectory sectors, TimeProvider clock)
    {
        RuleFor(c => c.FirstName).NotEmpty().MaximumLength(80);
        RuleFor(c => c.LastName).NotEmpty().MaximumLength(80);
        RuleFor(c => c.BirthYear).InclusiveBetween(1900, clock.GetUtcNow().Year).When(c => c.BirthYear is not null);
        RuleFor(c => c.Phone).Must(p => PhoneNumber.TryParse(p, out _))
            .When(c => !string.IsNullOrWhiteSpace(c.Phone))
            .WithMessage("'{PropertyValue}' is not a phone number (e.g. 0475 12 34 56 or +32 3 123 45 67).");
        RuleFor(c => c.Email).EmailAddress().MaximumLength(320).When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Address).NotNull().SetValidator(new AddressValidator(sectors));
        RuleFor(c => c.Languages).Cascade(CascadeMode.Stop).NotEmpty().Must(l => l.Count <= 10).WithMessage("At most 10 languages.");
        RuleForEach(c => c.Languages).Must(Resident.IsLanguageCode).WithMessage("'{PropertyValue}' is not an ISO 639-1 language code (e.g. nl, fr, ar, ti).");
        RuleFor(c => c.ContactPreference).IsInEnum();
    }
}

internal static class ResidentDetailsMapping
{
    /// <summary>The validated phone as the domain keeps it, or null when none was given.</summary>
    public static PhoneNumber? ParsedPhone(this IResidentDetails details) => PhoneNumber.TryParse(details.Phone, out var phone) ? phone : null;

    /// <summary>The validated address as the domain keeps it.</summary>
    public static Address ToAddress(this AddressDto a) =>
        new(a.Street, a.HouseNumber, a.Box, a.PostalCode, a.Municipality, SectorCode.Parse(a.SectorCode));

    /// <summary>A new resident with these details, before any consent.</summary>
    public static Resident ToNewResident(this IResidentDetails d, DateTimeOffset at) =>
        new(d.FirstName, d.LastName, d.BirthYear, d.ParsedPhone(), d.Email, d.Address.ToAddress(), d.Languages, d.ContactPreference, at);

    /// <summary>Corrects the resident to these details; the names of the changed fields, never their values.</summary>
    public static IReadOnlyList<string> CorrectTo(this Resident resident, IResidentDetails d) =>
        resident.Correct(d.FirstName, d.LastName, d.BirthYear, d.ParsedPhone(), d.Email, d.Address.ToAddress(), d.Languages, d.ContactPreference);
}
