using System.Net;
using System.Net.Http.Json;
using System.Text;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Auth.Commands.SignIn;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;
using WarmeWijk.Infrastructure.Seeding;

namespace WarmeWijk.Api.Tests.Auth;

public sealed class SignInTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [TestCase(Role.Coordinator)]
    [TestCase(Role.FieldWorker)]
    [TestCase(Role.Analyst)]
    [TestCase(Role.Admin)]
    public async Task Should_sign_in_every_demo_role_and_show_who_and_where_they_are(Role role)
    {
        using var client = await Api.ClientForAsync(ApiFactory.NetworkA, role);

        var me = await client.GetFromJsonAsync<MeBody>("/api/v1/me");

        Assert.Multiple(() =>
        {
            Assert.That(me!.Role, Is.EqualTo(role.ToString()));
            Assert.That(me.Email, Is.EqualTo(ApiFactory.EmailOf(ApiFactory.NetworkA, role)));
            Assert.That(me.Network.Name, Is.EqualTo("Warme Wijk Kiel"));
        });
    }

    [Test]
    public async Task Should_issue_a_short_lived_bearer_token_and_a_refresh_token()
    {
        var tokens = await Api.SignInAsync(ApiFactory.NetworkA, Role.Coordinator);

        Assert.Multiple(() =>
        {
            Assert.That(tokens.TokenType, Is.EqualTo("Bearer"));
            Assert.That(tokens.ExpiresIn, Is.InRange(60, 3600));
            Assert.That(tokens.AccessToken.Split('.'), Has.Length.EqualTo(3));
            Assert.That(tokens.RefreshToken, Has.Length.GreaterThanOrEqualTo(40));
            Assert.That(tokens.RefreshTokenExpiresAt, Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(1)));
        });
    }

    [Test]
    public async Task Should_accept_the_email_in_any_case_and_with_spaces()
    {
        using var client = Api.CreateClient();
        var email = $"  {ApiFactory.EmailOf(ApiFactory.NetworkA, Role.Analyst).ToUpperInvariant()} ";

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoNetworks.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_refuse_a_wrong_password_and_an_unknown_email_with_the_same_message()
    {
        using var client = Api.CreateClient();

        var wrongPassword = await (await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = ApiFactory.EmailOf(ApiFactory.NetworkB, Role.Analyst), password = "not-the-password" })).ShouldBeProblem(HttpStatusCode.Unauthorized);
        var unknownEmail = await (await client.PostAsJsonAsync("/api/v1/auth/login",
            new { email = "nobody@example.be", password = "whatever" })).ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.Multiple(() =>
        {
            Assert.That(wrongPassword.Detail(), Is.EqualTo(SignInHandler.Refused));
            Assert.That(unknownEmail.Detail(), Is.EqualTo(wrongPassword.Detail()));
        });
    }

    [Test]
    public async Task Should_refuse_even_the_right_password_from_an_address_after_five_failures_with_the_usual_answer()
    {
        using var client = Api.CreateClient();
        var email = ApiFactory.EmailOf("lier", Role.FieldWorker);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"wrong-{attempt}" }))
                .ShouldBeProblem(HttpStatusCode.Unauthorized);
        }

        var withRightPassword = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoNetworks.Password });

        Assert.Multiple(async () =>
        {
            Assert.That((await withRightPassword.ShouldBeProblem(HttpStatusCode.Unauthorized)).Detail(), Is.EqualTo(SignInHandler.Refused));
            Assert.That(withRightPassword.Headers.RetryAfter, Is.Null, "a Retry-After would tell a throttled account from a wrong password");
        });
    }

    [Test]
    public async Task Should_never_lock_an_email_that_has_no_account()
    {
        using var client = Api.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            answers.Add((await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@kiel.demo.warmewijk.be", password = $"wrong-{attempt}" })).StatusCode);
        }

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Should_list_every_missing_field()
    {
        using var client = Api.CreateClient();

        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(problem.FieldErrors("email"), Is.Not.Empty);
            Assert.That(problem.FieldErrors("password"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Should_name_the_field_that_is_not_an_email_address()
    {
        using var client = Api.CreateClient();

        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "not-an-email", password = "x" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("email"), Has.Some.Contains("valid email"));
    }

    [TestCase("{\"email\":", "not valid JSON")]
    [TestCase("not json at all", "not valid JSON")]
    [TestCase("{\"email\":5,\"password\":\"x\"}", "'email'")]
    [TestCase("{\"email\":\"a@b.be\",\"password\":\"x\",\"networkId\":\"7\"}", "'networkId' is not known")]
    public async Task Should_explain_what_is_wrong_with_a_malformed_body(string body, string expected)
    {
        using var client = Api.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var problem = await (await client.PostAsync("/api/v1/auth/login", content)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.Detail(), Does.Contain(expected));
    }

    [Test]
    public async Task Should_refuse_a_body_that_is_not_json_with_415()
    {
        using var client = Api.CreateClient();
        using var content = new StringContent("email=a@b.be", Encoding.UTF8, "text/plain");

        var problem = await (await client.PostAsync("/api/v1/auth/login", content)).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);

        Assert.That(problem.Detail(), Does.Contain("application/json"));
    }

    private sealed record MeBody(string Email, string Role, NetworkBody Network);

    private sealed record NetworkBody(string Name);
}
