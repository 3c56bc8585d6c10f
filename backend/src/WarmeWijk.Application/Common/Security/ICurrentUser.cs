using WarmeWijk.Domain.Identity;

namespace WarmeWijk.Application.Common.Security;

/// <summary>Who is calling: a staff user, a partner client, or nobody (anonymous).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The staff user's id, or the partner client's id.</summary>
    Guid? Id { get; }

    Guid? NetworkId { get; }

    Role? Role { get; }

    /// <summary>Set for partner clients only.</summary>
    Guid? PartnerOrganisationId { get; }
}
