using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Emulator;

public class MailboxFolderTests
{
    private static string GoodFolder() => new MailboxFolderBuilder()
        .Referral("Kim Lee", "Kim@Fabrikam.com", "George Smith", "george@adatum.com", ApiFactory.DemoNow.AddDays(-3))
        .Write(ApiFactory.DemoNow);

    [Test]
    public void LoadsAGoodFolder()
    {
        var folder = MailboxFolder.Load(GoodFolder());

        Assert.Multiple(() =>
        {
            Assert.That(folder.UserId, Is.Not.Empty);
            Assert.That(folder.Referrals, Has.Count.EqualTo(1));
            Assert.That(folder.Referrals![0].Prospect.Address, Is.EqualTo("kim@fabrikam.com"), "addresses are normalised");
            Assert.That(folder.CapturedAt, Is.EqualTo(ApiFactory.DemoNow));
        });
    }

    [Test]
    public void MissingFolderNamesIt() =>
        Assert.That(() => MailboxFolder.Load("/no/such/folder"),
            Throws.TypeOf<MailboxFolderException>().With.Message.Contains("/no/such/folder"));

    [TestCase("inbox.json", "{\"value\": [", "not valid JSON")]
    [TestCase("inbox.json", "[1,2]", "expected a Graph collection")]
    [TestCase("sentitems.json", "{\"value\":[{\"subject\":\"x\"}]}", "no string \"id\"")]
    [TestCase("sentitems.json", "{\"value\":[{\"id\":\"a\",\"sentDateTime\":\"yesterday\"}]}", "unreadable sentDateTime")]
    [TestCase("me.json", "{}", "no \"id\"")]
    [TestCase("drafts.json", "{\"value\":[{\"id\":\"d1\",\"sentDateTime\":\"2026-11-01T00:00:00Z\",\"isDraft\":false}]}", "message 0 is not a draft")]
    [TestCase("drafts.json", "{\"value\":[{\"id\":\"d1\",\"isDraft\":true}]}", "neither sentDateTime nor receivedDateTime")]
    [TestCase("referrals.json", "[{\"prospect\":{\"name\":\"x\"}}]", "referral 0 needs")]
    [TestCase("mailbox.json", "{\"now\":\"soon\"}", "mailbox.json")]
    [TestCase("events.json", "{\"value\":[{\"id\":\"e1\"}]}", "event 0's start needs")]
    [TestCase("events.json", "{\"value\":[{\"id\":\"e1\",\"start\":{\"dateTime\":\"2026-11-24T09:00:00\",\"timeZone\":\"Mars Standard Time\"}}]}", "unknown timeZone 'Mars Standard Time'")]
    [TestCase("events.json", "{\"value\":[{\"id\":\"e1\",\"type\":\"seriesMaster\",\"start\":{\"dateTime\":\"2026-11-24T09:00:00\"},\"end\":{\"dateTime\":\"2026-11-24T10:00:00\"},\"recurrence\":{\"pattern\":{\"type\":\"absoluteMonthly\",\"dayOfMonth\":24},\"range\":{\"type\":\"noEnd\",\"startDate\":\"2026-11-24\"}}}]}", "expands only daily and weekly")]
    [TestCase("onlineMeetings.json", "{\"value\":[{\"id\":\"m1\",\"attendanceReports\":[{\"id\":\"r1\",\"availableAfter\":\"later\"}]}]}", "meeting 0's report 0 has an unreadable availableAfter")]
    [TestCase("me.json", "{\"id\":\"u1\",\"mailboxSettings\":{\"timeZone\":\"Mars Standard Time\"}}", "mailboxSettings.timeZone")]
    public void MalformedFileIsOneClearLine(string file, string content, string expected)
    {
        var folder = GoodFolder();
        File.WriteAllText(Path.Combine(folder, file), content);

        var error = Assert.Throws<MailboxFolderException>(() => MailboxFolder.Load(folder));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain(file).And.Contain(expected));
            Assert.That(error.Message, Does.Not.Contain('\n'));
        });
    }

    [Test]
    public void MissingRequiredFileIsNamed()
    {
        var folder = GoodFolder();
        File.Delete(Path.Combine(folder, "sentitems.json"));

        Assert.That(() => MailboxFolder.Load(folder),
            Throws.TypeOf<MailboxFolderException>().With.Message.Contains("sentitems.json is missing"));
    }

    [Test]
    public void DraftsJsonSeedsTheDraftsFolder()
    {
        var folder = GoodFolder();
        File.WriteAllText(Path.Combine(folder, "drafts.json"),
            "{\"value\":[{\"id\":\"d1\",\"subject\":\"Pending\",\"sentDateTime\":\"2026-11-01T00:00:00Z\",\"isDraft\":true}]}");

        var mailbox = MailboxFolder.Load(folder);

        Assert.Multiple(() =>
        {
            Assert.That(mailbox.Drafts.Select(d => d.Json["subject"]!.ToString()), Is.EqualTo(new[] { "Pending" }));
            Assert.That(mailbox.FindMessage("d1")?.Id, Is.EqualTo("d1"));
        });
    }

    [Test]
    public void AFolderWithoutDraftsJsonHasNoDrafts() =>
        Assert.That(MailboxFolder.Load(GoodFolder()).Drafts, Is.Empty);

    [Test]
    public void AnIdInTwoFoldersIsNamed()
    {
        var folder = new MailboxFolderBuilder()
            .Received(ApiFactory.DemoNow.AddDays(-2), "Hello", "kim@fabrikam.com")
            .Write(ApiFactory.DemoNow);
        var inboxId = MailboxFolder.Load(folder).Inbox[0].Id;
        File.WriteAllText(Path.Combine(folder, "drafts.json"),
            $"{{\"value\":[{{\"id\":\"{inboxId}\",\"sentDateTime\":\"2026-11-01T00:00:00Z\",\"isDraft\":true}}]}}");

        Assert.That(() => MailboxFolder.Load(folder),
            Throws.TypeOf<MailboxFolderException>().With.Message.Contains("drafts.json").And.Message.Contains("already used in inbox.json"));
    }
}
