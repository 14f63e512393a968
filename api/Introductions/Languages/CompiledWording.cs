using System.Buffers;
using System.Text.RegularExpressions;

namespace OutlookReferral.Introductions.Languages;

/// <summary>One language's phrases compiled once, each list into one expression.</summary>
internal sealed class CompiledWording
{
    // A cited name: capitalised words, with the small words names carry ("María del Carmen López", "Wim van den Berg").
    private const string Name =
        @"(?-i:(?<name>\p{Lu}[\p{L}'’-]*\.?(?:[ ](?:(?:de|del|da|do|dos|das|van|von|der|den|ten|ter|la|le|du|di|y)[ ])*\p{Lu}[\p{L}'’-]*\.?){0,4}))";

    public CompiledWording(LanguageWording words)
    {
        Words = words;
        anchors = SearchValues.Create(words.Anchors, StringComparison.OrdinalIgnoreCase);
        IntroSubject = Compile(words.IntroSubjects, anchored: true);
        Outright = Compile(words.Outright);
        Handoff = Compile(words.Handoff);
        ForwardHandoff = Compile(words.ForwardHandoff);
        Cites = Compile([.. words.CitesThenName, .. words.NameThenCites]);
        LookBack = Compile(words.LookBack);
        SelfIntroduction = Compile(words.SelfIntroduction);
        Recruiting = Compile(words.Recruiting);
        ServiceHandover = Compile(words.ServiceHandover);
        Observer = Compile(words.Observer);
    }

    private readonly SearchValues<string> anchors;

    public LanguageWording Words { get; }

    /// <summary>Does the text hold one of this language's anchors? Its expressions are worth running only then.</summary>
    public bool HasAnchor(ReadOnlySpan<char> text) => text.ContainsAny(anchors);

    public Regex? IntroSubject { get; }

    public Regex? Outright { get; }

    public Regex? Handoff { get; }

    public Regex? ForwardHandoff { get; }

    public Regex? Cites { get; }

    public Regex? LookBack { get; }

    public Regex? SelfIntroduction { get; }

    public Regex? Recruiting { get; }

    public Regex? ServiceHandover { get; }

    public Regex? Observer { get; }

    private static Regex? Compile(string[] phrases, bool anchored = false)
    {
        if (phrases.Length == 0)
        {
            return null;
        }
        var body = string.Join("|", phrases.Select(p => "(?:" + p.Replace(" ", @"\s+", StringComparison.Ordinal).Replace("{name}", Name, StringComparison.Ordinal) + ")"));
        // Phrases start at a word; where one ends is its own business ("(?-i:\p{Lu})" ends inside a name).
        var pattern = anchored ? $@"^(?:{body})" : $@"(?<![\p{{L}}])(?:{body})";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
