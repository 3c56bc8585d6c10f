using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Auditing;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Auditing;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Referrals;
using WarmeWijk.Domain.Residents;

namespace WarmeWijk.Application.HelpRequests.Commands.RecordIntake;

/// <summary>Records a help request for a resident; a field worker who takes it becomes its assignee.</summary>
[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record RecordIntakeCommand(
    Guid ResidentId,
    IntakeChannel Channel,
    string CategoryCode,
    string Description,
    Urgency Urgency,
    Recurrence Recurrence,
    DateOnly? WishedFrom,
    IReadOnlyList<TimeWindowDto>? TimeWindows,
    IReadOnlyList<string>? Needs,
    string? ReferralCardCode) : IRequest<HelpRequestDto>;

public sealed class RecordIntakeValidator : AbstractValidator<RecordIntakeCommand>
{
    public RecordIntakeValidator(TimeProvider clock)
    {
        RuleFor(c => c.ResidentId).NotEmpty();
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.CategoryCode).NotEmpty();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(HelpRequest.MaxDescriptionLength);
        RuleFor(c => c.Urgency).IsInEnum();
        RuleFor(c => c.Recurrence).IsInEnum();
        RuleFor(c => c.WishedFrom)
            .Must(date => date >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-1)))
            .When(c => c.WishedFrom is not null).WithMessage("The wished start date lies in the past.");
        RuleFor(c => c.TimeWindows).Must(w => w!.Count <= 21).When(c => c.TimeWindows is not null).WithMessage("At most 21 time windows.");
        RuleForEach(c => c.TimeWindows).ChildRules(window =>
        {
            window.RuleFor(w => w.Day).IsInEnum();
            window.RuleFor(w => w.Until).GreaterThan(w => w.From).WithMessage("A time window must end after it starts.");
        });
        RuleFor(c => c.Needs).Must(n => n!.Count <= 20).When(c => c.Needs is not null).WithMessage("At most 20 needs.");
        RuleForEach(c => c.Needs).NotEmpty().MaximumLength(60);
        RuleFor(c => c.ReferralCardCode).MaximumLength(20);
    }
}

public sealed class RecordIntakeHandler(IAppDbContext db, ICurrentUser currentUser, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordIntakeCommand, HelpRequestDto>
{
    public async Task<HelpRequestDto> Handle(RecordIntakeCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id!.Value;
        // One read for all the intake checks and shows: the resident (untracked, the intake does not change it),
        // whether the category is active, and the author's name for the new request's timeline.
        var found = await db.Residents.AsNoTracking()
            .Where(r => r.Id == request.ResidentId)
            .Select(r => new
            {
                Resident = r,
                CategoryIsActive = db.HelpCategories.Any(c => c.Code == request.CategoryCode && c.IsActive),
                AuthorName = db.StaffUsers.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            throw await NoSuchResident(request, cancellationToken);
        }

        if (!found.CategoryIsActive)
        {
            throw new ValidationException([NotAnActiveCategory(request)]);
        }

        var resident = found.Resident;
        if (resident.IsErased)
        {
            throw new ConflictException("The resident's personal data was erased; register the person again for a new request.");
        }

        if (!resident.HasConsentFor(ConsentPurpose.Intake))
        {
            throw new ConflictException("The resident has no active consent for the intake; record it first.");
        }

        var card = await UseReferralCard(request.ReferralCardCode, cancellationToken);
        var helpRequest = new HelpRequest(
            resident.Id,
            resident.Address.SectorCode,
            request.Channel,
            request.CategoryCode,
            request.Description,
            request.Urgency,
            request.Recurrence,
            request.WishedFrom,
            (request.TimeWindows ?? []).Select(w => new TimeWindow(w.Day, w.From, w.Until)),
            request.Needs ?? [],
            card?.PartnerOrganisationId,
            clock.GetUtcNow(),
            userId);
        if (currentUser.Role == Role.FieldWorker)
        {
            helpRequest.AssignFieldWorker(userId);
        }

        card?.Use(helpRequest.Id);
        db.HelpRequests.Add(helpRequest);
        audit.Record(AuditAction.Create, nameof(HelpRequest), helpRequest.Id, $"Intake via {request.Channel}.");
        await db.SaveChangesAsync(cancellationToken);
        var names = found.AuthorName is { } name ? new Dictionary<Guid, string> { [userId] = name } : [];
        return HelpRequestDto.From(helpRequest, new ResidentRefDto(resident.Id, resident.FirstName, resident.LastName), names);
    }

    /// <summary>Names the category too when it is wrong as well, so every failing field comes back at once.</summary>
    private async Task<ValidationException> NoSuchResident(RecordIntakeCommand request, CancellationToken cancellationToken)
    {
        List<ValidationFailure> failures = [new(nameof(request.ResidentId), "There is no such resident in your network.")];
        if (!await db.HelpCategories.AnyAsync(c => c.Code == request.CategoryCode && c.IsActive, cancellationToken))
        {
            failures.Add(NotAnActiveCategory(request));
        }

        return new ValidationException(failures);
    }

    private static ValidationFailure NotAnActiveCategory(RecordIntakeCommand request) =>
        new(nameof(request.CategoryCode), $"'{request.CategoryCode}' is not an active help category of your network.");

    private async Task<ReferralCard?> UseReferralCard(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var normalised = ReferralCard.Normalise(code);
        return await db.ReferralCards.SingleOrDefaultAsync(c => c.Code == normalised, cancellationToken)
            ?? throw new NotFoundException("Referral card", code);
    }
}
