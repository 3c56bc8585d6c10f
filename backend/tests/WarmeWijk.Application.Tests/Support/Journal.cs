namespace WarmeWijk.Application.Tests.Support;

/// <summary>What happened during a test, in order: log entries, validator runs and handler calls.</summary>
public sealed class Journal
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public void Add(string entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }
}
