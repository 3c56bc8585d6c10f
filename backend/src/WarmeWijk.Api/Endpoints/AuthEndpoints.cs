using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WarmeWijk.Application.Auth.Commands.IssueClientToken;
using WarmeWijk.Application.Auth.Commands.RefreshSession;
using WarmeWijk.Application.Auth.Commands.SignIn;
using WarmeWijk.Application.Auth.Commands.SignOut;
using WarmeWijk.Application.Auth.Sessions;
using WarmeWijk.Application.Common.Messaging;

namespace WarmeWijk.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication").AllowAnonymous();

        auth.MapPost("/login", async Task<Ok<TokenResponse>> (SignInCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("SignIn")
            .WithSummary("Sign in as a staff user: a short-lived access token and a rotating refresh token. A wrong password, an unknown e-mail and too many failed attempts all get the same 401.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/refresh", async Task<Ok<TokenResponse>> (RefreshSessionCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .WithName("RefreshSession")
            .WithSummary("Trade a refresh token for new tokens. The presented refresh token stops working.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        auth.MapPost("/logout", async Task<NoContent> (SignOutCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithSummary("End the session the refresh token belongs to.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        auth.MapPost("/token", async Task<Ok<ClientTokenResponse>> (
                    [FromForm(Name = "grant_type")] string? grantType,
                    [FromForm(Name = "client_id")] string? clientId,
                    [FromForm(Name = "client_secret")] string? clientSecret,
                    ISender sender,
                    CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new IssueClientTokenCommand(grantType!, clientId!, clientSecret!), ct)))
            .DisableAntiforgery()
            .WithName("IssueClientToken")
            .WithSummary("OAuth 2.0 client-credentials grant for partner software (form-encoded). A wrong secret, an unknown client and too many failed attempts all get the same 401.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
