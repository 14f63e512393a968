using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The mailbox the message-context tests read in Outlook (now = <see cref="ApiFactory.DemoNow"/>): two introductions the
/// scan detects, plain messages with outside recipients, and tracked referrals to match by prospect.
/// Each test uses its own messages, so the fixture's tests do not depend on one another.
/// </summary>
public static class ContextMailbox
{
    public const string Rep = MailboxFolderBuilder.RepAddress;
    public const string DanaIntro = "Intro: Dana <> Sam";
    public const string NoorIntro = "Intro: Noor <> Sam";
    public const string Lunch = "Lunch next week";
    public const string BoardNotes = "Board meeting notes";
    public const string FromLena = "Question about pricing";
    public const string FromHannah = "Re: George Miller mentioned your project";
    public const string Newsletter = "Our autumn newsletter";

    /// <summary>The display names Outlook shows for the addresses in these messages.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["priya@relecloud.com"] = "Priya Shah",
        ["dana@northwindtraders.com"] = "Dana Whitfield",
        ["omar@alpineski.example"] = "Omar Haddad",
        ["june@fabrikam.example"] = "June Park",
        ["ken@litware.example"] = "Ken Ito",
        ["rita@proseware.example"] = "Rita Gomez",
        ["vik@adventure-works.example"] = "Vik Rao",
        ["lena@litware.example"] = "Lena Fischer",
        ["hannah@wingtip.example"] = "Hannah Weber",
        ["news@contoso-partners.example"] = "Contoso Partners",
        [Rep] = "Sam Rivera",
    };

    public static string Write()
    {
        var now = ApiFactory.DemoNow;
        return new MailboxFolderBuilder()
            // Introductions the scan suggests.
            .ReceivedWith(now.AddDays(-3), DanaIntro, "priya@relecloud.com", [Rep, "dana@northwindtraders.com"],
                preview: "Sam, meet Dana. Dana runs operations at Northwind and is looking at exactly what you do. I'll let you two take it from here.")
            .ReceivedWith(now.AddDays(-2), NoorIntro, "wei@fabrikam.example", [Rep, "noor@tailspin.example"],
                preview: "Sam, meet Noor. Noor leads purchasing at Tailspin and asked me who to talk to. I'll let you two take it from here.")
            // Plain messages with people outside the rep's company: no introduction wording.
            .ReceivedWith(now.AddDays(-1), Lunch, "omar@alpineski.example", [Rep, "june@fabrikam.example"], ["ken@litware.example"],
                preview: "Shall we do Tuesday at noon? The usual place.")
            .ReceivedWith(now.AddDays(-1), BoardNotes, "rita@proseware.example", [Rep, "vik@adventure-works.example"],
                preview: "Notes from Thursday attached.")
            // A tracked prospect writing in (so she has replied), and one the rep wrote to four days ago (waiting).
            .Referral("Lena Fischer", "lena@litware.example", "George Miller", "george@northwind.example", now.AddDays(-1))
            .Received(now.AddHours(-3), FromLena, "lena@litware.example", "Do you have a price list?")
            .Referral("Hannah Weber", "hannah@wingtip.example", "George Miller", "george@northwind.example", now.AddDays(-6))
            .Sent(now.AddDays(-4), "George Miller mentioned your project", "hannah@wingtip.example")
            .ReceivedWith(now.AddHours(-2), FromHannah, "george@northwind.example", [Rep], ["hannah@wingtip.example"],
                preview: "Adding Hannah so she sees this.")
            // Quiet for nine days: the second note is due.
            .Referral("Ana Diaz", "ana@adatum.example", "Aisha Khan", "aisha@woodgrove.example", now.AddDays(-12))
            .Sent(now.AddDays(-9), "Referred by Aisha Khan - quick call?", "ana@adatum.example")
            // Nobody tracked, nobody outside to track.
            .Received(now.AddHours(-1), Newsletter, "news@contoso-partners.example", "What we did this autumn.")
            .Write(now);
    }
}
