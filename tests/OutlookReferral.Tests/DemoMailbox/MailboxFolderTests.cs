using OutlookReferral.DemoMailbox;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.DemoMailbox;

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
    [TestCase("referrals.json", "[{\"prospect\":{\"name\":\"x\"}}]", "referral 0 needs")]
    [TestCase("mailbox.json", "{\"now\":\"soon\"}", "mailbox.json")]
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
}
