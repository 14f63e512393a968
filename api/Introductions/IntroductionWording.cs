using System.Buffers;
using System.Text.RegularExpressions;
using OutlookReferral.Introductions.Languages;

namespace OutlookReferral.Introductions;

/// <summary>
/// The forms people really use to introduce two people by mail: "Intro: Kim &lt;&gt; Sam",
/// "Sam, meet Kim", "connecting you two", "putting you in touch", "both said yes to an intro".
/// </summary>
internal static partial class IntroductionWording
{
    // "Intro" as a kind of meeting: "a quick intro call" schedules, it does not introduce.
    private const string NotAMeeting = @"(?!\s+(?:call|meeting|session|chat|deck|video|slot|zoom|teams)\b)";

    // "For you two to meet our CEO": meeting something else than each other.
    private const string NotSomethingElse = @"(?!\s+(?:our|my|the|a|an|us|me|with\s+(?:our|my|the|us|me)|at|on|in)\b)";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    // Cheap first look: any word an introduction cannot do without. Broad on purpose; Introduces decides.
    // Every phrase below contains one of these: the scan skips what this misses, and so does Detect.
    [GeneratedRegex(@"intro | \bmeet\b | \bconnect | in\s+touch | in\s+contact | opt(?:ed)?[-\s]?in\b | should\s+(?:talk|meet|speak|chat|connect|know)
        | you\s+(?:two|both) | each\s+other | take\s+it\s+from\s+here | thought\s+you | you\s+(?:should|must|ought|need)\b
        | loop(?:ing)?\s+in | ,\s*this\s+is\b | say\s+(?:hello|hi)\s+to | \bget(?:ting)?\s+you\b
        | \b(?:both|each)\s+(?:of\s+you\s+)?(?:said|agreed|opted|were|are)\b | \b(?:ok|okay|go-ahead|green\s+light|thumbs\s+up)\s+(?:on|for)\b", Options)]
    private static partial Regex Cue();

    // More cue words, looked for all at once: a vectorised search is far cheaper than more regex branches (ASCII only: keeps it vectorised).
    private static readonly SearchValues<string> CueWords = SearchValues.Create(
        ["link", "told", "mentioned", "telling you", "spoke", "rave about", "d both", "ll both"],
        StringComparison.OrdinalIgnoreCase);

    // A word every phrase of OutrightPhrase and HandoffPhrase contains (written with single spaces), or a whole-word "meet":
    // those regexes are slow, and the prefilter runs them on replies, half of all mail.
    private static readonly SearchValues<string> PhraseWords = SearchValues.Create(
        [
            "intro", "connect", "touch", "contact", "together", "talking", "both", "you two", "two of you", "thought you", "each other",
            "each of", "each said", "each agreed", "each opted", "each were", "each are", "opt-in", "opt in", "optin", "opted",
            "ok on", "ok for", "okay on", "okay for", "go-ahead", "green light", "thumbs up", "link", "told", "mentioned", "telling you",
            "spoke", "rave about",
        ],
        StringComparison.OrdinalIgnoreCase);

    // Subjects name the pair with an arrow or a joiner: "Kim <> Sam", "Contoso / Fabrikam".
    [GeneratedRegex(@"<>|<->|<=>|↔|⇔|\s(?:[/+&x|]|//)\s", Options)]
    private static partial Regex PairCue();

    // "Intro:", "Intro - ", "Quick intro", "Introduction", "Intro to Kim", "Kim Lee (Fabrikam) - intro", "Connecting: Kim / Sam";
    // not "Intro call", "Intro request", "Introduction to the new portal".
    [GeneratedRegex(@"^(?:(?:a|an|quick|brief|short|warm|virtual|friendly|mutual|personal|e-?mail|double[-\s]opt[-\s]?in)\s+)*
          (?:e-?)?intro(?:duction)?s?\b (?: \s*(?:[:\-–—|!]|$) | \s+(?:to|between|for)\s+(?!(?:our|the|a|an|this|these|your)\b) )
        | [-–—(|]\s*(?:quick\s+|warm\s+|e-?)?intro(?:duction)?\)?\s*$
        | ^connecting\s*[:\-–—]", Options)]
    private static partial Regex IntroSubject();

    // Phrases that set out to introduce: "introduce you", "you two should talk", "double opt-in", "here's the intro".
    [GeneratedRegex(@"
          \bintroduc(?:e|ing)\s+(?: you\b(?!\s+to\s+(?:our|the|a|an|this|these|what|how|some)\b) | the\s+two\s+of\s+you | each\s+other
                                  | (?:my|our\s+mutual)\s+(?:good\s+|old\s+|former\s+)?(?:friend|colleague|contact|partner|client|co-?founder|boss|manager) )
        | \bintro(?:'|’)?ing\s+you\b | \bintro\s+you\s+(?:two|both|to)\b | \be-intro
        | \b(?:like|love|want|wanted)\s+you\s+(?:two\s+|both\s+)?to\s+meet\b | \byou\s+(?:two\s+|both\s+)?should\s+(?:really\s+)?meet\b | \bplease\s+meet\b
        | \bmeet\s+my\s+(?:good\s+|old\s+|former\s+)?(?:friend|colleague|partner|co-?founder)
        | \bconnect(?:ing)?\s+(?:you\s+(?:two|both)\b | the\s+two\s+of\s+you)
        | \b(?:put|putting|get|getting)\s+you\s+(?:two|both)\s+(?:in\s+(?:touch|contact)|connected|together|talking)\b | \bbring(?:ing)?\s+you\s+(?:two|both)\s+together\b
        | \byou\s+(?:two|both)\s+(?:should|ought\s+to|need\s+to|have\s+to|must)\s+(?:talk|meet|connect|chat|speak|know|get|compare|catch|grab|hop|jump|find)\b
        | \bthought\s+you\s+(?:two\s+|both\s+)?(?:should|ought\s+to|might|would|could)\s+(?:talk|meet|connect|chat|speak|know|get\s+(?:along|on)|benefit|enjoy|compare)
        | \bshould\s+(?:know|meet)\s+each\s+other\b
        | \byou\s+(?:two|both)\s+(?:would|will|could|are\s+going\s+to)\s+(?:get\s+(?:along|on)|hit\s+it\s+off|have\s+(?:a\s+lot|lots|plenty|much)\s+to|love|like|enjoy|click)
        | \byou(?:'d|’d|'ll|’ll|\s+would|\s+will)\s+(?:two|both)\s+(?:benefit|enjoy|get\s+(?:a\s+lot|along|on)|have\s+(?:a\s+lot|lots|plenty|much)|hit\s+it\s+off|click)
        | \b(?:hope|hoping|sure)\s+you\s+(?:two|both)\s+(?:can|could|will)\s+(?:connect|talk|meet|chat|speak|get\s+together|compare\s+notes|help\s+each\s+other)\b" + NotSomethingElse + @"
        | \bfor\s+you\s+(?:two|both)\s+to\s+(?:connect|meet|talk|chat|speak|get\s+(?:together|acquainted|to\s+know))\b" + NotSomethingElse + @"
        | \b(?:worth\s+)?you\s+(?:two|both)\s+(?:talking|chatting|connecting|meeting|speaking)\b
        | \bdouble[-\s]opt[-\s]?in\b
        | \b(?:both|each)\s+(?:of\s+you\s+)?(?:said\s+yes|agreed|opted\s+in|(?:were|are)\s+(?:keen|up\s+for|happy|open))\b
        | \b(?:ok|okay|go-ahead|green\s+light|thumbs\s+up)\s+(?:on|for)\s+(?:this|the|an)\s+(?:one|intro|introduction|connection)\b
        | \b(?:make|making|made|do|doing)\s+(?:a|an|the|this|a\s+quick|a\s+virtual|an\s+email)\s+(?:intro|introduction|connection)\b" + NotAMeeting + @"
        | \bhere(?:'s|’s|\s+is)\s+(?:the|an|your|my|a\s+quick)\s+intro(?:duction)?\b
        | \bthe\s+intro(?:duction)?\s+(?:I|we)\s+(?:promised|mentioned|discussed|offered)\b
        | \b(?:quick|brief|short|warm|virtual|e-?mail)\s+intro(?:duction)?\b" + NotAMeeting + @"(?!\s+(?:about|on|to\s+(?:our|the|my)\b))", Options)]
    private static partial Regex OutrightPhrase();

    // Phrases that hand one person on to another: "connecting you with", "putting you in touch", "I'll put her in touch with you".
    // Writers use them for their own colleagues too (support, billing), so alone they only introduce outsiders.
    [GeneratedRegex(@"
          \bconnect(?:ing)?\s+you\b(?!\s+(?:with|to)\s+(?:our|the|a|an|this|these|support|customer)\b)
        | \b(?:put|putting|get|getting)\s+you\s+in\s+(?:touch|contact)\b(?!\s+with\s+(?:our|the|a|an|support|customer)\b)
        | \b(?:get|getting)\s+you\s+(?:connected|together|talking)\b
        | \b(?:put|putting|get|getting)\s+(?:her|him|them)\s+in\s+(?:touch|contact)\s+with\s+you\b
        | \b(?:connect|connecting|introduce|introducing)\s+(?:her|him|them)\s+(?:to|with)\s+you\b
        | \blink(?:ing)?\s+you\s+(?:two\s+|both\s+)?up\b | \bI\s+told\s+\p{L}+\s+(?:all\s+)?about\s+you\b
        | \b(?:leave|leaving)\s+you\s+(?:two|both)\s+to\b | \bover\s+to\s+you\s+(?:two|both)\b
        | \blet\s+you\s+(?:two|both)\s+(?:take\s+it|find|connect|set|arrange|schedule|carry|continue|pick|figure|sort|coordinate|chat|talk)\b
        | \b(?:(?:the|a)\s+(?:person|one|guy|woman|friend|contact)\s+|who(?:m)?\s+)I\s+(?:had\s+)?(?:mentioned|told\s+you\s+(?:all\s+)?about
              |was\s+telling\s+you\s+about|keep\s+telling\s+you\s+about|spoke\s+(?:to\s+you\s+)?(?:about|of)|rave\s+about)", Options)]
    private static partial Regex HandoffPhrase();

    // "Sam, meet Kim", "introducing Kim": an introduction when the name is an addressee's. Not "let's meet Tuesday", "Meet our new CFO".
    [GeneratedRegex(@"(?: \bintroduc(?:e|ing) | (?<!\b(?:let'?s|let\s+us|we|i|we'll|i'll|can|could|shall)\s)\bmeet[,:]? )
        \s+ (?-i:(?<who>\p{Lu}[\p{L}'’-]*))", Options)]
    private static partial Regex OutrightNaming();

    // "connecting Kim and Sam", "looping in Kim", "Lin, this is Sam", "you should talk to Kim": handing on to a named addressee.
    [GeneratedRegex(@"(?: \bconnect(?:ing)? | \bloop(?:ing)?\s+in | ,\s*this\s+is | \bsay\s+(?:hello|hi)\s+to
          | \byou\s+(?:two\s+|both\s+)?(?:should|must|ought\s+to|need\s+to)\s+(?:really\s+|definitely\s+)?(?:connect|talk|speak|chat|meet|get\s+in\s+touch)\s+(?:with|to) )
        \s+ (?-i:(?<who>\p{Lu}[\p{L}'’-]*))", Options)]
    private static partial Regex HandoffNaming();

    // "Sam, Nadia. Nadia, Sam.": each named to the other, the oldest introduction there is.
    [GeneratedRegex(@"(?<a>\p{Lu}\p{L}+)\s*[,–—-]\s*(?<b>\p{Lu}\p{L}+)\s*[.!;]\s+\k<b>\s*[,–—-]\s*\k<a>\b", RegexOptions.CultureInvariant)]
    private static partial Regex MirroredNames();

    // A writer introducing themselves or their product: cold outreach, however the subject reads.
    [GeneratedRegex(@"\bintroduc(?:e|ing)\s+(?:you\s+to\s+)?(?: myself | ourselves | our\b(?!\s+mutual)
                          | my\s+(?:company|firm|team|startup|agency|business|product|services?|platform|solution) )
        | \bintro(?:duction)?\s+(?:about|on)\s+(?:me|us|myself|ourselves|our)\b
        | \bintroduction\s+to\s+(?:my|our)\s+(?:company|firm|team|startup|agency|business|product|services?|platform|solution)", Options)]
    private static partial Regex SelfIntroduction();

    /// <summary>Could the subject (empty for a forward) or the opening lines introduce someone? Allocation-free.</summary>
    public static bool HasCue(ReadOnlySpan<char> subject, ReadOnlySpan<char> opening) =>
        Cue().IsMatch(subject) || PairCue().IsMatch(subject) || Cue().IsMatch(opening) || opening.ContainsAny(CueWords)
        || MirroredNames().IsMatch(opening);

    /// <summary>Could these lines introduce someone by their own phrasing ("Felipe, meet Sam")? Allocation-free; for replies, whose subject is the thread's.</summary>
    public static bool HasPhraseCue(ReadOnlySpan<char> opening) => MayHoldPhrase(opening) && SaysAnyPhrase(opening);

    /// <summary>The phrases themselves, without the cheap word test in front (for the test that keeps the two in step).</summary>
    internal static bool SaysAnyPhrase(ReadOnlySpan<char> opening) =>
        OutrightPhrase().IsMatch(opening) || OutrightNaming().IsMatch(opening) || HandoffPhrase().IsMatch(opening);

    /// <param name="topic">The subject without gateway tags; empty for a forward, whose subject is someone else's.</param>
    /// <param name="opening">The lines the writer typed above any quoted text.</param>
    public static IntroductionStrength Introduces(string topic, string opening, Addressees people)
    {
        if (SelfIntroduction().IsMatch(topic) || SelfIntroduction().IsMatch(opening))
        {
            return IntroductionStrength.None;
        }
        if ((topic.Length > 0 && (IntroSubject().IsMatch(topic) || PairedSubject.Pairs(topic, people)))
            || Says(OutrightPhrase(), OutrightNaming(), topic, people) || Says(OutrightPhrase(), OutrightNaming(), opening, people)
            || NamesEachToTheOther(opening, people))
        {
            return IntroductionStrength.Outright;
        }
        var english = Says(HandoffPhrase(), HandoffNaming(), topic, people) || Says(HandoffPhrase(), HandoffNaming(), opening, people)
            ? IntroductionStrength.Handoff
            : IntroductionStrength.None;
        var other = Wordings.Introduces(topic, opening);
        // The other languages' self-introductions only where something else would count: most mail introduces nobody.
        return other > english ? (Wordings.IsSelfIntroduction(topic, opening) ? IntroductionStrength.None : other) : english;
    }

    private static bool NamesEachToTheOther(string text, Addressees people)
    {
        foreach (Match match in MirroredNames().Matches(text))
        {
            if (people.IsFirstNameOfOne(match.Groups["a"].Value) && people.IsFirstNameOfOne(match.Groups["b"].Value))
            {
                return true;
            }
        }
        return false;
    }

    private static bool MayHoldPhrase(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(PhraseWords))
        {
            return true;
        }
        // "meet" as a word ("Sam, meet Kim", "you two should meet"), not "meeting".
        for (var at = text.IndexOf("meet", StringComparison.OrdinalIgnoreCase); at >= 0; at = NextMeet(text, at))
        {
            if (at + 4 == text.Length || !char.IsLetter(text[at + 4]))
            {
                return true;
            }
        }
        return false;
    }

    private static int NextMeet(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 4)..].IndexOf("meet", StringComparison.OrdinalIgnoreCase);
        return next < 0 ? -1 : at + 4 + next;
    }

    private static bool Says(Regex phrase, Regex naming, string text, Addressees people)
    {
        if (MayHoldPhrase(text) && phrase.IsMatch(text))
        {
            return true;
        }
        foreach (Match match in naming.Matches(text))
        {
            if (people.IsFirstNameOfOne(match.Groups["who"].Value))
            {
                return true;
            }
        }
        return false;
    }
}
