using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Domain.Partners;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Partners;

/// <summary>An actor of the sociale kaart as a coordinator enters it, for adding and for changing it.</summary>
public sealed record SocialMapActorInput(
    string Name,
    ActorKind Kind,
    string? Description,
    IReadOnlyList<string>? Categories,
    string? Services,
    string? Phone,
    string? Email,
    string? Website,
    string? Address,
    IReadOnlyList<Guid>? NeighbourhoodIds,
    bool AcceptsReferrals,
    bool IsActive)
{
    public ActorProfile ToProfile() => new(
        Name, Kind, Description, [.. (Categories ?? []).Select(c => c.Trim())], Services, Phone, Email, Website?.Trim(), Address,
        NeighbourhoodIds ?? [], AcceptsReferrals, IsActive);
}

/// <summary>The network's help category codes and neighbourhood ids, read once per request (an import checks many rows).</summary>
public sealed class SocialMapVocabulary(IAppDbContext db)
{
    private HashSet<string>? _categories;
    private HashSet<Guid>? _neighbourhoods;

    public async Task<bool> IsCategoryAsync(string code, CancellationToken cancellationToken) =>
        (_categories ??= [.. await db.HelpCategories.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)]).Contains(code.Trim());

    public async Task<bool> IsNeighbourhoodAsync(Guid id, CancellationToken cancellationToken) =>
        (_neighbourhoods ??= [.. await db.Neighbourhoods.AsNoTracking().Select(n => n.Id).ToListAsync(cancellationToken)]).Contains(id);
}

/// <summary>Every rule an actor must meet, each reported on its own field.</summary>
public sealed class SocialMapActorInputValidator : AbstractValidator<SocialMapActorInput>
{
    public SocialMapActorInputValidator(SocialMapVocabulary vocabulary)
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(PartnerOrganisation.NameMax);
        RuleFor(a => a.Kind).IsInEnum();
        RuleFor(a => a.Description).MaximumLength(PartnerOrganisation.TextMax);
        RuleFor(a => a.Services).MaximumLength(PartnerOrganisation.TextMax);
        RuleFor(a => a.Address).MaximumLength(PartnerOrganisation.AddressMax);
        RuleFor(a => a.Phone).Must(phone => PhoneNumber.TryParse(phone, out _)).When(a => !string.IsNullOrWhiteSpace(a.Phone))
            .WithMessage("'{PropertyValue}' is not a phone number (e.g. 03 123 45 67 or +32 3 123 45 67).");
        RuleFor(a => a.Email).EmailAddress().MaximumLength(PartnerOrganisation.ContactMax).When(a => !string.IsNullOrWhiteSpace(a.Email));
        RuleFor(a => a.Website).Must(IsWebAddress).MaximumLength(PartnerOrganisation.ContactMax).When(a => !string.IsNullOrWhiteSpace(a.Website))
            .WithMessage("'{PropertyValue}' is not a web address starting with https:// or http://.");
        RuleFor(a => a.Categories).Must(c => c!.Count <= 30).When(a => a.Categories is not null).WithMessage("At most 30 help categories.");
        RuleForEach(a => a.Categories).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync(vocabulary.IsCategoryAsync).WithMessage("'{PropertyValue}' is not a help category of your network.");
        RuleForEach(a => a.NeighbourhoodIds)
            .MustAsync(vocabulary.IsNeighbourhoodAsync).WithMessage("There is no neighbourhood {PropertyValue} in your network.");
        RuleFor(a => a.AcceptsReferrals).Equal(false).When(a => a.Kind == ActorKind.Informal)
            .WithMessage("An informal actor cannot take referrals; only formal and policy actors can.");
    }

    private static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>
/// An actor of the sociale kaart. <see cref="Suggested"/> marks actors that fit the help asked for and where;
/// <see cref="ActiveInNeighbourhood"/> those that name the neighbourhood of the sector asked about among the ones they serve.
/// </summary>
public sealed record PartnerDto(
    Guid Id,
    string Name,
    ActorKind Kind,
    string? Description,
    IReadOnlyList<string> Categories,
    string? Services,
    string? Phone,
    string? Email,
    string? Website,
    string? Address,
    IReadOnlyList<Guid> NeighbourhoodIds,
    bool AcceptsReferrals,
    bool IsActive,
    int Version,
    bool Suggested = false,
    bool ActiveInNeighbourhood = false)
{
    public static PartnerDto From(PartnerOrganisation p, bool suggested = false, bool activeInNeighbourhood = false) => new(
        p.Id, p.Name, p.Kind, p.Description, p.Categories, p.Services, p.Phone, p.Email, p.Website, p.Address, p.NeighbourhoodIds,
        p.AcceptsReferrals, p.IsActive, p.Version, suggested, activeInNeighbourhood);
}

/// <summary>Loads actors for a change and keeps names unique within the network.</summary>
public sealed class SocialMapStore(IAppDbContext db)
{
    public async Task<PartnerOrganisation> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.PartnerOrganisations.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new Common.Exceptions.NotFoundException("Partner", id);

    public async Task<PartnerOrganisation> LoadForChangeAsync(Guid id, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            throw new Common.Exceptions.PreconditionRequiredException("partner");
        }

        var actor = await LoadAsync(id, cancellationToken);
        return actor.Version == expectedVersion ? actor : throw new Common.Exceptions.PreconditionFailedException("partner", actor.Version);
    }

    /// <summary>409 when another actor of the network has the name already (the import matches on it).</summary>
    public async Task EnsureNameFreeAsync(string name, Guid? self, CancellationToken cancellationToken)
    {
        var names = await db.PartnerOrganisations.AsNoTracking().Where(p => p.Id != self).Select(p => p.Name).ToListAsync(cancellationToken);
        if (names.Any(n => SocialMapNames.Same(n, name)))
        {
            throw new Common.Exceptions.ConflictException($"The sociale kaart has an actor named '{name.Trim()}' already.");
        }
    }
}

public static class SocialMapNames
{
    public static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
