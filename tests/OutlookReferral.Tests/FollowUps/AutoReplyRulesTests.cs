using static OutlookReferral.Tests.FollowUps.Mail;

namespace OutlookReferral.Tests.FollowUps;

public class AutoReplyRulesTests
{
    private static MailItem From(string subject, params MailHeader[] headers) =>
        Received(Day(1), Prospect, subject: subject, headers: headers);

    [TestCase("auto-replied")]
    [TestCase("auto-generated")]
    [TestCase("Auto-Notified")]
    public void AutoSubmittedOtherThanNoIsAutomatic(string value) =>
        Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: our call", new MailHeader("Auto-Submitted", value))), Is.True);

    [Test]
    public void AutoSubmittedNoIsAHuman() =>
        Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: our call", new MailHeader("auto-submitted", " No "))), Is.False);

    [Test]
    public void ExchangeOutOfOfficeMarkersAreAutomatic() =>
        Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: our call",
            new MailHeader("X-Auto-Response-Suppress", "All"), new MailHeader("X-MS-Exchange-Inbox-Rules-Loop", "kim@fabrikam.com"))), Is.True);

    [Test]
    public void SuppressHeaderAloneIsNotEnough() =>
        // Outlook puts X-Auto-Response-Suppress on ordinary meeting mail too.
        Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: our call", new MailHeader("X-Auto-Response-Suppress", "All"))), Is.False);

    [Test]
    public void ExchangeMailboxRulesAgentIsAutomatic() =>
        Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: our call",
            new MailHeader("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"))), Is.True);

    [TestCase("Automatic reply: Referred by George Smith")]
    [TestCase("automatic reply: hello")]
    [TestCase("Out of Office: Referred by George Smith")]
    [TestCase("Out of the office until Monday")]
    [TestCase("Auto-Reply: hello")]
    public void AutomaticSubjectsAreAutomatic(string subject) =>
        Assert.That(AutoReplyRules.IsAutomaticReply(From(subject)), Is.True);

    [TestCase("Re: Referred by George Smith")]
    [TestCase("Re: Automatic reply settings question")]
    [TestCase("Back in the office - let's talk")]
    public void HumanSubjectsAreNotAutomatic(string subject) =>
        Assert.That(AutoReplyRules.IsAutomaticReply(From(subject)), Is.False);

    [Test]
    public void ResponderHeadersAreAutomatic()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: hi", new MailHeader("X-Autoreply", "yes"))), Is.True);
            Assert.That(AutoReplyRules.IsAutomaticReply(From("Re: hi", new MailHeader("Precedence", "auto_reply"))), Is.True);
        });
    }
}
