using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Common.Security;

/// <summary>The request may be sent only by a signed-in caller with one of these roles.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresRoleAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;
}

/// <summary>The request may be sent by anyone, signed in or not (sign-in itself, for example).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicRequestAttribute : Attribute;
