using FluentValidation;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Persistence;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Volunteers.Commands.RecordVolunteerFeedback;

/// <summary>Notes of a feedback conversation with the volunteer. An addition: no If-Match needed.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record RecordVolunteerFeedbackCommand(Guid VolunteerId, DateOnly On, string Notes) : IRequest<FeedbackConversationDto>;

public sealed class RecordVolunteerFeedbackValidator : AbstractValidator<RecordVolunteerFeedbackCommand>
{
    public RecordVolunteerFeedbackValidator(TimeProvider clock)
    {
        RuleFor(c => c.On).LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
            .WithMessage("A conversation cannot be recorded before it took place.");
        RuleFor(c => c.Notes).NotEmpty().MaximumLength(2000);
    }
}

public sealed class RecordVolunteerFeedbackHandler(IAppDbContext db, VolunteerStore store, ICurrentUser currentUser)
    : IRequestHandler<RecordVolunteerFeedbackCommand, FeedbackConversationDto>
{
    public async Task<FeedbackConversationDto> Handle(RecordVolunteerFeedbackCommand request, CancellationToken cancellationToken)
    {
        var volunteer = await store.LoadAsync(request.VolunteerId, cancellationToken);
        var conversation = volunteer.RecordFeedback(request.On, request.Notes, currentUser.Id!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return new FeedbackConversationDto(conversation.Id, conversation.On, conversation.Notes);
    }
}
