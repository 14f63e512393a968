using System.Globalization;
using System.Text;

namespace OutlookReferral.Bench.Synthetic;

/// <summary>Body previews and internet headers with the sizes and shapes of real Exchange mail.</summary>
public static class SyntheticText
{
    private const int PreviewLength = 200;

    private static readonly string[] Sentences =
    [
        "Thanks for the quick turnaround on this.", "Please find the updated figures attached.",
        "Let me know if Thursday at 2pm works for a call.", "We reviewed the proposal with our finance team yesterday.",
        "Could you confirm the number of seats before Friday?", "I have looped in my colleague who owns procurement.",
        "The pilot went well and the team would like to expand it.", "Attached are the notes from today's meeting.",
        "Happy to walk you through the roadmap next week.", "Our legal team has a few comments on section 4.",
        "Just checking in to see whether you had a chance to look at this.", "Sharing the recording as promised.",
        "We are finalising budgets for next quarter.", "Can we move our sync to the afternoon?",
    ];

    public static string Preview(Random random, PlannedMessage message) => message.Kind switch
    {
        MailKind.Introduction =>
            Fill(random, $"Hi {message.To[0].FirstName}, I'd like to introduce you to {message.Cc[0].Name}, who is looking at options for their team this quarter. {message.Cc[0].FirstName}, {message.To[0].FirstName} is great to work with. "),
        MailKind.Touch => Fill(random, $"Hi {message.To[0].FirstName}, thanks to our common friend for connecting us. Would you have 20 minutes this week or next to talk about what your team needs? "),
        MailKind.AskSource => Fill(random, $"Hi {message.To[0].FirstName}, I've written to your contact a couple of times without hearing back. Is there a better way to reach them? "),
        MailKind.Reply => Fill(random, $"Hi {message.To[0].FirstName}, thanks for reaching out, and sorry for the slow reply. Yes, let's talk. "),
        // The detector reads the return date from here, so it must be a date the parser understands.
        MailKind.AutoReply => Fill(random,
            $"Thank you for your message. I am out of the office until {message.ReturnDate!.Value.ToString("MMMM d", CultureInfo.InvariantCulture)} with limited access to email. For urgent matters please contact my colleague. "),
        MailKind.Newsletter => Fill(random, "This week: pipeline hygiene tips, three webinars you should not miss, and the latest product updates. Read online | Unsubscribe. "),
        _ => Fill(random, ""),
    };

    /// <summary>About eight headers, plus the ones that mark bulk mail and automatic replies.</summary>
    public static IEnumerable<(string Name, string Value)> Headers(Random random, PlannedMessage message, DateTimeOffset sentAt)
    {
        var domain = message.From.Domain;
        var date = sentAt.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var edge = $"AM{random.Next(0, 9)}PR0{random.Next(1, 9)}MB{random.Next(1000, 9999)}.eurprd0{random.Next(1, 9)}.prod.outlook.com";
        var hub = $"DB{random.Next(0, 9)}PR0{random.Next(1, 9)}MB{random.Next(1000, 9999)}.eurprd0{random.Next(1, 9)}.prod.outlook.com";
        yield return ("Received", $"from {edge} (2603:10a6:208:{random.Next(16, 255):x}::{random.Next(16, 255):x}) by {hub} with HTTPS; {date}");
        yield return ("Received", $"from mail-{domain.Replace('.', '-')}.outbound.protection.outlook.com (40.107.{random.Next(1, 255)}.{random.Next(1, 255)}) by {edge} with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.{random.Next(10, 99)}; {date}");
        yield return ("Authentication-Results", $"spf=pass (sender IP is 40.107.{random.Next(1, 255)}.{random.Next(1, 255)}) smtp.mailfrom={domain}; dkim=pass (signature was verified) header.d={domain};dmarc=pass action=none header.from={domain};compauth=pass reason=100");
        yield return ("Message-ID", $"<{Hex(random, 16)}@{edge}>");
        yield return ("Date", date);
        yield return ("MIME-Version", "1.0");
        yield return ("Content-Type", $"multipart/alternative; boundary=\"_000_{Hex(random, 12)}_\"");
        yield return ("X-MS-Exchange-Organization-SCL", message.Kind == MailKind.Newsletter ? "5" : "1");
        if (message.Kind == MailKind.Newsletter)
        {
            yield return ("Precedence", "bulk");
            yield return ("List-Unsubscribe", $"<https://{domain}/unsubscribe?u={Hex(random, 10)}>");
        }
        if (message.Kind == MailKind.AutoReply)
        {
            // RFC 3834 and Exchange's own out-of-office markers: what AutoReplyRules looks for.
            yield return ("Auto-Submitted", "auto-replied");
            yield return ("X-Auto-Response-Suppress", "All");
            yield return ("X-MS-Exchange-Inbox-Rules-Loop", message.From.Address);
        }
    }

    // Tops the lead sentence up with everyday sentences to Graph's preview length.
    private static string Fill(Random random, string lead)
    {
        var text = new StringBuilder(lead, PreviewLength + 80);
        while (text.Length < PreviewLength)
        {
            text.Append(Sentences[random.Next(Sentences.Length)]).Append(' ');
        }
        return text.ToString(0, PreviewLength).TrimEnd();
    }

    private static string Hex(Random random, int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        random.NextBytes(buffer);
        return Convert.ToHexString(buffer);
    }
}
