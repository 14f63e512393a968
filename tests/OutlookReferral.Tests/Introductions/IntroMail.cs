using OutlookReferral.Introductions;

namespace OutlookReferral.Tests.Introductions;

/// <summary>
/// Builders for introduction-shaped mail. People are written as "Display Name &lt;address&gt;",
/// the way a mail client shows them, so a case reads like the message it stands for.
/// </summary>
internal static class IntroMail
{
    public const string Sam = "Sam Rivera <sam@contoso.com>";

    public static readonly RepProfile TheRep = RepProfile.Create("rep-1", "Sam Rivera", ["sam@contoso.com", "sam.rivera@contoso.com"]);

    public static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private static int sequence;

    public static MailItem Message(string from, string[] to, string subject, string preview = "", string[]? cc = null,
        MailHeader[]? headers = null, string? conversation = null, DateTimeOffset? at = null, MailFolderKind folder = MailFolderKind.Inbox)
    {
        var id = Interlocked.Increment(ref sequence);
        var people = new[] { from }.Concat(to).Concat(cc ?? []).Select(Person).ToList();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, address) in people.Where(p => p.Name.Length > 0))
        {
            names.TryAdd(address, name);
        }
        return new MailItem($"m{id}", conversation ?? $"conv-{id}", subject, Person(from).Address,
            to.Select(p => Person(p).Address).ToList(), (cc ?? []).Select(p => Person(p).Address).ToList(),
            at ?? Start.AddMinutes(id), folder, preview, headers)
        {
            Names = names,
        };
    }

    public static MailHeader Header(string name, string value) => new(name, value);

    /// <summary>"Kim Lee &lt;kim@fabrikam.com&gt;" or a bare address.</summary>
    public static (string Name, string Address) Person(string written)
    {
        var open = written.IndexOf('<');
        return open < 0
            ? ("", Address.Normalize(written))
            : (written[..open].Trim(), Address.Normalize(written[(open + 1)..].TrimEnd('>', ' ')));
    }

    public static string AddressOf(string written) => Person(written).Address;

    public static IReadOnlyList<IntroductionCandidate> Detect(params MailItem[] messages) =>
        IntroductionDetector.Detect(messages, TheRep, KnownPeople(messages), []);

    /// <summary>Correspondents built from the messages themselves, as the scan does.</summary>
    public static Correspondents KnownPeople(IEnumerable<MailItem> messages)
    {
        var people = new Correspondents();
        foreach (var message in messages)
        {
            people.Add(message);
        }
        return people;
    }
}
