using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Platform;

/// <summary>NUL is refused in any text field (path, query, body, nested); an introduction date must be sensible.</summary>
public class NoNulAndDateTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(Now);

    private static object Referral(string name = "Kim Lee", string? introducedAt = null) => new
    {
        prospect = new { name, address = "kim@fabrikam.com" },
        source = new { name = "George Smith", address = "george@adatum.com" },
        introducedAt = introducedAt ?? Now.AddDays(-2).ToString("O"),
    };

    private async Task<(HttpStatusCode, JsonObject)> Send(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? new JsonObject { ["body"] = "(empty)" } : JsonNode.Parse(text)!.AsObject());
    }

    private static IEnumerable<TestCaseData> NulRequests()
    {
        yield return new TestCaseData(HttpMethod.Post, "/api/referrals", Referral(name: "Kim\0 Lee"), "Prospect.Name").SetName("NulInANestedBodyField");
        yield return new TestCaseData(HttpMethod.Put, "/api/templates/check-in", new { subject = "Hi\0", body = "<p>x</p>" }, "Subject").SetName("NulInATemplate");
        yield return new TestCaseData(HttpMethod.Post, "/api/context", new { to = new[] { "a@b.c", "kim\0@fabrikam.com" } }, "To[1]").SetName("NulInAList");
        yield return new TestCaseData(HttpMethod.Get, "/api/context?subject=a%00b", null, "Subject").SetName("NulInTheQuery");
        // NUL in the path never reaches the app: Kestrel answers 400 itself (and the test server refuses to send it).
    }

    [TestCaseSource(nameof(NulRequests))]
    public async Task NulIsAFieldErrorAndStoresNothing(HttpMethod method, string path, object? body, string field)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };

        var (status, problem) = await Send(request);

        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
            Assert.That(problem["errors"]?[field], Is.Not.Null, problem.ToJsonString());
            Assert.That(await ReferralIdOfAsync("kim@fabrikam.com"), Is.Null);
            Assert.That((bool?)(await Client.GetFromJsonAsync<JsonObject>("/api/templates/check-in"))!["isDefault"], Is.True);
        });
    }

    [TestCase("0001-01-01T00:00:00Z")]
    [TestCase("1970-01-01T00:00:00Z")]
    [TestCase("2021-11-01T00:00:00Z")]
    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("2026-11-30T00:00:00Z")]
    public async Task AnIntroductionDateOutsideTheSensibleRangeIsAFieldError(string introducedAt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Referral(introducedAt: introducedAt)) };

        var (status, problem) = await Send(request);

        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
            Assert.That(problem["errors"]?["IntroducedAt"], Is.Not.Null, problem.ToJsonString());
            Assert.That(await ReferralIdOfAsync("kim@fabrikam.com"), Is.Null);
        });
    }

    [TestCase("2022-01-01T00:00:00Z")]
    [TestCase("2026-11-23T15:00:00Z")]
    public async Task AnIntroductionInTheLastFiveYearsIsTaken(string introducedAt) =>
        await TrackAsync(Referral(introducedAt: introducedAt));

    [Test]
    public async Task AnOffsetThatPushesADateBeforeYearOneIsAFieldError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = new StringContent("""{"prospect":{"name":"K","address":"kim@fabrikam.com"},"source":{"name":"G","address":"george@adatum.com"},"introducedAt":"0001-01-01T00:00:00+14:00"}""", Encoding.UTF8, "application/json"),
        };

        var (status, _) = await Send(request);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
