using OutlookReferral.FollowUps;
using static OutlookReferral.Tests.FollowUps.Mail;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>A kept message is stored (and held) with the headers the detectors read, and only those.</summary>
public class StoredMailTests
{
    private static readonly MailHeader[] Trace =
    [
        new("Received", "from AM0PR03MB8908.eurprd06.prod.outlook.com (2603:10a6:208:af::76) by DB2PR06MB3659.eurprd01.prod.outlook.com with HTTPS"),
        new("Authentication-Results", "spf=pass (sender IP is 40.107.69.122) smtp.mailfrom=fabrikam.com; dkim=pass"),
        new("Received", "from mail-fabrikam-com.outbound.protection.outlook.com (40.107.223.215) by AM0PR03MB8908.eurprd06.prod.outlook.com"),
        new("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=fabrikam.com; s=selector1; h=From:Date:Subject"),
    ];

    // Each makes a message impersonal on its own: the stored message must still say so.
    private static readonly MailHeader[][] RuleHeaders =
    [
        [new("Auto-Submitted", "auto-replied")],
        [new("X-Auto-Response-Suppress", "OOF"), new("X-MS-Exchange-Inbox-Rules-Loop", Prospect)],
        [new("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
        [new("X-Autoreply", "yes")],
        [new("X-Autorespond", "yes")],
        [new("precedence", "auto_reply")],
        [new("Precedence", "bulk")],
        [new("List-Unsubscribe", "<mailto:unsubscribe@fabrikam.com>")],
        [new("List-Id", "<news.fabrikam.com>")],
        [new("Content-Class", "urn:content-classes:calendarmessage")],
        [new("Content-Type", "text/calendar; method=REQUEST")],
        [new("X-MS-Exchange-Calendar-Originator-Id", "2b5c1a7e")],
    ];

    [TestCaseSource(nameof(RuleHeaders))]
    public void AHeaderARuleReadsSurvivesStorage(MailHeader[] headers)
    {
        var message = Received(Day(1), Prospect, subject: "Quick question", headers: [.. Trace, .. headers]);
        var stored = MailStore.AsStored(message);

        Assert.That(ImpersonalMailRules.IsImpersonal(message), Is.True, "the header alone makes the message impersonal");
        Assert.That(ImpersonalMailRules.IsImpersonal(stored), Is.True);
        Assert.That(stored.Headers, Is.EqualTo(headers));
    }

    [Test]
    public void TransportTraceIsNotStored()
    {
        var message = Received(Day(1), Prospect, subject: "Quick question", headers: Trace);
        var stored = MailStore.AsStored(message);

        Assert.That(stored.Headers, Is.Empty);
        Assert.That(ImpersonalMailRules.IsImpersonal(stored), Is.EqualTo(ImpersonalMailRules.IsImpersonal(message)).And.False);
        Assert.That((stored.Id, stored.Subject, stored.From, stored.At), Is.EqualTo((message.Id, message.Subject, message.From, message.At)));
    }
}
