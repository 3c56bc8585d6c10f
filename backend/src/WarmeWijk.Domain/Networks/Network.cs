using WarmeWijk.Domain.Common;
using WarmeWijk.Domain.Matching;

namespace WarmeWijk.Domain.Networks;

/// <summary>The tenant: one zorgzame buurt-werking with its own staff, partners and neighbourhoods.</summary>
public sealed class Network : Entity
{
    private Network()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Network(string name, string slug, DateTimeOffset createdAt)
    {
        Name = name;
        Slug = slug;
        CreatedAt = createdAt;
    }

    public string Name { get; private set; }

    /// <summary>Short, URL-safe, unique name used in demo logins and links.</summary>
    public string Slug { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The network's own weights of the matching scores; null keeps the defaults.</summary>
    public MatchingWeights? CustomMatchingWeights { get; private set; }

    public MatchingWeights MatchingWeights => CustomMatchingWeights ?? MatchingWeights.Default;

    public void SetMatchingWeights(MatchingWeights? weights) => CustomMatchingWeights = weights;
}
