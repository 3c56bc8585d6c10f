using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents.Queries.FindResidentMatches;

/// <summary>Residents that may be the person at the door, so the intake reuses them instead of creating a duplicate.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record FindResidentMatchesQuery(
    string? FirstName, string? LastName, string? Phone, int? BirthYear, string? PostalCode, string? Street, string? HouseNumber)
    : IRequest<ResidentMatchesDto>;

public sealed record ResidentMatchDto(Guid Id, string FirstName, string LastName, int? BirthYear, string Street, string HouseNumber, string PostalCode, IReadOnlyList<string> Reasons);

public sealed record ResidentMatchesDto(IReadOnlyList<ResidentMatchDto> Items);

public sealed class FindResidentMatchesValidator : AbstractValidator<FindResidentMatchesQuery>
{
    public FindResidentMatchesValidator()
    {
        RuleFor(q => q).Must(q => !string.IsNullOrWhiteSpace(q.LastName) || !string.IsNullOrWhiteSpace(q.Phone) || !string.IsNullOrWhiteSpace(q.Street))
            .WithName("query").WithMessage("Give at least a last name, a phone number or a street.");
        RuleFor(q => q.LastName).MaximumLength(80);
        RuleFor(q => q.FirstName).MaximumLength(80);
        RuleFor(q => q.Street).MaximumLength(120);
    }
}

public sealed class FindResidentMatchesHandler(IAppDbContext db) : IRequestHandler<FindResidentMatchesQuery, ResidentMatchesDto>
{
    private const int MaxMatches = 10;

    public async Task<ResidentMatchesDto> Handle(FindResidentMatchesQuery request, CancellationToken cancellationToken)
    {
        var lastName = request.LastName?.Trim().ToLowerInvariant();
        var street = request.Street?.Trim().ToLowerInvariant();
        var houseNumber = request.HouseNumber?.Trim();
        var phone = PhoneNumber.TryParse(request.Phone, out var parsed) ? parsed.Value : null;

        // ToLower() runs as SQL lower() in the database, not in .NET, so the culture rules do not apply.
#pragma warning disable CA1304, CA1311, CA1862
        var candidates = await db.Residents.AsNoTracking()
            .Where(r => r.ErasedAt == null)
            .Where(r => (lastName != null && r.LastName.ToLower() == lastName)
                || (phone != null && r.Phone == phone)
                || (street != null && houseNumber != null && r.Address.Street.ToLower() == street && r.Address.HouseNumber == houseNumber))
            .OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Take(50)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862

        var matches = candidates
            .Select(r => (Resident: r, Reasons: Reasons(r, request, lastName, phone, street, houseNumber)))
            .OrderByDescending(m => m.Reasons.Count)
            .Take(MaxMatches)
            .Select(m => new ResidentMatchDto(m.Resident.Id, m.Resident.FirstName, m.Resident.LastName, m.Resident.BirthYear,
                m.Resident.Address.Street, m.Resident.Address.HouseNumber, m.Resident.Address.PostalCode, m.Reasons))
            .ToList();
        return new ResidentMatchesDto(matches);
    }

    private static List<string> Reasons(Resident r, FindResidentMatchesQuery q, string? lastName, string? phone, string? street, string? houseNumber)
    {
        var reasons = new List<string>();
        if (lastName is not null && r.LastName.Equals(lastName, StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add("same last name");
        }

        if (!string.IsNullOrWhiteSpace(q.FirstName) && r.FirstName.Equals(q.FirstName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add("same first name");
        }

        if (phone is not null && r.Phone == phone)
        {
            reasons.Add("same phone number");
        }

        if (street is not null && r.Address.Street.Equals(street, StringComparison.OrdinalIgnoreCase) && r.Address.HouseNumber == houseNumber)
        {
            reasons.Add("same address");
        }

        if (q.BirthYear is not null && r.BirthYear == q.BirthYear)
        {
            reasons.Add("same birth year");
        }

        return reasons;
    }
}
