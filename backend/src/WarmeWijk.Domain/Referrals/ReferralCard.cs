using System.Security.Cryptography;
using WarmeWijk.Domain.Common;

namespace WarmeWijk.Domain.Referrals;

/// <summary>
/// A printable card a professional (GP, nurse, social worker) hands to a resident; its short code links
/// the intake it starts to the professional who referred.
/// </summary>
public sealed class ReferralCard : TenantOwnedEntity
{
    // No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private ReferralCard()
    {
        Code = string.Empty;
        IssuedTo = string.Empty;
    }

    public ReferralCard(string issuedTo, Guid? partnerOrganisationId, DateTimeOffset issuedAt)
    {
        Code = NewCode();
        IssuedTo = Guard.Required(issuedTo, "Issued to", 200);
        PartnerOrganisationId = partnerOrganisationId;
        IssuedAt = issuedAt;
    }

    /// <summary>Eight characters, shown as XXXX-XXXX.</summary>
    public string Code { get; private set; }

    public string IssuedTo { get; private set; }

    public Guid? PartnerOrganisationId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public Guid? UsedByHelpRequestId { get; private set; }

    public void Use(Guid helpRequestId)
    {
        if (UsedByHelpRequestId is not null)
        {
            throw new DomainRuleException($"Referral card {Code} already started an intake.");
        }

        UsedByHelpRequestId = helpRequestId;
    }

    public static string Normalise(string code) => code.Replace("-", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static string NewCode() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });
}
