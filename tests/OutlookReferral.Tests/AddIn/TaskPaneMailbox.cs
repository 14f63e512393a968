using System.Globalization;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// The mailbox the task-pane tests read: one referral in each state the pane shows, as of
/// <see cref="ApiFactory.DemoNow"/> (23 Nov 2026, 15:00 UTC).
/// </summary>
public static class TaskPaneMailbox
{
    private const string George = "george@northwind.example";
    private const string Aisha = "aisha@woodgrove.example";
    private const string Priya = "priya@fabrikam.example";
    private const string Tomas = "tomas@adatum.example";
    private const string Lena = "lena@litware.example";
    private const string Marcus = "marcus@tailspin.example";
    private const string Sven = "sven@fourthcoffee.example";
    private const string Hannah = "hannah@wingtip.example";
    private const string Olivia = "olivia@proseware.example";

    /// <summary>Writes the folder and returns its path; the caller deletes it.</summary>
    public static string Write() => new MailboxFolderBuilder()
        // Quiet: one note nine days ago, so the second note is due.
        .Referral("Priya Natarajan", Priya, "George Miller", George, At("2026-11-10T09:00"))
        .Received(At("2026-11-10T09:00"), "Introduction: Sam, meet Priya", George, "Sam, meet Priya. You two should talk.")
        .Sent(At("2026-11-14T10:00"), "Great to meet you, Priya (George Miller's introduction)", Priya)
        // Quiet: two notes, the last 25 days ago: time to ask the source.
        .Referral("Tomás Ortega", Tomas, "Aisha Khan", Aisha, At("2026-10-20T08:00"))
        .Sent(At("2026-10-21T09:00"), "Aisha Khan suggested we talk", Tomas)
        .Sent(At("2026-10-29T14:00"), "Following up on Aisha Khan's introduction", Tomas)
        // New: introduced yesterday, not contacted.
        .Referral("Lena Fischer", Lena, "George Miller", George, At("2026-11-22T16:00"))
        // Replied: the prospect answered the rep's note.
        .Referral("Marcus Chen", Marcus, "Aisha Khan", Aisha, At("2026-11-02T08:30"))
        .Sent(At("2026-11-03T10:00"), "Hello from Sam, via Aisha Khan", Marcus)
        .Received(At("2026-11-05T12:00"), "RE: Hello from Sam, via Aisha Khan", Marcus, "Thanks Sam, Thursday works for a call.")
        // Paused: the answer is an automatic reply naming a return date.
        .Referral("Sven Larsen", Sven, "Aisha Khan", Aisha, At("2026-11-01T10:00"))
        .Sent(At("2026-11-12T09:00"), "Introduction from Aisha Khan", Sven)
        .Received(At("2026-11-12T09:01"), "Automatic reply: Introduction from Aisha Khan", Sven,
            "I am out of the office until 1 December 2026 with limited access to email.", ("Auto-Submitted", "auto-replied"))
        // Waiting: noted four days ago, still inside the week's wait.
        .Referral("Hannah Weber", Hannah, "George Miller", George, At("2026-11-17T13:00"))
        .Sent(At("2026-11-19T11:00"), "George Miller mentioned your project", Hannah)
        // Closed.
        .Referral("Olivia Brooks", Olivia, "George Miller", George, At("2026-09-15T09:00"), closedAt: At("2026-10-30T17:00"))
        .Write(ApiFactory.DemoNow);

    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.ParseExact(utc, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
