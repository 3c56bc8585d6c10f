using WarmeWijk.Application.Buurtanalyse.Queries.ListConsultations;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Buurtanalyse.Queries.GetConsultation;

/// <summary>One buurtbevraging of the caller's network, with the version (the ETag) needed to correct or remove it.</summary>
[RequiresRole(Role.Coordinator, Role.FieldWorker, Role.Analyst)]
public sealed record GetConsultationQuery(Guid Id) : IRequest<ConsultationDto>;

public sealed class GetConsultationHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetConsultationQuery, ConsultationDto>
{
    public async Task<ConsultationDto> Handle(GetConsultationQuery request, CancellationToken cancellationToken) =>
        ConsultationDto.From(await Consultations.LoadAsync(db, request.Id, cancellationToken), caller);
}
