using OutlookReferral.Introductions;
using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

/// <summary>
/// Writes one rep's mailbox for a corpus round: earlier mail that makes people known, then the cases,
/// each an HTML body turned into the preview Graph returns. "Context" cases set up a thread and are not
/// counted as look-alikes.
/// </summary>
internal sealed class RoundMailbox(string name, string rep, params string[] otherAddresses)
{
    private readonly List<MailItem> history = [];
    private readonly List<TrackedReferral> tracked = [];
    private readonly List<CorpusCase> cases = [];

    public string Me { get; } = rep;

    public RepProfile Rep { get; } = RepProfile.Create($"rep-{name}", Person(rep).Name, [AddressOf(rep), .. otherAddresses]);

    /// <summary>Earlier mail from <paramref name="person"/> to the rep, so the rep knows them.</summary>
    public void Knows(string person, string subject, string text, int daysAgo, string? conversation = null, string[]? cc = null) =>
        history.Add(Message(person, [Me], subject, text, cc: cc, conversation: conversation, at: Start.AddDays(-daysAgo)));

    /// <summary>Earlier mail the rep sent.</summary>
    public void Wrote(string[] to, string subject, string text, int daysAgo, string? conversation = null, string[]? cc = null) =>
        history.Add(Message(Me, to, subject, text, cc: cc, conversation: conversation, at: Start.AddDays(-daysAgo), folder: MailFolderKind.SentItems));

    public void Tracks(string prospect, string source, int daysAgo)
    {
        var (prospectName, prospectAddress) = Person(prospect);
        var (sourceName, sourceAddress) = Person(source);
        tracked.Add(new TrackedReferral($"r-{prospectAddress}", new Party(prospectName, prospectAddress), new Party(sourceName, sourceAddress), Start.AddDays(-daysAgo)));
    }

    public static MailItem Mail(string from, string[] to, string subject, string html, string[]? cc = null, string? conversation = null,
        MailHeader[]? headers = null, MailFolderKind folder = MailFolderKind.Inbox) =>
        Message(from, to, subject, HtmlBody.Preview(html), cc: cc, headers: headers, conversation: conversation, folder: folder);

    public void Introduces(string description, MailItem message, string source, params string[] prospects) =>
        cases.Add(new(description, message, new Expectation(IntroductionKind.Introduction, AddressOf(source), prospects.Select(AddressOf).ToArray())));

    /// <summary>An inbound referral: the sender is the prospect.</summary>
    public void Refers(string description, MailItem message, string source) =>
        cases.Add(new(description, message, new Expectation(IntroductionKind.InboundReferral, AddressOf(source), [message.From])));

    public void Nothing(string description, MailItem message) =>
        cases.Add(new(description, message, new Expectation(null, null, [])));

    public void Context(string description, MailItem message) => Nothing($"context: {description}", message);

    public CorpusMailbox Build() => new(name, Rep, history, tracked, cases);

    public static bool IsContext(CorpusCase c) => c.Description.Contains("context: ", StringComparison.Ordinal);
}
