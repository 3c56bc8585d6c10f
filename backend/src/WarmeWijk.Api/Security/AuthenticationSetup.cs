using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using WarmeWijk.Api.ErrorHandling;
using WarmeWijk.Infrastructure.Identity;

namespace WarmeWijk.Api.Security;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddWarmeWijkAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwtOptions) =>
            {
                var jwt = jwtOptions.Value;
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    // The active key and the previous ones still configured: tokens survive a key rotation.
                    IssuerSigningKeys = jwt.CreateValidationKeys(),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = WarmeWijkClaims.Role,
                };
                bearer.Events = new JwtBearerEvents { OnChallenge = WriteChallengeAsProblem };
            });
        services.AddAuthorization();
        return services;
    }

    private static async Task WriteChallengeAsProblem(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            SecurityTokenExpiredException => "The access token has expired. Refresh it or sign in again.",
            not null => "The access token is not valid.",
            null when context.Request.Headers.Authorization.Count == 0 => "This endpoint needs a bearer access token.",
            _ => "The access token is not valid.",
        };
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }
}
