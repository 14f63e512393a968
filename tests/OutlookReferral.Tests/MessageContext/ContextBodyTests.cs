using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.MessageContext;

/// <summary>
/// A thread with a hundred real recipients no longer fits in a query string (8 KB): POST /api/context takes the
/// same fields in a body, up to the 500-recipient limit, and answers as GET does.
/// </summary>
public class ContextBodyTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() =>
        new MailboxFolderBuilder().Referral("Kim Lee", "kim@fabrikam.com", "George Smith", "george@adatum.com", Now.AddDays(-20)).Write(Now);

    private static string[] Colleagues(int count) =>
        Enumerable.Range(1, count).Select(i => $"\"Colleague Number {i:000} of Fabrikam\" <colleague.number.{i:000}@fabrikam-partners.com>").ToArray();

    [Test]
    public async Task FiveHundredRecipientsInABodyFindTheReferral()
    {
        var to = Colleagues(499).Append("Kim Lee <kim@fabrikam.com>").ToArray();
        Assert.That(string.Join("&to=", to.Select(Uri.EscapeDataString)).Length, Is.GreaterThan(8 * 1024 * 4), "far past what a query string may hold");

        var response = await Client.PostAsJsonAsync("/api/context", new { itemId = "AAMkAD1", conversationId = "conv-1", from = "George Smith <george@adatum.com>", to, cc = Array.Empty<string>(), subject = "Lunch" });

        var context = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), context.ToJsonString());
            Assert.That((string?)context["referral"]!["prospect"]!["address"], Is.EqualTo("kim@fabrikam.com"));
            Assert.That((string?)context["matchedBy"], Is.EqualTo("prospect"));
        });
    }

    [Test]
    public async Task TheBodyAndTheQueryGiveTheSameAnswer()
    {
        var viaQuery = await Client.GetStringAsync("/api/context?itemId=A1&from=" + Uri.EscapeDataString("Kim Lee <kim@fabrikam.com>") + "&to=sam%40contoso.com&cc=dana%40northwindtraders.com&subject=Hi");

        var viaBody = await (await Client.PostAsJsonAsync("/api/context",
            new { itemId = "A1", from = "Kim Lee <kim@fabrikam.com>", to = new[] { "sam@contoso.com" }, cc = new[] { "dana@northwindtraders.com" }, subject = "Hi" }))
            .Content.ReadAsStringAsync();

        Assert.That(viaBody, Is.EqualTo(viaQuery));
    }

    [Test]
    public async Task MoreThanFiveHundredRecipientsOrANullOneAreFieldErrors()
    {
        var tooMany = await Client.PostAsJsonAsync("/api/context", new { to = Colleagues(300), cc = Colleagues(201) });
        var withNull = await Client.PostAsJsonAsync("/api/context", new { to = new[] { "kim@fabrikam.com", null } });
        var huge = await Client.PostAsJsonAsync("/api/context", new { from = new string(' ', 200_000) + "<a@b.c>" });

        Assert.Multiple(() =>
        {
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(withNull.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(huge.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }
}
