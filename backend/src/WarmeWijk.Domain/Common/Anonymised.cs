namespace WarmeWijk.Domain.Common;

/// <summary>What erasure writes where personal data stood: text that says it was removed, not that nothing was there.</summary>
public static class Anonymised
{
    /// <summary>The placeholder for names and free text (Dutch, as the network reads it).</summary>
    public const string Text = "geanonimiseerd";

    /// <summary>The placeholder for a house number, which is at most ten characters long.</summary>
    public const string HouseNumber = "-";

    /// <summary>Replaces a text that may identify someone; a missing text stays missing.</summary>
    public static string? Replace(string? text) => text is null ? null : Text;
}
