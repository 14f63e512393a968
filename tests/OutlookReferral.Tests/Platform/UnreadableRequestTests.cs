using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using OutlookReferral.Platform;

namespace OutlookReferral.Tests.Platform;

/// <summary>
/// A body the framework cannot bind is a problem that says what is wrong: which field, what it should be,
/// or where the JSON breaks. Nothing is stored or changed.
/// </summary>
public class UnreadableRequestTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(Now);

    private static IEnumerable<TestCaseData> WrongTypes()
    {
        yield return Case("POST", "/api/referrals", """{"prospect":5}""", "Prospect", "Expected an object.");
        yield return Case("POST", "/api/referrals", """{"prospect":{"name":"Kim","address":7}}""", "Prospect.Address", "Expected text.");
        yield return Case("POST", "/api/referrals", """{"introducedAt":"last week"}""", "IntroducedAt", "Expected a date and time such as 2026-11-23T15:00:00Z.");
        yield return Case("POST", "/api/referrals", "[]", "body", "Expected an object.");
        yield return Case("POST", "/api/referrals/{id}/snooze", """{"until":"tomorrow"}""", "Until", "Expected a date and time such as 2026-11-23T15:00:00Z.");
        yield return Case("POST", "/api/referrals/{id}/close", """{"outcome":5}""", "Outcome", "Expected text.");
        yield return Case("POST", "/api/referrals/{id}/drafts", """{"force":"yes"}""", "Force", "Expected true or false.");
        yield return Case("PUT", "/api/templates/check-in", """{"subject":["a"]}""", "Subject", "Expected text.");

        static TestCaseData Case(string method, string path, string body, string field, string message) =>
            new TestCaseData(method, path, body, field, message).SetName($"{method} {path} {body} names {field}");
    }

    [TestCaseSource(nameof(WrongTypes))]
    public async Task AFieldOfTheWrongTypeIsAFieldError(string method, string path, string body, string field, string message)
    {
        var id = await TrackOne();
        var before = await Client.GetStringAsync($"/api/referrals/{id}");

        using var response = await Send(method, path.Replace("{id}", id), body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((string?)problem!["title"], Is.EqualTo("A field of the request has the wrong type"));
            Assert.That(problem["errors"]?[field]?.AsArray().Select(e => (string?)e), Is.EqualTo(new[] { message }), problem.ToJsonString());
            Assert.That(await Client.GetStringAsync($"/api/referrals/{id}"), Is.EqualTo(before), "nothing changed");
            Assert.That((await Client.GetFromJsonAsync<JsonObject>("/api/referrals"))!["referrals"]!.AsArray(), Has.Count.EqualTo(1), "nothing stored");
        });
    }

    [Test]
    public async Task InProductionTooTheWrongTypeIsNamed()
    {
        // Development makes the framework throw on a bad body by itself; production must be configured to.
        await using var production = Factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = production.CreateClient();

        using var response = await client.PostAsync("/api/referrals", new StringContent("""{"introducedAt":"last week"}""", Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem!["errors"]?["IntroducedAt"]?.AsArray().Select(e => (string?)e), Has.One.StartWith("Expected a date and time"), problem.ToJsonString());
        });
    }

    [TestCase("{\"prospect\": ", "line 1, byte 14", TestName = "TruncatedJsonSaysWhereItBreaks")]
    [TestCase("{\"prospect\": {},,}", "line 1, byte 17", TestName = "AStrayCommaSaysWhereItBreaks")]
    [TestCase("{\n  \"prospect\": nope\n}", "line 2", TestName = "AnUnquotedValueSaysWhichLine")]
    public async Task JsonThatDoesNotParseSaysWhere(string body, string where)
    {
        using var response = await Send("POST", "/api/referrals", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)problem!["title"], Is.EqualTo("The request body is not valid JSON"));
            Assert.That((string?)problem["detail"], Does.Contain(where).And.Not.Contain("OutlookReferral."), "no type names from inside the API");
        });
    }

    [TestCase("", TestName = "AnEmptyBodyIsMissing")]
    [TestCase("null", TestName = "ANullBodyIsMissing")]
    public async Task AMissingBodyAsksForAJsonObject(string body)
    {
        using var response = await Send("POST", "/api/referrals", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)problem!["title"], Is.EqualTo("The request body is missing"));
            Assert.That((string?)problem["detail"], Does.Contain("JSON object"));
        });
    }

    [Test]
    public async Task ABodyThatIsNotJsonAsksForJson()
    {
        using var response = await Client.PostAsync("/api/referrals", new StringContent("prospect=kim@fabrikam.com", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That((string?)problem!["detail"], Does.Contain("application/json"));
        });
    }

    [Test]
    public async Task AMethodARouteDoesNotTakeIsNamed()
    {
        using var response = await Client.PatchAsync("/api/referrals", JsonContent.Create(new { }));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That((string?)problem!["detail"], Is.EqualTo("/api/referrals does not take PATCH."));
        });
    }

    [TestCase("$.prospect.address", ExpectedResult = "Prospect.Address")]
    [TestCase("$.introducedAt", ExpectedResult = "IntroducedAt")]
    [TestCase("$", ExpectedResult = "body")]
    [TestCase(null, ExpectedResult = "body")]
    public string JsonPathsAreNamedAsTheValidatorsNameFields(string? path) => UnreadableRequest.FieldName(path);

    private async Task<string> TrackOne() => (string)(await TrackAsync(new
    {
        prospect = new { name = "Kim Lee", address = "kim@fabrikam.com" },
        source = new { name = "George Smith", address = "george@adatum.com" },
        introducedAt = Now.AddDays(-2),
    }))["id"]!;

    private Task<HttpResponseMessage> Send(string method, string path, string body) =>
        Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
}
