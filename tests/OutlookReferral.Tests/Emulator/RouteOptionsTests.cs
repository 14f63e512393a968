using System.Net;
using System.Text.Json.Nodes;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Emulator;

/// <summary>Query options a route does not take are refused with Graph's error JSON, never quietly ignored.</summary>
public class RouteOptionsTests
{
    private static async Task<(HttpStatusCode Status, string? Code, string? Message)> Get(
        string pathAndQuery, HttpMethod? method = null, string? json = null)
    {
        var (_, emulator) = EmulatedGraph.Connect();
        using var http = new HttpClient(emulator, disposeHandler: false);
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, DemoGraphFactory.BaseUrl + pathAndQuery);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, (string?)body?["error"]?["code"], (string?)body?["error"]?["message"]);
    }

    [TestCase("/me?%24top=5")]
    [TestCase("/me?%24filter=displayName eq 'Sam'")]
    [TestCase("/me?%24orderby=displayName")]
    public async Task TheUserTakesOnlySelectAndExpand(string pathAndQuery)
    {
        var (status, code, _) = await Get(pathAndQuery);

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(code, Is.EqualTo("BadRequest"));
        });
    }

    [Test]
    public async Task OneMessageTakesNoPagingButSelectIsFine()
    {
        var (_, emulator) = EmulatedGraph.Connect();
        var someId = emulator.Mailbox.Inbox[0].Json["id"]!.ToString();

        var paged = await Get($"/me/messages/{Uri.EscapeDataString(someId)}?%24top=1");
        var selected = await Get($"/me?%24select=displayName");

        Assert.Multiple(() =>
        {
            Assert.That(paged.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(selected.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task AWriteTakesNoQueryOptions()
    {
        const string draft = """{"subject":"Hello","toRecipients":[{"emailAddress":{"address":"kim@fabrikam.com"}}]}""";

        var withOption = await Get("/me/messages?%24select=id", HttpMethod.Post, draft);
        var without = await Get("/me/messages", HttpMethod.Post, draft);

        Assert.Multiple(() =>
        {
            Assert.That(withOption.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(withOption.Message, Does.Contain("$select"));
            Assert.That(without.Status, Is.EqualTo(HttpStatusCode.Created));
        });
    }
}
