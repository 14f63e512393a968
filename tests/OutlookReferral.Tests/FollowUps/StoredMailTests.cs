using System.Text;
using System.Text.Json;
using CsCheck;
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
        Assert.That(AutoReplyRules.IsAutomaticReply(stored), Is.EqualTo(AutoReplyRules.IsAutomaticReply(message)));
        Assert.That(stored.Headers.Select(h => h.Name), Is.EqualTo(headers.Select(h => h.Name)));
        // Of a header the rules only look for, its presence is kept, not its value.
        var presenceOnly = new[] { "List-Unsubscribe", "List-Id", "X-MS-Exchange-Inbox-Rules-Loop" };
        Assert.That(stored.Headers.Select(h => h.Value),
            Is.EqualTo(headers.Select(h => presenceOnly.Contains(h.Name, StringComparer.OrdinalIgnoreCase) ? "" : h.Value)));
    }

    // Content-Types as mail carries them; the rules read only whether one names a calendar.
    private static readonly string[] ContentTypes =
    [
        "multipart/alternative; boundary=\"_000_AM0PR03MB8908E5C2D7A1B3F4_\"",
        "multipart/mixed; boundary=\"_004_DB2PR06MB3659\"",
        "text/plain; charset=\"utf-8\"",
        "text/html",
        "text/calendar; method=REQUEST; charset=\"utf-8\"",
        "multipart/alternative; boundary=\"b1\"; type=\"Text/Calendar\"",
        "",
    ];

    [Test]
    public void AContentTypeIsStoredAsTheRulesReadIt()
    {
        var stored = ContentTypes.Select(type => MailStore.AsStored(
            Received(Day(1), Prospect, subject: "Quick question", headers: [.. Trace, new MailHeader("Content-Type", type)]))).ToList();
        var messages = ContentTypes.Select(type => Received(Day(1), Prospect, subject: "Quick question", headers: [new MailHeader("Content-Type", type)]));

        Assert.Multiple(() =>
        {
            Assert.That(stored.Select(m => m.Headers.Single().Value), Is.EqualTo(new[]
            {
                "multipart/alternative", "multipart/mixed", "text/plain", "text/html",
                ContentTypes[4], ContentTypes[5], "",
            }), "a boundary, different in every message, is not kept; a calendar's Content-Type is kept whole");
            Assert.That(stored.Select(ImpersonalMailRules.IsCalendar), Is.EqualTo(messages.Select(ImpersonalMailRules.IsCalendar)));
            Assert.That(stored.Count(ImpersonalMailRules.IsCalendar), Is.EqualTo(2));
        });
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

    // Text as mail gives it: quotes, backslashes, control characters, accents, emoji (surrogate pairs), or nothing.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abc \"\\\n\t/é😀\u0001<>&'"], 0, 12],
        Gen.Const(""),
        Gen.String.AlphaNumeric);

    private static readonly Gen<MailItem> Message =
        from id in Gen.String.AlphaNumeric
        from subject in Text
        from sender in Text
        from to in Text.List[0, 3]
        from cc in Text.List[0, 2]
        from minutes in Gen.Int[-500_000, 500_000]
        from offset in Gen.Int[-12, 14]
        from folder in Gen.Enum<MailFolderKind>()
        from preview in Text
        from headers in Gen.Select(Gen.Int[0, 3].Select(i => new[] { "Auto-Submitted", "List-Id", "Precedence", "X-Autoreply" }[i]), Text).List[0, 3]
        from names in Gen.Select(Text, Text).List[0, 3]
        select new MailItem(id, $"c-{id}", subject, sender, to, cc, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(offset)).AddMinutes(minutes),
            folder, preview, [.. headers.Select(h => new MailHeader(h.Item1, h.Item2))])
        {
            Names = names.DistinctBy(n => n.Item1, StringComparer.OrdinalIgnoreCase).ToDictionary(n => n.Item1, n => n.Item2),
        };

    private static string Shape(MailItem m) => JsonSerializer.Serialize(new
    {
        m.Id, m.ConversationId, m.Subject, m.From, m.To, m.Cc, At = m.At.ToString("O"), m.Folder, m.BodyPreview,
        Headers = m.Headers.Select(h => new[] { h.Name, h.Value }),
        Names = m.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => new[] { n.Key, n.Value }),
        IgnoresCase = m.Names.Keys.All(k => m.Names.ContainsKey(k.ToUpperInvariant())),
    });

    /// <summary>The restore reads kept rows with its own reader: it must read exactly what the serializer wrote, as the serializer reads it.</summary>
    [Test]
    public void AStoredMessageReadsBackAsTheSerializerReadsIt()
    {
        // One pool across all the samples, as one across a rep's messages: what it shares must not change what is read.
        var pool = new TextPool();
        Message.Sample(message =>
        {
            var json = JsonSerializer.Serialize(StoredMail.Of(message), StoredMailJson.Default.StoredMail);
            var bySerializer = JsonSerializer.Deserialize(json, StoredMailJson.Default.StoredMail)!.AsMailItem();
            var parsed = StoredMail.Parse(Encoding.UTF8.GetBytes(json), pool);
            var held = MailStore.AsStored(message, pool);
            return Shape(parsed) == Shape(bySerializer) && parsed.At.Offset == bySerializer.At.Offset
                && Shape(held) == Shape(MailStore.AsStored(message));
        }, iter: 2_000, threads: 1); // a pool serves one read or one window, never two threads
    }

    [TestCase("")]
    [TestCase("[]")]
    [TestCase("{\"Id\":\"m1\"}")]
    [TestCase("{\"Id\":\"m1\",\"At\":\"2026-06-01T00:00:00+00:00\",\"Headers\":[[\"Auto-Submitted\"]]}")]
    [TestCase("{\"Id\":\"m1\",\"At\":\"2026-06-01T00:00:00+00:00\",\"To\":[1]}")]
    public void WhatIsNotAStoredMessageIsRefused(string json) =>
        Assert.That(() => StoredMail.Parse(Encoding.UTF8.GetBytes(json)), Throws.InstanceOf<JsonException>());

    [Test]
    public void PropertiesItDoesNotKnowAreSkipped()
    {
        var json = "{\"Later\":{\"a\":[1,{\"b\":null}]},\"Id\":\"m1\",\"At\":\"2026-06-01T09:00:00+02:00\",\"Folder\":1,\"Subject\":null}";
        var parsed = StoredMail.Parse(Encoding.UTF8.GetBytes(json));

        Assert.That((parsed.Id, parsed.At, parsed.Folder, parsed.Subject), Is.EqualTo(("m1", new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero), MailFolderKind.SentItems, "")));
    }

    [Test]
    public void MessagesBetweenTheSamePeopleShareTheirTexts()
    {
        var pool = new TextPool();
        var first = MailStore.AsStored(Received(Day(1), Prospect, subject: "One") with { Names = new Dictionary<string, string> { [new string(Prospect)] = new string("Pat") } }, pool);
        var second = MailStore.AsStored(Received(Day(2), new string(Prospect), subject: "Two") with { Names = new Dictionary<string, string> { [new string(Prospect)] = new string("Pat") } }, pool);

        Assert.Multiple(() =>
        {
            Assert.That(second.From, Is.SameAs(first.From));
            Assert.That(second.Names[Prospect], Is.SameAs(first.Names[Prospect]));
            Assert.That(second.Names.Keys.Single(), Is.SameAs(first.Names.Keys.Single()));
            Assert.That(second.Names.ContainsKey(Prospect.ToUpperInvariant()), Is.True, "still case-insensitive");
        });
    }
}
