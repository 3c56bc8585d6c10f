using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.HelpRequests.Commands.Triage;
using WarmeWijk.Domain.HelpRequests;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.HelpRequests.Queries.TriageSuggestion;

[RequiresRole(Role.Admin, Role.Coordinator, Role.FieldWorker)]
public sealed record SuggestTriageQuery(Guid Id) : IRequest<TriageSuggestionDto>;

public sealed record TriageSuggestionDto(TriageRoute Route, string Reason);

public sealed class SuggestTriageHandler(IAppDbContext db, HelpRequestStore store) : IRequestHandler<SuggestTriageQuery, TriageSuggestionDto>
{
    public async Task<TriageSuggestionDto> Handle(SuggestTriageQuery request, CancellationToken cancellationToken)
    {
        var (helpRequest, _) = await store.LoadForReadAsync(request.Id, cancellationToken);
        var (route, reason) = (await NetworkTriageRules.LoadAsync(db, cancellationToken)).Suggest(helpRequest.CategoryCode, helpRequest.Urgency);
        return new TriageSuggestionDto(route, reason);
    }
}
