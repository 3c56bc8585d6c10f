using System.Net;
using System.Net.Http.Json;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Auth;

public sealed class RefreshSessionTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [Test]
    public async Task Should_rotate_the_refresh_token_and_give_a_working_access_token()
    {
        var first = await Api.SignInAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var client = Api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        var second = await response.Content.ReadFromJsonAsync<TokenResponse>();
        using var authorised = Api.WithBearer(second!.AccessToken);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.RefreshToken, Is.Not.EqualTo(first.RefreshToken));
            Assert.That((await authorised.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Should_end_the_whole_session_when_a_rotated_refresh_token_is_used_again()
    {
        var first = await Api.SignInAsync(ApiFactory.NetworkA, Role.FieldWorker);
        using var client = Api.CreateClient();
        var second = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken }))
            .Content.ReadFromJsonAsync<TokenResponse>();

        var replay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        var problem = await replay.ShouldBeProblem(HttpStatusCode.Unauthorized);
        var afterReplay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = second!.RefreshToken });

        Assert.Multiple(async () =>
        {
            Assert.That(problem.Detail(), Does.Contain("already used"));
            await afterReplay.ShouldBeProblem(HttpStatusCode.Unauthorized);
        });
    }

    [Test]
    public async Task Should_let_only_one_of_two_concurrent_refreshes_with_the_same_token_succeed()
    {
        var tokens = await Api.SignInAsync(ApiFactory.NetworkA, Role.Analyst);
        using var a = Api.CreateClient();
        using var b = Api.CreateClient();

        var responses = await Task.WhenAll(
            a.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }),
            b.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1),
            string.Join(", ", responses.Select(r => r.StatusCode)));
    }

    [Test]
    public async Task Should_refuse_an_unknown_refresh_token()
    {
        using var client = Api.CreateClient();

        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "made-up" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized);

        Assert.That(problem.Detail(), Does.Contain("not valid"));
    }

    [Test]
    public async Task Should_stop_refreshing_after_sign_out()
    {
        var tokens = await Api.SignInAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var client = Api.CreateClient();

        var signOut = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = tokens.RefreshToken });
        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });

        Assert.Multiple(async () =>
        {
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await refresh.ShouldBeProblem(HttpStatusCode.Unauthorized);
        });
    }

    [Test]
    public async Task Should_keep_refreshing_a_session_while_someone_else_guesses_the_password()
    {
        var tokens = await Api.SignInAsync("herentals", Role.Analyst);
        using var client = Api.CreateClient();
        var email = ApiFactory.EmailOf("herentals", Role.Analyst);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"wrong-{attempt}" });
        }

        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });

        Assert.That(refresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), "failed sign-ins by others must not end the owner's session");
    }
}
