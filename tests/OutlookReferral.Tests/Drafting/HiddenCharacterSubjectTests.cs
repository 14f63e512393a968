using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutlookReferral.Platform;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Drafting;

/// <summary>
/// A source named "George\u202Eexe.png" would make the subject we write read backwards in the prospect's inbox:
/// subjects we write carry no bidi controls and no NUL, whatever the names and templates hold.
/// </summary>
public class HiddenCharacterSubjectTests : ApiTest
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    protected override string WriteMailbox() => new MailboxFolderBuilder().Write(Now);

    [Test]
    public async Task TheSubjectOfADraftHasNoBidiControls()
    {
        var referral = await TrackAsync(new
        {
            prospect = new { name = "Bob\u202Egnp.exe", address = "bob@fabrikam.com" },
            source = new { name = "George\u2067 Smith\u200F", address = "george@adatum.com" },
            introducedAt = Now.AddDays(-2),
        });
        (await Client.PutAsJsonAsync("/api/templates/first-reach-out",
            new { subject = "\u202D{SourceName} suggested we talk\u202C", body = "<p>Hi {ProspectFirstName}</p>" })).EnsureSuccessStatusCode();

        var response = await Client.PostAsJsonAsync($"/api/referrals/{referral["id"]}/drafts", new { step = "first-reach-out", force = true });

        var draft = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var stored = (string?)Factory.Emulator.Mailbox.Drafts.Single().Json["subject"];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), draft.ToJsonString());
            Assert.That((string?)draft["subject"], Is.EqualTo("George Smith suggested we talk"));
            Assert.That(stored, Is.EqualTo("George Smith suggested we talk"));
        });
    }

    [TestCase("Bob\u202Egnp.exe", "Bobgnp.exe")]
    [TestCase("a\u0000b", "ab")]
    [TestCase("\u2066x\u2069 \u202Ay\u202C \u200Ez\u200F\u061C", "x y z")]
    [TestCase("plain", "plain")]
    public void StripRemovesNulAndBidiControls(string text, string shown) =>
        Assert.That(HiddenCharacters.Strip(text), Is.EqualTo(shown));
}
