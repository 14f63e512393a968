using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Drafting;

/// <summary>A template without a subject or body is a field error (it was a 500), and the stored wording stays.</summary>
public class TemplateRefusalTests : ApiTest
{
    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(ApiFactory.DemoNow);

    [TestCase("{}", "Subject", "Body")]
    [TestCase("""{"subject":"S {SourceName}","body":null}""", "Body")]
    [TestCase("""{"subject":null,"body":"<p>B</p>"}""", "Subject")]
    [TestCase("""{"subject":"","body":""}""", "Subject", "Body")]
    public async Task AMissingOrNullFieldIsAFieldError(string json, params string[] fields)
    {
        (await Client.PutAsJsonAsync("/api/templates/second-note", new { subject = "Mine {SourceName}", body = "<p>Mine</p>" })).EnsureSuccessStatusCode();

        using var response = await Client.PutAsync("/api/templates/second-note", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var kept = (await Client.GetFromJsonAsync<JsonObject>("/api/templates/second-note"))!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(fields));
            Assert.That((string?)kept["subject"], Is.EqualTo("Mine {SourceName}"));
        });
    }
}
