using OutlookReferral.FollowUps;

namespace OutlookReferral.Introductions;

/// <summary>
/// Finds introductions in the rep's mail: a third person writing to the rep and a prospect together,
/// or a prospect writing first and naming who sent them. Precision before recall: a missed
/// introduction costs the rep a manual click, a wrong one puts a stranger in their follow-ups.
/// Pure: plain records in, candidates out, no clock and no I/O.
/// </summary>
public static class IntroductionDetector
{
    // More people than this besides the rep is a mailing, not an introduction.
    private const int MostOtherAddressees = 5;

    /// <summary>
    /// Cheap test used while paging through the whole mailbox: could this message be an introduction?
    /// Wording only and allocation-free; when it says no, <see cref="Detect"/> finds nothing in the message either.
    /// </summary>
    public static bool MightBeIntroduction(MailItem message)
    {
        // An introduction opens its thread: a reply never is one.
        if (SubjectLine.IsReply(message.Subject))
        {
            return false;
        }
        var opening = MessageOpening.Of(message.BodyPreview);
        // A forward's subject is someone else's; only what the forwarder wrote counts.
        var subject = SubjectLine.IsForward(message.Subject) ? [] : message.Subject.AsSpan();
        return IntroductionWording.HasCue(subject, opening) || ReferralWording.HasCue(subject) || ReferralWording.HasCue(opening);
    }

    /// <summary>
    /// The introductions among <paramref name="messages"/> (oldest first), one per conversation and prospect (the earliest),
    /// leaving out prospects the rep already tracks.
    /// </summary>
    public static IReadOnlyList<IntroductionCandidate> Detect(
        IEnumerable<MailItem> messages, RepProfile rep, Correspondents correspondents, IReadOnlyCollection<TrackedReferral> tracked)
    {
        var trackedProspects = tracked.Select(t => Address.Normalize(t.Prospect.Address)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string Conversation, string Prospect)>();
        var found = new List<IntroductionCandidate>();
        foreach (var message in messages.OrderBy(m => m.At))
        {
            foreach (var candidate in Examine(message, rep, correspondents))
            {
                if (!trackedProspects.Contains(candidate.Prospect.Address) && seen.Add((candidate.ConversationId, candidate.Prospect.Address)))
                {
                    found.Add(candidate);
                }
            }
        }
        return found;
    }

    private static IEnumerable<IntroductionCandidate> Examine(MailItem message, RepProfile rep, Correspondents correspondents)
    {
        var from = Address.Normalize(message.From);
        bool IsRep(string address) => rep.Owns(Address.Normalize(address));
        if (!MightBeIntroduction(message) || message.Folder == MailFolderKind.SentItems || IsRep(from) || ImpersonalMailRules.IsImpersonal(message))
        {
            return [];
        }
        var others = message.To.Concat(message.Cc).Select(Address.Normalize)
            .Where(a => a.Length > 0 && a != from && !IsRep(a)).Distinct().ToList();
        var repInTo = message.To.Any(IsRep);
        if (!(repInTo || message.Cc.Any(IsRep)) || others.Count > MostOtherAddressees)
        {
            return [];
        }
        var repDomains = rep.Addresses.Select(MailDomain.Of).Where(d => d.Length > 0).ToList();
        var prospects = others.Where(a => !MailDomain.IsWithin(a, repDomains)).ToList();
        var people = new Addressees(message, rep, others, prospects);
        var topic = SubjectLine.IsForward(message.Subject) ? "" : SubjectLine.Topic(message.Subject);
        var opening = MessageOpening.Of(message.BodyPreview).ToString();
        var strength = prospects.Count > 0 ? IntroductionWording.Introduces(topic, opening, people) : IntroductionStrength.None;

        // A prospect naming who sent them, with that person copied, is a referral even when it reads like an introduction.
        if (SourceTheWriterCites(message, topic, opening, others, correspondents) is var (source, copied)
            && (copied || strength == IntroductionStrength.None))
        {
            var inbound = repInTo && !MailDomain.IsWithin(from, repDomains) && source.Address != from && !IsRep(source.Address);
            return inbound ? [Candidate(message, source, Person(message, from), IntroductionKind.InboundReferral)] : [];
        }
        if (strength == IntroductionStrength.None)
        {
            return [];
        }
        // "Looping in Tim", "you should talk to Ruth": a writer handing on to their own colleague is not introducing a prospect.
        var writer = Person(message, from);
        var writerDomain = MailDomain.Of(from);
        return Introduced(people, topic, opening)
            .Where(p => strength == IntroductionStrength.Outright || MailDomain.Of(p) != writerDomain)
            .Select(p => Candidate(message, writer, Person(message, p), IntroductionKind.Introduction));
    }

    // When the wording names some prospects, those are the ones introduced; the rest are copied along (an assistant, a colleague).
    private static IReadOnlyList<string> Introduced(Addressees people, string topic, string opening)
    {
        var named = people.Prospects
            .Where(p => Text.HasWord(topic, p.Name.First) || Text.HasWord(opening, p.Name.First))
            .Select(p => p.Address).ToList();
        return named.Count > 0 ? named : people.Prospects.Select(p => p.Address).ToList();
    }

    private static (Party Source, bool Copied)? SourceTheWriterCites(
        MailItem message, string topic, string opening, IReadOnlyList<string> others, Correspondents correspondents)
    {
        foreach (var cited in ReferralWording.CitedNames(topic).Concat(ReferralWording.CitedNames(opening)))
        {
            if (CopiedPerson(message, cited, others) is { } copied)
            {
                return (Person(message, copied), true);
            }
            if (KnownPerson(cited, correspondents) is { } known)
            {
                return (known, false);
            }
        }
        return null;
    }

    // "George (cc'd) suggested I reach out": the message itself says who George is.
    private static string? CopiedPerson(MailItem message, string cited, IReadOnlyList<string> others)
    {
        var name = PersonName.Parse(cited);
        var matches = others.Where(a => PersonName.Of(message, a) is var n
            && (name.IsFull ? n.Matches(name) : n.First.Equals(name.First, StringComparison.OrdinalIgnoreCase))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    // "At Alicia Gómez's suggestion" may have caught a stray word on either side of the name.
    private static Party? KnownPerson(string cited, Correspondents correspondents)
    {
        var words = cited.Split(' ');
        for (var length = words.Length; length >= 2; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (correspondents.FindByName(string.Join(' ', words, start, length)) is { } party)
                {
                    return party;
                }
            }
        }
        return null;
    }

    private static Party Person(MailItem message, string address) => new(message.NameOf(address), address);

    private static IntroductionCandidate Candidate(MailItem message, Party source, Party prospect, IntroductionKind kind) =>
        new(message.Id, message.ConversationId, message.Subject, message.At, source, prospect, kind);
}
