using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.HelpRequests;

/// <summary>Something to do for a request by a date, e.g. "weekly phone contact".</summary>
public sealed class FollowUpTask
{
    private FollowUpTask()
    {
        Description = string.Empty;
    }

    internal FollowUpTask(string description, DateOnly dueOn, Guid assignedTo, Recurrence recurrence)
    {
        Id = Guid.CreateVersion7();
        Description = Guard.Required(description, "Description", 300);
        DueOn = dueOn;
        AssignedTo = assignedTo;
        Recurrence = recurrence;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Guid AssignedTo { get; private set; }

    public Recurrence Recurrence { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    /// <summary>Marks it done; a recurring task comes back with its next due date.</summary>
    internal FollowUpTask? Complete(DateTimeOffset at)
    {
        if (DoneAt is not null)
        {
            throw new DomainRuleException("This follow-up task is already done.");
        }

        DoneAt = at;
        return Recurrence switch
        {
            Recurrence.OneOff => null,
            Recurrence.Weekly => new FollowUpTask(Description, DueOn.AddDays(7), AssignedTo, Recurrence),
            Recurrence.EveryTwoWeeks => new FollowUpTask(Description, DueOn.AddDays(14), AssignedTo, Recurrence),
            Recurrence.Monthly => new FollowUpTask(Description, DueOn.AddMonths(1), AssignedTo, Recurrence),
            _ => throw new ArgumentOutOfRangeException(nameof(at)),
        };
    }
}
