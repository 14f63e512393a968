using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The mailbox for the card-action tests (now = <see cref="ApiFactory.DemoNow"/>): one referral per test, so a test
/// that drafts, closes, snoozes or deletes never changes what another test sees.
/// </summary>
public static class ActionsMailbox
{
    /// <summary>A prospect name and a source name that are markup: they must show as text everywhere.</summary>
    public const string MarkupProspect = "<script>alert(1)</script>";
    public const string MarkupSource = "O'Brien & <b>Sons</b>";

    public static string Write()
    {
        var now = ApiFactory.DemoNow;
        return new MailboxFolderBuilder()
            // Quiet for nine days: the second note is due (drafted in the preview test).
            .Referral("Priya Natarajan", "priya@fabrikam.example", "George Miller", "george@northwind.example", now.AddDays(-13))
            .Sent(now.AddDays(-9), "Great to meet you, Priya (George Miller's introduction)", "priya@fabrikam.example")
            // Quiet too: the refusal test routes the API's answer for it.
            .Referral("Ana Diaz", "ana@litware.example", "George Miller", "george@northwind.example", now.AddDays(-12))
            .Sent(now.AddDays(-9), "Referred by George Miller - quick call?", "ana@litware.example")
            // Two notes unanswered: ask the source (drafted inside Outlook).
            .Referral("Tomás Ortega", "tomas@adatum.example", "Aisha Khan", "aisha@woodgrove.example", now.AddDays(-34))
            .Sent(now.AddDays(-33), "Aisha Khan suggested we talk", "tomas@adatum.example")
            .Sent(now.AddDays(-25), "Following up on Aisha Khan's introduction", "tomas@adatum.example")
            // Introduced yesterday, first reach-out due; names that are markup.
            .Referral(MarkupProspect, "xss@woodgrove.example", MarkupSource, "obrien@proseware.example", now.AddDays(-1))
            // Replied: closed as won, then reopened.
            .Referral("Marcus Chen", "marcus@tailspin.example", "Aisha Khan", "aisha@woodgrove.example", now.AddDays(-21))
            .Sent(now.AddDays(-20), "Hello from Sam, via Aisha Khan", "marcus@tailspin.example")
            .Received(now.AddDays(-18), "RE: Hello from Sam, via Aisha Khan", "marcus@tailspin.example", "Thanks Sam, Thursday works.")
            // New: snoozed.
            .Referral("Lena Fischer", "lena@litware.example", "George Miller", "george@northwind.example", now.AddDays(-2))
            // Waiting: deleted.
            .Referral("Hannah Weber", "hannah@wingtip.example", "George Miller", "george@northwind.example", now.AddDays(-6))
            .Sent(now.AddDays(-4), "George Miller mentioned your project", "hannah@wingtip.example")
            .Write(now);
    }
}
