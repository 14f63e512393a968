using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Drafting;

/// <summary>A mailbox with one referral at each step of the cadence (now = <see cref="ApiFactory.DemoNow"/>).</summary>
internal static class DraftingMailbox
{
    public const string Rep = MailboxFolderBuilder.RepAddress;
    public const string George = "george@adatum.com";
    public const string Priya = "priya@relecloud.com";

    public static string IntroMessageId { get; private set; } = "";

    public static string SecondNoteThreadId { get; private set; } = "";

    public static string Write()
    {
        var now = ApiFactory.DemoNow;
        var b = new MailboxFolderBuilder();
        // first-reach-out: introduced two days ago, in a thread whose subject lacks the source's name
        b.Referral("Kim Lee", "kim@fabrikam.com", "George Smith", George, now.AddDays(-2).AddMinutes(-1))
            .ReceivedWith(now.AddDays(-2), "Intro: Kim <> Sam", George, [Rep, "kim@fabrikam.com"], preview: "Kim, meet Sam...");
        IntroMessageId = b.LastId;
        // second-note: one unanswered note nine days ago, whose subject already names the source
        b.Referral("Ana Diaz", "ana@litware.com", "Priya Shah", Priya, now.AddDays(-12))
            .Sent(now.AddDays(-9), "Referred by Priya Shah - quick call?", "ana@litware.com");
        SecondNoteThreadId = b.LastId;
        // ask-source: two unanswered notes
        b.Referral("Tom Baker", "tom@tailspin.com", "Priya Shah", Priya, now.AddDays(-31))
            .Sent(now.AddDays(-30), "Priya Shah suggested we connect", "tom@tailspin.com")
            .Sent(now.AddDays(-22), "Following up on Priya Shah's introduction", "tom@tailspin.com");
        // check-in: two notes, then the source was asked about Lee
        b.Referral("Lee Wong", "lee@wingtip.com", "George Smith", George, now.AddDays(-41))
            .Sent(now.AddDays(-40), "George Smith suggested we connect", "lee@wingtip.com")
            .Sent(now.AddDays(-32), "Following up on George Smith's introduction", "lee@wingtip.com")
            .Sent(now.AddDays(-25), "Your introduction to Lee Wong", George);
        // indifference: then the check-in went unanswered too
        b.Referral("Max Power", "max@northwind.com", "George Smith", George, now.AddDays(-51))
            .Sent(now.AddDays(-50), "George Smith suggested we connect", "max@northwind.com")
            .Sent(now.AddDays(-42), "Following up on George Smith's introduction", "max@northwind.com")
            .Sent(now.AddDays(-35), "Your introduction to Max Power", George)
            .Sent(now.AddDays(-28), "Checking in (George Smith's introduction)", "max@northwind.com");
        // waiting: wrote three days ago
        b.Referral("Bea Cho", "bea@proseware.com", "George Smith", George, now.AddDays(-5))
            .Sent(now.AddDays(-3), "George Smith suggested we connect", "bea@proseware.com");
        // replied
        b.Referral("Rae Lim", "rae@relecloud.net", "Priya Shah", Priya, now.AddDays(-11))
            .Sent(now.AddDays(-10), "Priya Shah suggested we connect", "rae@relecloud.net")
            .Received(now.AddDays(-8), "Re: Priya Shah suggested we connect", "rae@relecloud.net", "Happy to talk!");
        // a name that is markup
        b.Referral("<script>alert(1)</script>", "xss@woodgrove.com", "O'Brien & <b>Sons</b>", "obrien@proseware.com", now.AddDays(-1));
        return b.Write(now);
    }
}
