using FluentValidation;
using WarmeWijk.Application.Buurtanalyse.Queries.GetNeighbourhoodSignals;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Domain.Signals;

namespace WarmeWijk.Application.Buurtanalyse.Commands.RecordSignal;

/// <summary>
/// Records a signal from field work in one of the neighbourhood's sectors: a theme and a short description, without
/// names or other personal data.
/// </summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker)]
public sealed record RecordSignalCommand(Guid NeighbourhoodId, string Theme, string SectorCode, string Description) : IRequest<SignalDto>;

public sealed class RecordSignalValidator : AbstractValidator<RecordSignalCommand>
{
    public RecordSignalValidator()
    {
        RuleFor(c => c.Theme).NotEmpty().MaximumLength(80);
        RuleFor(c => c.SectorCode).NotEmpty().MaximumLength(9);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(1000);
    }
}

public sealed class RecordSignalHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordSignalCommand, SignalDto>
{
    public async Task<SignalDto> Handle(RecordSignalCommand request, CancellationToken cancellationToken)
    {
        var codes = await NeighbourhoodSectors.CodesAsync(db, request.NeighbourhoodId, cancellationToken);
        var sector = request.SectorCode.Trim().ToUpperInvariant();
        if (!codes.Contains(sector))
        {
            throw new ValidationException(
                [new FluentValidation.Results.ValidationFailure(nameof(request.SectorCode), $"Sector {sector} is not part of this neighbourhood.")]);
        }

        var signal = new Signal(SignalSource.FieldWork, request.Theme, sector, request.Description, clock.GetUtcNow(), user.Id!.Value, null);
        db.Signals.Add(signal);
        await db.SaveChangesAsync(cancellationToken);
        return new SignalDto(signal.Id, signal.Source, signal.Theme, signal.SectorCode, signal.Description, signal.RaisedAt);
    }
}
