using OutlookReferral.Introductions;
using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

/// <summary>What the detector should find in one corpus message: nothing, or one source and its prospects.</summary>
public sealed record Expectation(IntroductionKind? Kind, string? Source, string[] Prospects);

public sealed record CorpusCase(string Description, MailItem Message, Expectation Expected)
{
    public override string ToString() => Description;
}

/// <summary>
/// Real-shaped mail a rep receives: introductions in the many ways people write them, and the
/// look-alikes that must not become referrals. Fictional people; contoso.com is the rep's company.
/// </summary>
internal static partial class IntroductionCorpus
{
    // People the rep already knows: the sources of inbound referrals are found among them.
    public const string George = "George Smith <george@adatum.com>";
    public const string Alicia = "Alicia Gómez <alicia@woodgrovebank.com>";
    public const string Marcus = "Marcus Chen <marcus.chen@relecloud.com>";
    public const string Hannah = "Hannah Okafor <hannah@litwareinc.com>";
    public const string Ben = "Ben Walsh <ben@northwindtraders.com>";
    public const string Olivia = "Olivia Brandt <olivia@tailspintoys.com>";
    public const string Rachel = "Smith, Rachel <rachel.smith@fabrikam.com>";
    public const string ChrisAtProseware = "Chris Taylor <chris.taylor@proseware.com>";
    public const string ChrisAtWingtip = "Chris Taylor <ctaylor@wingtiptoys.com>";

    // The rep's colleagues.
    public const string Priya = "Priya Nair <priya@contoso.com>";
    public const string Tom = "Tom Becker <tom@contoso.com>";
    public const string Lena = "Lena Ortiz <lena.ortiz@contoso.com>";

    public static IEnumerable<CorpusCase> All => TrueIntroductions().Concat(LookAlikes()).Concat(HeldOut()).Concat(HeldOut3());

    /// <summary>Earlier correspondence: who the rep has written with before the scan.</summary>
    public static IEnumerable<MailItem> History() =>
    [
        Message(George, [Sam], "Dinner next week?", "Are you free Thursday?", at: Start.AddDays(-90)),
        Message(Sam, [Alicia, Marcus], "Panel prep", "Notes from our call attached.", at: Start.AddDays(-80), folder: MailFolderKind.SentItems),
        Message(Hannah, [Sam], "Litware renewal", "Signed copy attached.", cc: [Ben], at: Start.AddDays(-70)),
        Message(Sam, [Olivia], "Thanks!", "Great seeing you at the expo.", cc: [Rachel], at: Start.AddDays(-60), folder: MailFolderKind.SentItems),
        Message(ChrisAtProseware, [Sam], "Proseware pilot", "Kick-off on Monday?", at: Start.AddDays(-50)),
        Message(ChrisAtWingtip, [Sam, Priya], "Wingtip booth", "Booth 14 is ours.", at: Start.AddDays(-40)),
        Message(Tom, [Sam, Lena], "Team lunch", "Friday at noon.", at: Start.AddDays(-30)),
    ];

    /// <summary>Prospects the rep already tracks; their introductions are not new.</summary>
    public static IReadOnlyCollection<TrackedReferral> Tracked() =>
    [
        new("r-jordan", new Party("Jordan Blake", "Jordan@TailspinToys.com"), new Party("Olivia Brandt", "olivia@tailspintoys.com"), Start.AddDays(-20)),
    ];

    private static CorpusCase Introduces(string description, MailItem message, string source, params string[] prospects) =>
        new(description, message, new Expectation(IntroductionKind.Introduction, AddressOf(source), prospects.Select(AddressOf).ToArray()));

    /// <summary>An inbound referral: the sender is the prospect.</summary>
    private static CorpusCase Refers(string description, MailItem message, string source) =>
        new(description, message, new Expectation(IntroductionKind.InboundReferral, AddressOf(source), [message.From]));

    private static CorpusCase Nothing(string description, MailItem message) =>
        new(description, message, new Expectation(null, null, []));
}
