using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Auth;

/// <summary>
/// The API in the middle of a key rotation: a new key in <c>Auth:Jwt:SigningKeys</c> signs, the single
/// <c>Auth:Jwt:SigningKey</c> of before (id warmewijk-1) still validates, a key that was removed no longer does.
/// </summary>
public sealed class SigningKeyRotationTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string NewKeyId = "warmewijk-2";
    private const string NewKey = "rotated-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";
    private const string RemovedKey = "removed-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:Jwt:SigningKeys:0:Id"] = NewKeyId,
        ["Auth:Jwt:SigningKeys:0:Key"] = NewKey,
    };

    [Test]
    public async Task Should_sign_new_tokens_with_the_new_key_and_name_it_in_the_header()
    {
        var token = (await Api.SignInAsync(ApiFactory.NetworkA, Role.Analyst)).AccessToken;
        using var client = Api.WithBearer(token);

        var response = await client.GetAsync("/api/v1/me");

        Assert.Multiple(() =>
        {
            Assert.That(new JwtSecurityToken(token).Header.Kid, Is.EqualTo(NewKeyId));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Should_still_accept_a_token_signed_with_the_previous_key()
    {
        var issuedBefore = await ResignedAsync(ApiFactory.SigningKey, "warmewijk-1");
        using var client = Api.WithBearer(issuedBefore);

        var response = await client.GetAsync("/api/v1/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [TestCase("warmewijk-0")]
    [TestCase(NewKeyId)]
    public async Task Should_refuse_a_token_signed_with_a_removed_key(string keyId)
    {
        var fromRemovedKey = await ResignedAsync(RemovedKey, keyId);
        using var client = Api.WithBearer(fromRemovedKey);

        var problem = await (await client.GetAsync("/api/v1/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.That(problem.Detail(), Is.EqualTo("The access token is not valid."));
    }

    /// <summary>The claims of a token the API just issued, signed again with <paramref name="key"/> under <paramref name="keyId"/>.</summary>
    private async Task<string> ResignedAsync(string key, string keyId)
    {
        var issued = new JwtSecurityToken((await Api.SignInAsync(ApiFactory.NetworkA, Role.Analyst)).AccessToken);
        var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) { KeyId = keyId };
        return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: issued.Issuer,
            audience: issued.Audiences.Single(),
            claims: issued.Claims.Where(c => c.Type is not ("aud" or "iss" or "exp" or "nbf" or "iat")),
            notBefore: issued.ValidFrom,
            expires: issued.ValidTo,
            signingCredentials: new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256)));
    }
}
