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

    /// <summary>When the task was stopped without being done: the resident no longer wants to be contacted.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsOpen => DoneAt is null && CancelledAt is null;

    internal void Cancel(DateTimeOffset at) => CancelledAt ??= at;

    internal void Anonymise() => Description = Common.Anonymised.Text;

    /// <summary>Marks it done; a recurring task comes back with its next due date.</summary>
    internal FollowUpTask? Complete(DateTimeOffset at)
    {
        if (DoneAt is not null)
        {
            throw new DomainRuleException("This follow-up task is already done.");
        }

        if (CancelledAt is not null)
        {
            throw new DomainRuleException("This follow-up task was stopped: the resident withdrew consent for follow-up contact.");
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
