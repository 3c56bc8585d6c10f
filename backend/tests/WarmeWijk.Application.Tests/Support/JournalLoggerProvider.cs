using Microsoft.Extensions.Logging;

namespace WarmeWijk.Application.Tests.Support;

/// <summary>Writes every log entry to the journal as "Level: message".</summary>
public sealed class JournalLoggerProvider(Journal journal) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new JournalLogger(journal);

    public void Dispose()
    {
    }

    private sealed class JournalLogger(Journal journal) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            journal.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
