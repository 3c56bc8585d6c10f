namespace WarmeWijk.Application.Common.Messaging;

/// <summary>A command or query whose handler returns <typeparamref name="TResponse"/>.</summary>
public interface IRequest<out TResponse>;

public interface IRequestHandler<in TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken);
}

public delegate Task<TResponse> RequestHandlerDelegate<TResponse>();

/// <summary>Wraps every handler call; behaviours run in registration order, outermost first.</summary>
public interface IPipelineBehavior<in TRequest, TResponse>
    where TRequest : notnull
{
    Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken);
}

public interface ISender
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
}

/// <summary>A request that changes nothing and returns nothing useful.</summary>
public readonly record struct Unit
{
    public static readonly Unit Value;
}
