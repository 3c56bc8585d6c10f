using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace WarmeWijk.Application.Common.Messaging;

/// <summary>Resolves the handler and behaviours of a request from the container and runs the pipeline.</summary>
public sealed class Mediator(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<(Type Request, Type Response), RequestDispatcher> Dispatchers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var dispatcher = Dispatchers.GetOrAdd(
            (request.GetType(), typeof(TResponse)),
            key => (RequestDispatcher)Activator.CreateInstance(
                typeof(RequestDispatcher<,>).MakeGenericType(key.Request, key.Response))!);
        return ((RequestDispatcher<TResponse>)dispatcher).Dispatch(request, services, cancellationToken);
    }

    private abstract class RequestDispatcher;

    private abstract class RequestDispatcher<TResponse> : RequestDispatcher
    {
        public abstract Task<TResponse> Dispatch(object request, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class RequestDispatcher<TRequest, TResponse> : RequestDispatcher<TResponse>
        where TRequest : IRequest<TResponse>
    {
        public override Task<TResponse> Dispatch(object request, IServiceProvider services, CancellationToken cancellationToken)
        {
            var typed = (TRequest)request;
            var handler = services.GetRequiredService<IRequestHandler<TRequest, TResponse>>();
            RequestHandlerDelegate<TResponse> pipeline = () => handler.Handle(typed, cancellationToken);

            // Registration order is outermost first, so wrap from the innermost behaviour outwards.
            foreach (var behaviour in services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Reverse())
            {
                var next = pipeline;
                pipeline = () => behaviour.Handle(typed, next, cancellationToken);
            }

            return pipeline();
        }
    }
}
