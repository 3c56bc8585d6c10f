using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Tests.Support;

/// <summary>Repeats a word; for coordinators and admins only. Two validators check it.</summary>
[RequiresRole(Role.Admin, Role.Coordinator)]
public sealed record RepeatQuery(string Word, int Times) : IRequest<string>;

public sealed class RepeatHandler(Journal journal) : IRequestHandler<RepeatQuery, string>
{
    public Task<string> Handle(RepeatQuery request, CancellationToken cancellationToken)
    {
        journal.Add($"{nameof(RepeatHandler)} handled {nameof(RepeatQuery)}");
        return Task.FromResult(string.Concat(Enumerable.Repeat(request.Word, request.Times)));
    }
}

public sealed class RepeatRangeValidator : JournalingValidator<RepeatQuery>
{
    public RepeatRangeValidator(Journal journal)
        : base(journal)
    {
        RuleFor(q => q.Word).NotEmpty();
        RuleFor(q => q.Times).InclusiveBetween(1, 3);
    }
}

public sealed class RepeatWordValidator : JournalingValidator<RepeatQuery>
{
    public RepeatWordValidator(Journal journal)
        : base(journal) =>
        RuleFor(q => q.Word).Must(word => !word.Contains(' ', StringComparison.Ordinal)).WithMessage("One word, no spaces.");
}

/// <summary>Adds two numbers; anyone may ask.</summary>
[PublicRequest]
public sealed record AddQuery(int Left, int Right) : IRequest<int>;

public sealed class AddHandler : IRequestHandler<AddQuery, int>
{
    public Task<int> Handle(AddQuery request, CancellationToken cancellationToken) => Task.FromResult(request.Left + request.Right);
}

/// <summary>Waits in its validator and in its handler, to trip the slow-request warning.</summary>
[PublicRequest]
public sealed record WaitCommand(TimeSpan InValidation, TimeSpan InHandler) : IRequest<Unit>;

public sealed class WaitValidator : AbstractValidator<WaitCommand>
{
    public WaitValidator() => RuleFor(c => c.InValidation).MustAsync(async (delay, cancellationToken) =>
    {
        await Task.Delay(delay, cancellationToken);
        return true;
    });
}

public sealed class WaitHandler : IRequestHandler<WaitCommand, Unit>
{
    public async Task<Unit> Handle(WaitCommand request, CancellationToken cancellationToken)
    {
        await Task.Delay(request.InHandler, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Declares no access attribute, so the pipeline must refuse it.</summary>
public sealed record UndeclaredCommand : IRequest<Unit>;

public sealed class UndeclaredHandler(Journal journal) : IRequestHandler<UndeclaredCommand, Unit>
{
    public Task<Unit> Handle(UndeclaredCommand request, CancellationToken cancellationToken)
    {
        journal.Add($"{nameof(UndeclaredHandler)} handled {nameof(UndeclaredCommand)}");
        return Task.FromResult(Unit.Value);
    }
}

/// <summary>Notes in the journal that it ran, before checking its rules.</summary>
public abstract class JournalingValidator<T>(Journal journal) : AbstractValidator<T>
{
    protected override bool PreValidate(ValidationContext<T> context, FluentValidation.Results.ValidationResult result)
    {
        journal.Add($"{GetType().Name} validated {typeof(T).Name}");
        return true;
    }
}

public static class TestRequestRegistration
{
    /// <summary>AddApplication scans only the Application assembly, so the test requests are registered here.</summary>
    public static IServiceCollection AddTestRequests(this IServiceCollection services) => services
        .AddScoped<IRequestHandler<RepeatQuery, string>, RepeatHandler>()
        .AddScoped<IValidator<RepeatQuery>, RepeatRangeValidator>()
        .AddScoped<IValidator<RepeatQuery>, RepeatWordValidator>()
        .AddScoped<IRequestHandler<AddQuery, int>, AddHandler>()
        .AddScoped<IRequestHandler<WaitCommand, Unit>, WaitHandler>()
        .AddScoped<IValidator<WaitCommand>, WaitValidator>()
        .AddScoped<IRequestHandler<UndeclaredCommand, Unit>, UndeclaredHandler>();
}
