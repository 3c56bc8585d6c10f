using System.ComponentModel.DataAnnotations;
using WarmeWijk.Infrastructure.Identity;

namespace WarmeWijk.Infrastructure.Tests.Identity;

public sealed class JwtOptionsTests
{
    private const string KeyA = "key-a-0123456789-abcdefghijklmnopqrstuvwxyz";
    private const string KeyB = "key-b-0123456789-abcdefghijklmnopqrstuvwxyz";
    private const string KeyC = "key-c-0123456789-abcdefghijklmnopqrstuvwxyz";

    [Test]
    public void Should_sign_with_the_single_key_under_its_old_id_when_no_list_is_configured()
    {
        var options = new JwtOptions { SigningKey = KeyA };

        Assert.Multiple(() =>
        {
            Assert.That(options.CreateSigningKey().KeyId, Is.EqualTo(JwtOptions.LegacyKeyId));
            Assert.That(options.CreateValidationKeys().Select(k => k.KeyId), Is.EqualTo(new[] { JwtOptions.LegacyKeyId }));
            Assert.That(Errors(options), Is.Empty);
        });
    }

    [Test]
    public void Should_sign_with_the_first_key_and_validate_with_all_including_the_single_key()
    {
        var options = new JwtOptions { SigningKey = KeyA, SigningKeys = [Key("k3", KeyC), Key("k2", KeyB)] };

        Assert.Multiple(() =>
        {
            Assert.That(options.CreateSigningKey().KeyId, Is.EqualTo("k3"));
            Assert.That(options.CreateValidationKeys().Select(k => k.KeyId), Is.EqualTo(new[] { "k3", "k2", JwtOptions.LegacyKeyId }));
            Assert.That(Errors(options), Is.Empty);
        });
    }

    [Test]
    public void Should_sign_with_the_key_marked_active()
    {
        var options = new JwtOptions { SigningKeys = [Key("k2", KeyB), Key("k3", KeyC, active: true)] };

        Assert.That(options.CreateSigningKey().KeyId, Is.EqualTo("k3"));
    }

    [Test]
    public void Should_not_add_the_single_key_twice_when_the_list_names_its_id()
    {
        var options = new JwtOptions { SigningKey = KeyA, SigningKeys = [Key("k2", KeyB), Key(JwtOptions.LegacyKeyId, KeyA)] };

        Assert.That(options.CreateValidationKeys().Select(k => k.KeyId), Is.EqualTo(new[] { "k2", JwtOptions.LegacyKeyId }));
    }

    [Test]
    public void Should_refuse_no_key_short_keys_missing_and_duplicate_ids_and_two_active_keys()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Errors(new JwtOptions()), Has.One.Contains("cannot sign access tokens without a key"));
            Assert.That(Errors(new JwtOptions { SigningKey = "short" }), Has.One.Contains("SigningKey must be at least 32 bytes"));
            Assert.That(Errors(new JwtOptions { SigningKeys = [Key("k2", "short")] }), Has.One.Contains("SigningKeys:0:Key must be at least 32 bytes"));
            Assert.That(Errors(new JwtOptions { SigningKeys = [Key(" ", KeyB)] }), Has.One.Contains("SigningKeys:0:Id is missing"));
            Assert.That(Errors(new JwtOptions { SigningKeys = [Key("k2", KeyB), Key("k2", KeyC)] }), Has.One.Contains("'k2' more than once"));
            Assert.That(Errors(new JwtOptions { SigningKeys = [Key("k2", KeyB, true), Key("k3", KeyC, true)] }), Has.One.Contains("more than one key Active"));
        });
    }

    private static JwtSigningKey Key(string id, string key, bool active = false) => new() { Id = id, Key = key, Active = active };

    private static List<string> Errors(JwtOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage!).ToList();
    }
}
