using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace WarmeWijk.Api.Tests.Support;

public static class PartnerClients
{
    /// <summary>The sociale kaart actor a partner client signs in for, read from its access token.</summary>
    public static Guid OrganisationId(this HttpClient partner)
    {
        var token = partner.DefaultRequestHeaders.Authorization?.Parameter ?? throw new InvalidOperationException("Not a signed-in client.");
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[1]));
        return Guid.Parse(payload.RootElement.GetProperty("partner_organisation_id").GetString()!);
    }
}
