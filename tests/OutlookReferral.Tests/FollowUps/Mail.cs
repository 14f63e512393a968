using OutlookReferral.FollowUps;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>Small builders for the plain records the detectors take.</summary>
internal static class Mail
{
    public const string Rep = "sam@contoso.com";
    public const string Prospect = "kim@fabrikam.com";
    public const string Source = "george@adatum.com";

    public static readonly DateTimeOffset Introduced = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly RepProfile TheRep = RepProfile.Create("rep-1", "Sam Rivera", [Rep]);

    public static readonly TrackedReferral Referral = new(
        "r1", new Party("Kim Lee", Prospect), new Party("George Smith", Source), Introduced);

    private static int sequence;

    public static DateTimeOffset Day(int day, int hour = 10) => Introduced.AddDays(day).AddHours(hour - 9);

    /// <summary>A message the rep sent (from the sent items folder).</summary>
    public static MailItem Sent(DateTimeOffset at, string[] to, string[]? cc = null, string subject = "Referred by George Smith", string conversation = "conv-1") =>
        new($"s{Interlocked.Increment(ref sequence)}", conversation, subject, Rep, to, cc ?? [], at, MailFolderKind.SentItems);

    /// <summary>A message the rep received.</summary>
    public static MailItem Received(DateTimeOffset at, string from, string subject = "Re: Referred by George Smith",
        string[]? to = null, string[]? cc = null, string preview = "", string conversation = "conv-1", params MailHeader[] headers) =>
        new($"i{Interlocked.Increment(ref sequence)}", conversation, subject, from, to ?? [Rep], cc ?? [], at, MailFolderKind.Inbox, preview, headers);

    public static FollowUpStatus Evaluate(DateTimeOffset now, params MailItem[] messages) =>
        SilenceDetector.Evaluate(Referral, TheRep, messages, now);
}
