using System.Reflection;
using WarmeWijk.Application.Auth.Commands.SignIn;
using WarmeWijk.Application.Common.Messaging;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Application.Neighbourhoods.Queries.ListNeighbourhoods;

namespace WarmeWijk.Architecture.Tests;

public sealed class RequestConventionTests
{
    private static readonly Type[] ApplicationTypes = typeof(Application.DependencyInjection).Assembly.GetTypes();

    private static readonly Type[] RequestTypes =
        [.. ApplicationTypes.Where(t => !t.IsAbstract && ClosedInterfaces(t, typeof(IRequest<>)).Any())];

    private static readonly Type[] HandlerTypes =
        [.. ApplicationTypes.Where(t => !t.IsAbstract && ClosedInterfaces(t, typeof(IRequestHandler<,>)).Any())];

    [Test]
    public void Should_find_the_request_types_of_the_application()
    {
        Assert.That(RequestTypes, Is.SupersetOf(new[] { typeof(SignInCommand), typeof(ListNeighbourhoodsQuery) }));
    }

    [Test]
    public void Should_declare_exactly_one_access_attribute_on_every_request()
    {
        var offenders = RequestTypes.Where(t =>
            t.IsDefined(typeof(RequiresRoleAttribute), inherit: false) == t.IsDefined(typeof(PublicRequestAttribute), inherit: false));

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Should_list_at_least_one_role_in_every_role_requirement()
    {
        var offenders = RequestTypes.Where(t => t.GetCustomAttribute<RequiresRoleAttribute>() is { Roles.Count: 0 });

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Should_have_exactly_one_handler_for_every_request()
    {
        var offenders = RequestTypes.Where(request =>
            HandlerTypes.Count(handler => ClosedInterfaces(handler, typeof(IRequestHandler<,>))
                .Any(i => i.GenericTypeArguments[0] == request)) != 1);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Should_make_every_request_a_sealed_record()
    {
        var offenders = RequestTypes.Where(t => !t.IsSealed || t.GetMethod("<Clone>$") is null);

        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void Should_seal_every_handler()
    {
        Assert.That(HandlerTypes.Where(t => !t.IsSealed), Is.Empty);
    }

    private static IEnumerable<Type> ClosedInterfaces(Type type, Type openInterface) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface);
}
