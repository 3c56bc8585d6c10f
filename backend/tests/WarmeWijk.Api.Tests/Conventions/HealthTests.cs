using System.Net;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Conventions;

public sealed class HealthTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Should_answer_healthy_without_a_token(string path)
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        });
    }
}
