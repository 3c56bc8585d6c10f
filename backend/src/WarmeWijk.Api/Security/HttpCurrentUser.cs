using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using WarmeWijk.Application.Common.Security;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Identity;

namespace WarmeWijk.Api.Security;

/// <summary>The caller as the validated access token describes them.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => GuidClaim(JwtRegisteredClaimNames.Sub);

    public Guid? NetworkId => GuidClaim(WarmeWijkClaims.NetworkId);

    public Role? Role => Enum.TryParse<Role>(Claim(WarmeWijkClaims.Role), out var role) ? role : null;

    public Guid? PartnerOrganisationId => GuidClaim(WarmeWijkClaims.PartnerOrganisationId);

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirstValue(type) : null;

    private Guid? GuidClaim(string type) => Guid.TryParse(Claim(type), out var value) ? value : null;
}
