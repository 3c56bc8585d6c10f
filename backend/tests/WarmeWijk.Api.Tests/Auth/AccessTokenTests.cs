using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Auth;

public sealed class AccessTokenTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_ask_for_a_token_when_there_is_none()
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync("/api/v1/neighbourhoods");
        var problem = await response.ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.Multiple(() =>
        {
            Assert.That(problem.Detail(), Does.Contain("needs a bearer access token"));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
        });
    }

    [Test]
    public async Task Should_say_an_expired_token_has_expired()
    {
        var expired = Token(SigningKey(ApiFactory.SigningKey), notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        using var client = Api.WithBearer(expired);

        var problem = await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.That(problem.Detail(), Does.Contain("expired"));
    }

    [Test]
    public async Task Should_refuse_a_token_signed_with_another_key()
    {
        var forged = Token(SigningKey("another-key-that-is-long-enough-0123456789-abcdef"), DateTime.UtcNow, DateTime.UtcNow.AddMinutes(5));
        using var client = Api.WithBearer(forged);

        var problem = await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.That(problem.Detail(), Is.EqualTo("The access token is not valid."));
    }

    [Test]
    public async Task Should_refuse_a_token_whose_claims_were_changed()
    {
        var tokens = await Api.SignInAsync(ApiFactory.NetworkA, Role.Analyst);
        var parts = tokens.AccessToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("Analyst", "Admin", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
        using var client = Api.WithBearer(tampered);

        await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Should_refuse_garbage_in_the_authorization_header()
    {
        using var client = Api.WithBearer("not-a-jwt");

        await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    private static SymmetricSecurityKey SigningKey(string key) => new(Encoding.UTF8.GetBytes(key));

    private static string Token(SymmetricSecurityKey key, DateTime notBefore, DateTime expires) =>
        new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: "warmewijk",
            audience: "warmewijk-api",
            claims: [new Claim("sub", Guid.NewGuid().ToString()), new Claim("network_id", Guid.NewGuid().ToString()), new Claim("role", "Admin")],
            notBefore: notBefore,
            expires: expires,
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256)));
}
