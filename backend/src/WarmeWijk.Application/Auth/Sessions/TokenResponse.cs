namespace WarmeWijk.Application.Auth.Sessions;

/// <summary>What a staff user receives on sign-in and on every refresh.</summary>
public sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt);
