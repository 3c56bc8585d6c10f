using System.Net;
using System.Net.Http.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Auth.Commands.IssueClientToken;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Auth;

public sealed class ClientCredentialsTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_issue_a_token_without_refresh_token_to_a_partner_client()
    {
        using var client = Api.CreateClient();

        var response = await client.PostAsync("/api/v1/auth/token", Form("client_credentials", "kiel-partner", "demo-partner-secret-kiel"));
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body!.Keys, Is.EquivalentTo(new[] { "accessToken", "tokenType", "expiresIn" }));
        });
    }

    [Test]
    public async Task Should_refuse_a_wrong_secret()
    {
        using var client = Api.CreateClient();

        var problem = await (await client.PostAsync("/api/v1/auth/token", Form("client_credentials", "kiel-partner", "demo-partner-secret-lier")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.That(problem.Detail(), Is.EqualTo(IssueClientTokenHandler.Refused));
    }

    [Test]
    public async Task Should_refuse_other_grant_types_and_name_the_field()
    {
        using var client = Api.CreateClient();

        var problem = await (await client.PostAsync("/api/v1/auth/token", Form("password", "kiel-partner", "demo-partner-secret-kiel")))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("grant_type"), Has.Some.Contains("client_credentials"));
    }

    [Test]
    public async Task Should_keep_partners_out_of_staff_endpoints()
    {
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);

        await (await partner.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await partner.GetAsync("/api/v1/neighbourhoods")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    private static FormUrlEncodedContent Form(string grantType, string clientId, string secret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = grantType,
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });
}
