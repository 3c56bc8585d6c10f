using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeWijk.Api.Tests.Intake;
using WarmeWijk.Api.Tests.Support;
using WarmeWijk.Domain.Identity;
using WarmeWijk.Infrastructure.Persistence;

namespace WarmeWijk.Api.Tests.Privacy;

/// <summary>
/// A resident's data export (everything, from every table, audited) and erasure (every table searched afterwards, row by
/// row, for what identified the person), with roles, tenancy and bad input.
/// </summary>
public sealed class ResidentPrivacyTests(DatabaseProvider provider) : ApiTestBase(provider)
{
    private const string Reason = "Verzoek van de bewoner van 20 november";

    [Test]
    public async Task Should_export_everything_held_about_the_resident_and_audit_the_export()
    {
        var person = await PersonOnFile.CreateAsync(Api);
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);

        var response = await coordinator.GetAsync($"/api/v1/residents/{person.ResidentId}/data-export");
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        var audit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={person.ResidentId}&limit=100");

        var resident = export.GetProperty("resident");
        var requests = export.GetProperty("helpRequests").EnumerateArray().ToList();
        var completed = requests.Single(r => r.GetProperty("id").GetGuid() == person.Completed);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(resident.GetProperty("person").GetProperty("lastName").GetString(), Is.EqualTo(person.LastName));
            Assert.That(resident.GetProperty("person").GetProperty("address").GetProperty("street").GetString(), Does.StartWith("Kruidtuinlaan"));
            Assert.That(resident.GetProperty("consentHistory").GetArrayLength(), Is.EqualTo(4));
            Assert.That(resident.GetProperty("consentHistory")[0].GetProperty("note").GetString(), Does.StartWith("Mondeling"));
            Assert.That(requests.Select(r => r.GetProperty("id").GetGuid()), Is.EquivalentTo(new[] { person.Completed, person.Referred, person.NoOffer }));
            Assert.That(completed.GetProperty("timeline").GetArrayLength(), Is.GreaterThanOrEqualTo(5));
            Assert.That(completed.GetProperty("followUps")[0].GetProperty("description").GetString(), Does.Contain(person.FirstName));
            Assert.That(export.GetProperty("referrals")[0].GetProperty("feedback").GetString(), Does.Contain(person.FirstName));
            Assert.That(export.GetProperty("referrals")[0].GetProperty("partnerName").GetString(), Is.Not.Empty);
            Assert.That(export.GetProperty("volunteerMatches")[0].GetProperty("residentFeedback").GetString(), Does.StartWith("Dankbaar"));
            Assert.That(export.GetProperty("volunteerHours")[0].GetProperty("note").GetString(), Does.Contain(person.FirstName));
            Assert.That(export.GetProperty("signals")[0].GetProperty("helpRequestId").GetGuid(), Is.EqualTo(person.NoOffer));
            Assert.That(export.GetProperty("webhookMessages").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
            Assert.That(export.GetProperty("storedResponses").GetArrayLength(), Is.EqualTo(1));
            Assert.That(export.GetProperty("auditEntries").GetArrayLength(), Is.GreaterThanOrEqualTo(3));
            Assert.That(export.GetProperty("asVolunteer").GetProperty("id").GetGuid(), Is.EqualTo(person.OwnVolunteerProfile));
            Assert.That(export.GetProperty("asVolunteer").GetProperty("feedback").GetArrayLength(), Is.EqualTo(1));
            Assert.That(audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("purpose").GetString()), Has.Some.Contains("Data export"));
        });
    }

    [Test]
    public async Task Should_leave_no_personal_data_in_any_table_after_erasure()
    {
        var person = await PersonOnFile.CreateAsync(Api);
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        Assert.That(await RowsHoldingAsync(person.Markers), Is.Not.Empty, "the markers are found before erasure, so the search works");

        var erased = await coordinator.PostAsJsonAsync($"/api/v1/residents/{person.ResidentId}/erasure", new { reason = Reason });

        Assert.That(erased.StatusCode, Is.EqualTo(HttpStatusCode.OK), await erased.Content.ReadAsStringAsync());
        var summary = await erased.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(async () =>
        {
            Assert.That(await RowsHoldingAsync(person.Markers), Is.Empty, "no table holds a name, contact data, the street or free text about the person");
            Assert.That(summary.GetProperty("helpRequests").GetInt32(), Is.EqualTo(3));
            Assert.That(summary.GetProperty("volunteerProfile").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Should_keep_what_reports_count_by_and_show_placeholders_after_erasure()
    {
        var person = await PersonOnFile.CreateAsync(Api);
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var before = await RowAsync($"SELECT birth_year, address_sector_code, address_postal_code FROM residents WHERE lower(CAST(id AS TEXT)) = '{person.ResidentId}'");

        (await coordinator.PostAsJsonAsync($"/api/v1/residents/{person.ResidentId}/erasure", new { reason = Reason })).EnsureSuccessStatusCode();
        var after = await RowAsync($"SELECT birth_year, address_sector_code, address_postal_code, first_name, phone, email, address_street, erased_at FROM residents WHERE lower(CAST(id AS TEXT)) = '{person.ResidentId}'");
        var request = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/help-requests/{person.Completed}");
        var resident = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{person.ResidentId}");
        var byName = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/matches?lastName={person.LastName}");
        var byPlaceholder = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/residents/matches?lastName=geanonimiseerd");
        var newRequest = await coordinator.PostAsJsonAsync("/api/v1/help-requests", IntakeClient.HelpRequest(person.ResidentId));
        var audit = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={person.ResidentId}&limit=100");

        Assert.Multiple(async () =>
        {
            Assert.That(after[..3], Is.EqualTo(before), "birth year, sector and postal code stay for reports");
            Assert.That(after[3], Is.EqualTo("geanonimiseerd"));
            Assert.That(after[4..7], Is.EqualTo(new object[] { DBNull.Value, DBNull.Value, "geanonimiseerd" }));
            Assert.That(after[7], Is.Not.EqualTo(DBNull.Value));
            Assert.That(request.GetProperty("description").GetString(), Is.EqualTo("geanonimiseerd"));
            Assert.That(request.GetProperty("resident").GetProperty("lastName").GetString(), Is.EqualTo("geanonimiseerd"));
            Assert.That(request.GetProperty("status").GetString(), Is.EqualTo("Completed"));
            Assert.That(request.GetProperty("categoryCode").GetString(), Is.EqualTo("shopping"));
            Assert.That(resident.GetProperty("languages").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "fr" }), "the first language is kept for reach");
            Assert.That(byName.GetProperty("items").GetArrayLength(), Is.Zero);
            Assert.That(byPlaceholder.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()), Does.Not.Contain(person.ResidentId));
            Assert.That((await newRequest.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("erased"));
            var erasure = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "Erasure");
            Assert.That(erasure.GetProperty("purpose").GetString(), Does.Contain(Reason).And.Not.Contain(person.LastName));
        });
    }

    [Test]
    public async Task Should_refuse_a_second_erasure_an_erasure_while_a_request_is_open_and_while_the_person_volunteers()
    {
        var person = await PersonOnFile.CreateAsync(Api);
        var volunteering = await PersonOnFile.CreateAsync(Api, stopVolunteering: false);
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var withOpenRequest = await coordinator.RegisterResidentAsync();
        await coordinator.RecordIntakeAsync(withOpenRequest);
        (await coordinator.PostAsJsonAsync($"/api/v1/residents/{person.ResidentId}/erasure", new { reason = Reason })).EnsureSuccessStatusCode();

        var again = await coordinator.PostAsJsonAsync($"/api/v1/residents/{person.ResidentId}/erasure", new { reason = Reason });
        var open = await coordinator.PostAsJsonAsync($"/api/v1/residents/{withOpenRequest}/erasure", new { reason = Reason });
        var volunteer = await coordinator.PostAsJsonAsync($"/api/v1/residents/{volunteering.ResidentId}/erasure", new { reason = Reason });
        var untouched = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{volunteering.ResidentId}");

        Assert.Multiple(async () =>
        {
            Assert.That((await again.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("already erased"));
            Assert.That((await open.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("open help request"));
            Assert.That((await volunteer.ShouldBeProblem(HttpStatusCode.Conflict)).Detail(), Does.Contain("stop the volunteer first"));
            Assert.That(untouched.GetProperty("lastName").GetString(), Is.EqualTo(volunteering.LastName), "a refusal changes nothing");
        });
    }

    [TestCase(null, "Say why")]
    [TestCase("   ", "Say why")]
    [TestCase("Gevraagd via 0475 12 34 56", "phone number")]
    [TestCase("Mail van jan@voorbeeld.be", "e-mail address")]
    public async Task Should_name_what_is_wrong_with_the_reason(string? reason, string message)
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        var resident = await coordinator.RegisterResidentAsync();

        var problem = await (await coordinator.PostAsJsonAsync($"/api/v1/residents/{resident}/erasure", new { reason })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.FieldErrors("reason"), Has.Some.Contains(message));
    }

    [Test]
    public async Task Should_refuse_other_roles_and_hide_another_networks_resident()
    {
        using var coordinator = await Api.ClientForAsync(ApiFactory.NetworkA, Role.Coordinator);
        using var otherNetwork = await Api.ClientForAsync(ApiFactory.NetworkB, Role.Coordinator);
        using var partner = await Api.PartnerClientForAsync(ApiFactory.NetworkA);
        var resident = await coordinator.RegisterResidentAsync();
        var clients = new List<HttpClient> { partner };
        foreach (var role in new[] { Role.Analyst, Role.FieldWorker })
        {
            clients.Add(await Api.ClientForAsync(ApiFactory.NetworkA, role));
        }

        foreach (var client in clients)
        {
            await (await client.GetAsync($"/api/v1/residents/{resident}/data-export")).ShouldBeProblem(HttpStatusCode.Forbidden);
            await (await client.PostAsJsonAsync($"/api/v1/residents/{resident}/erasure", new { reason = Reason })).ShouldBeProblem(HttpStatusCode.Forbidden);
            client.Dispose();
        }

        await (await otherNetwork.GetAsync($"/api/v1/residents/{resident}/data-export")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherNetwork.PostAsJsonAsync($"/api/v1/residents/{resident}/erasure", new { reason = Reason })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/v1/residents/{Guid.NewGuid()}/data-export")).ShouldBeProblem(HttpStatusCode.NotFound);
        var untouched = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/residents/{resident}");
        Assert.That(untouched.GetProperty("lastName").GetString(), Is.EqualTo("Janssens"));
    }

    /// <summary>Every row of every table of the model, as "table: value", whose text holds one of the markers.</summary>
    private async Task<List<string>> RowsHoldingAsync(IReadOnlyList<string> markers)
    {
        using var scope = Api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
                    found.AddRange(markers.Where(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)).Select(m => $"{table}.{reader.GetName(i)}: {text}"));
                }
            }
        }

        return found;
    }

    private Task<object[]> RowAsync(string sql) => Api.FirstRowAsync(sql);
}
