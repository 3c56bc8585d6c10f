using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.ReferenceData;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Common.Validation;
using WarmeWijk.Application.HelpRequests;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.Residents.Commands.CorrectResidentDetails;

/// <summary>
/// The resident's details as they should be, all of them (a replacement, not a patch), with the reason for the correction.
/// The reason is kept in the audit trail, so it must not identify anyone.
/// </summary>
public sealed record ResidentDetailsCorrection(
    string FirstName,
    string LastName,
    int? BirthYear,
    string? Phone,
    string? Email,
    AddressDto Address,
    IReadOnlyList<string> Languages,
    ContactPreference ContactPreference,
    string? Reason) : IResidentDetails;

/// <summary>
/// Rectification (GDPR art. 16): corrects a resident's names, contact data, address, languages and contact preference. A
/// stale version is refused (412), a missing one asked for (428); an erased resident cannot be corrected (409). The audit
/// trail records who, when, which fields and why, never the old or the new values.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record CorrectResidentDetailsCommand(Guid ResidentId, int? ExpectedVersion, ResidentDetailsCorrection Correction) : IRequest<ResidentDto>;

public sealed class ResidentDetailsCorrectionValidator : AbstractValidator<ResidentDetailsCorrection>
{
    public ResidentDetailsCorrectionValidator(ISectorDirectory sectors, TimeProvider clock)
    {
        Include(new ResidentDetailsValidator(sectors, clock));
        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Say why the data is corrected (e.g. the resident asked for it on a date, or a typing error at intake).")
            .MaximumLength(300)
            .Must((c, reason) => !CorrectionReason.Repeats(reason, c.FirstName, c.LastName, c.Address?.Street)).WithMessage(CorrectionReason.RepeatsMessage)
            .IdentifiesNoOne("The reason is kept in the audit trail, so it must not identify anyone.");
    }
}

public sealed class CorrectResidentDetailsValidator : AbstractValidator<CorrectResidentDetailsCommand>
{
    public CorrectResidentDetailsValidator(IValidator<ResidentDetailsCorrection> correction) => RuleFor(c => c.Correction).MustBeValid(correction);
}

public sealed class CorrectResidentDetailsHandler(IAppDbContext db, AuditTrail audit) : IRequestHandler<CorrectResidentDetailsCommand, ResidentDto>
{
    public async Task<ResidentDto> Handle(CorrectResidentDetailsCommand request, CancellationToken cancellationToken)
    {
        if (request.ExpectedVersion is null)
        {
            throw new PreconditionRequiredException("resident");
        }

        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)
            ?? throw new NotFoundException("Resident", request.ResidentId);
        if (resident.Version != request.ExpectedVersion)
        {
            throw new PreconditionFailedException("resident", resident.Version);
        }

        var correction = request.Correction;
        if (!resident.IsErased && CorrectionReason.Repeats(correction.Reason, resident.FirstName, resident.LastName, resident.Address.Street))
        {
            throw new ValidationException([new ValidationFailure(nameof(correction.Reason), CorrectionReason.RepeatsMessage)]);
        }

        var sectorBefore = resident.Address.SectorCode;
        var changed = resident.CorrectTo(correction);
        if (changed.Count > 0)
        {
            audit.Record(AuditAction.Update, nameof(Resident), resident.Id,
                $"Personal data corrected (art. 16): {string.Join(", ", changed)}. Reason: {correction.Reason!.Trim()}");
            if (resident.Address.SectorCode != sectorBefore)
            {
                await MoveOpenRequests(resident, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return ResidentDto.From(resident);
    }

    private async Task MoveOpenRequests(Resident resident, CancellationToken cancellationToken)
    {
        var requests = await db.HelpRequests.Where(h => h.ResidentId == resident.Id && !HelpRequestSummaries.Final.Contains(h.Status)).ToListAsync(cancellationToken);
        foreach (var request in requests.Where(h => h.FollowCorrectedSector(resident.Address.SectorCode)))
        {
            audit.Record(AuditAction.Update, nameof(HelpRequest), request.Id, "Moved to the sector of the resident's corrected address.");
        }
    }
}

/// <summary>Keeps the reason for a correction free of the names and street it corrects, so the audit trail holds no copy of them.</summary>
internal static class CorrectionReason
{
    public const string RepeatsMessage =
        "The reason repeats a name or the street of the resident; it is kept in the audit trail, so say why without the values themselves.";

    public static bool Repeats(string? reason, params string?[] values) =>
        !string.IsNullOrWhiteSpace(reason) && values.Any(value => Mentions(reason, value));

    private static bool Mentions(string reason, string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && Regex.IsMatch(reason, $@"(?<!\w){Regex.Escape(value.Trim())}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
