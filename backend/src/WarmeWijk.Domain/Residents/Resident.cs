using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Domain.Residents;

public enum ContactPreference
{
    Phone,
    HomeVisit,
    Email,
    Letter,
    ViaRelative,
}

/// <summary>A buurtbewoner: only the personal data the work needs, with consent per purpose.</summary>
public sealed class Resident : TenantOwnedEntity
{
    private readonly List<Consent> _consents = [];

    private Resident()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
        Address = null!;
        Languages = [];
    }

    public Resident(
        string firstName,
        string lastName,
        int? birthYear,
        PhoneNumber? phone,
        string? email,
        Address address,
        IEnumerable<string> languages,
        ContactPreference contactPreference,
        DateTimeOffset createdAt)
    {
        SetDetails(firstName, lastName, birthYear, phone, email, address, languages, contactPreference);
        CreatedAt = createdAt;
        Version = 1;
    }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public int? BirthYear { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public Address Address { get; private set; }

    /// <summary>ISO 639-1 codes, in the resident's order of preference.</summary>
    public List<string> Languages { get; private set; }

    public ContactPreference ContactPreference { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The version of the person's details (names, contact data, address, languages, contact preference): raised by each
    /// correction and by erasure. It is the ETag a correction must send back in If-Match.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>Where the resident lives, when known (e.g. the field worker's phone at the door); used for matching distances.</summary>
    public double? HomeLatitude { get; private set; }

    public double? HomeLongitude { get; private set; }

    public GeoPoint? Home => HomeLatitude is { } latitude && HomeLongitude is { } longitude ? new GeoPoint(latitude, longitude) : null;

    public void PlaceHome(GeoPoint? home)
    {
        HomeLatitude = home?.Latitude;
        HomeLongitude = home?.Longitude;
    }

    public IReadOnlyList<Consent> Consents => _consents;

    /// <summary>When the resident's personal data was erased (anonymised); null while it is held.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    /// <summary>
    /// True when the resident withdrew a consent and did not give it again: the withdrawal is a choice to respect, unlike a
    /// consent never asked for.
    /// </summary>
    public bool WithdrewConsentFor(ConsentPurpose purpose) =>
        !HasConsentFor(purpose) && _consents.Any(c => c.Purpose == purpose && c.WithdrawnAt is not null);

    /// <summary>
    /// Erasure as anonymisation (GDPR art. 17): names, contact data, the street address and the home's position go; what
    /// reports count by stays: birth year, first language, postal code, municipality and statistical sector. Consents are
    /// withdrawn and their notes removed; their purposes and dates stay as proof of what was agreed. Erasing twice is refused.
    /// </summary>
    public void Anonymise(DateTimeOffset at, Guid by)
    {
        if (IsErased)
        {
            throw new DomainRuleException($"The resident's personal data was already erased on {ErasedAt:yyyy-MM-dd}.");
        }

        FirstName = Anonymised.Text;
        LastName = Anonymised.Text;
        Phone = null;
        Email = null;
        Address = Address.Anonymised();
        Languages = [.. Languages.Take(1)];
        (HomeLatitude, HomeLongitude) = (null, null);
        foreach (var consent in _consents)
        {
            consent.Erase(at, by);
        }

        ErasedAt = at;
        Version++;
    }

    /// <summary>
    /// Rectification (GDPR art. 16): replaces the person's details with the corrected ones and returns the names of the
    /// fields that changed (never their values), in a fixed order; nothing changes, the version included, when none did.
    /// An erased resident cannot be corrected: the data is gone, and the person is registered again if they come back.
    /// </summary>
    public IReadOnlyList<string> Correct(
        string firstName,
        string lastName,
        int? birthYear,
        PhoneNumber? phone,
        string? email,
        Address address,
        IEnumerable<string> languages,
        ContactPreference contactPreference)
    {
        if (IsErased)
        {
            throw new DomainRuleException($"The resident's personal data was erased on {ErasedAt:yyyy-MM-dd}; there is nothing left to correct. Register the person again.");
        }

        var before = (FirstName, LastName, BirthYear, Phone, Email, Address, Languages, ContactPreference);
        SetDetails(firstName, lastName, birthYear, phone, email, address, languages, contactPreference);
        var changed = new List<string>();
        AddWhen(before.FirstName != FirstName, "firstName");
        AddWhen(before.LastName != LastName, "lastName");
        AddWhen(before.BirthYear != BirthYear, "birthYear");
        AddWhen(before.Phone != Phone, "phone");
        AddWhen(before.Email != Email, "email");
        AddWhen(before.Address != Address, "address");
        AddWhen(!before.Languages.SequenceEqual(Languages), "languages");
        AddWhen(before.ContactPreference != ContactPreference, "contactPreference");
        if (changed.Count > 0)
        {
            Version++;
        }

        return changed;

        void AddWhen(bool differs, string field)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }
    }

    public bool HasConsentFor(ConsentPurpose purpose) => _consents.Any(c => c.Purpose == purpose && c.IsActive);

    public Consent GiveConsent(ConsentPurpose purpose, DateTimeOffset at, Guid recordedBy, string? note)
    {
        if (IsErased)
        {
            throw new DomainRuleException("The resident's personal data was erased; register the person again.");
        }

        if (HasConsentFor(purpose))
        {
            throw new DomainRuleException($"The resident already consented to {purpose}.");
        }

        var consent = new Consent(purpose, at, recordedBy, Guard.Optional(note, "Note", 500));
        _consents.Add(consent);
        return consent;
    }

    public void WithdrawConsent(ConsentPurpose purpose, DateTimeOffset at, Guid by)
    {
        var active = _consents.SingleOrDefault(c => c.Purpose == purpose && c.IsActive)
            ?? throw new DomainRuleException($"The resident has no active consent for {purpose}.");
        active.Withdraw(at, by);
    }

    [MemberNotNull(nameof(FirstName), nameof(LastName), nameof(Address), nameof(Languages))]
    private void SetDetails(
        string firstName,
        string lastName,
        int? birthYear,
        PhoneNumber? phone,
        string? email,
        Address address,
        IEnumerable<string> languages,
        ContactPreference contactPreference)
    {
        FirstName = Guard.Required(firstName, "First name", 80);
        LastName = Guard.Required(lastName, "Last name", 80);
        BirthYear = birthYear is null or (>= 1900 and <= 2100) ? birthYear : throw new DomainRuleException("Birth year is not plausible.");
        Phone = phone?.Value;
        Email = Guard.Optional(email, "Email", 320);
        Address = address;
        Languages = Normalise(languages);
        ContactPreference = contactPreference;
    }

    /// <summary>Two-letter lower-case codes, duplicates removed, order kept.</summary>
    private static List<string> Normalise(IEnumerable<string> languages)
    {
        var codes = languages.Select(l => l.Trim().ToLower(CultureInfo.InvariantCulture)).Distinct().ToList();
        return codes.All(IsLanguageCode) && codes.Count > 0
            ? codes
            : throw new DomainRuleException("Languages must be one or more ISO 639-1 codes such as 'nl' or 'ar'.");
    }

    public static bool IsLanguageCode(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetter) && LanguageCodes.Known.Contains(code.ToLowerInvariant());
}
