using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WarmeWijk.Application.Common.Exceptions;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Privacy.Commands.EraseResident;

/// <summary>
/// Erases a resident's personal data by anonymisation (see <see cref="ResidentErasure"/>), with the reason (e.g. the
/// resident's request under art. 17). Refused (409) while a help request is open and when already erased.
/// </summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record EraseResidentCommand(Guid ResidentId, string? Reason) : IRequest<ResidentErasureDto>;

public sealed class EraseResidentValidator : AbstractValidator<EraseResidentCommand>
{
    public EraseResidentValidator()
    {
        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Say why the data is erased (e.g. the resident asked for it on a date).")
            .MaximumLength(300)
            .Must(reason => IdentifyingText.Find(reason) is null)
            .WithMessage(c => $"The reason holds {IdentifyingText.Find(c.Reason)}; it is kept in the audit trail, so it must not identify anyone.");
    }
}

public sealed class EraseResidentHandler(IAppDbContext db, ResidentErasure erasure, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<EraseResidentCommand, ResidentErasureDto>
{
    public async Task<ResidentErasureDto> Handle(EraseResidentCommand command, CancellationToken cancellationToken)
    {
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Id == command.ResidentId, cancellationToken)
            ?? throw new NotFoundException("Resident", command.ResidentId);
        var erased = await erasure.EraseAsync(
            resident, clock.GetUtcNow(), currentUser.Id!.Value, currentUser.Role!.Value.ToString(), command.Reason!.Trim(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return erased;
    }
}
