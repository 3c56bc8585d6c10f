namespace WarmeWijk.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string name, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException($"{name} is required.");
        }

        return trimmed.Length <= maxLength ? trimmed : throw new DomainRuleException($"{name} is longer than {maxLength} characters.");
    }

    public static string? Optional(string? value, string name, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Required(trimmed, name, maxLength);
    }
}
