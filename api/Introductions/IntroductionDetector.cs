using OutlookReferral.Introductions.Languages;

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
        var opening = MessageOpening.Of(message.BodyPreview);
        // A reply introduces only when its own lines say so ("Great! Felipe, meet Sam"): its subject is the thread's.
        if (SubjectLine.IsReply(message.Subject))
        {
            return IntroductionWording.HasPhraseCue(opening) || Wordings.HasPhrase(opening);
        }
        // A forward's subject is someone else's; only what the forwarder wrote counts.
        var isForward = SubjectLine.IsForward(message.Subject);
        var subject = isForward ? [] : message.Subject.AsSpan();
        return IntroductionWording.HasCue(subject, opening) || ReferralWording.HasCue(subject) || ReferralWording.HasCue(opening)
            || Wordings.MayIntroduce(subject, opening, isForward);
    }

    /// <summary>
    /// The introductions among <paramref name="messages"/> (oldest first), one per conversation and prospect (the earliest),
    /// leaving out prospects the rep already tracks.
    /// </summary>
    /// <param name="examined">
    /// What each message showed when examined before, by message id, for this rep and these correspondents (a window
    /// that did not change): read instead of examined again, and filled with what is examined now.
    /// </param>
    public static IReadOnlyList<IntroductionCandidate> Detect(
        IEnumerable<MailItem> messages, RepProfile rep, Correspondents correspondents, IReadOnlyCollection<TrackedReferral> tracked,
        IDictionary<string, IReadOnlyList<IntroductionCandidate>>? examined = null)
    {
        var trackedProspects = tracked.Select(t => Address.Normalize(t.Prospect.Address)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string Conversation, string Prospect)>();
        var found = new List<IntroductionCandidate>();
        foreach (var message in messages.OrderBy(m => m.At))
        {
            IReadOnlyList<IntroductionCandidate>? shown = null;
            if (examined is null || !examined.TryGetValue(message.Id, out shown))
            {
                // Most messages show none: those share one empty list, not a list and its wrapper each (the memo holds
                // one result per kept message for as long as the window is held).
                var examinedNow = Examine(message, rep, correspondents).ToArray();
                shown = examinedNow.Length == 0 ? [] : examinedNow;
                if (examined is not null)
                {
                    examined[message.Id] = shown;
                }
            }
            foreach (var candidate in shown)
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
        var found = Candidates(message, rep, correspondents).ToList();
        if (found.Count == 0)
        {
            return found;
        }
        // Checked in six languages, so only for what would otherwise be suggested: a job for the rep, or someone already
        // writing with the rep looking back at an old introduction ("ever since you put us in touch").
        var topic = SubjectLine.IsForward(message.Subject) || SubjectLine.IsReply(message.Subject) ? "" : SubjectLine.Topic(message.Subject);
        var opening = MessageOpening.Of(message.BodyPreview).ToString();
        return Wordings.IsRecruiting(topic, opening) || (Wordings.LooksBack(opening) && !IsNewTo(correspondents, message.From, message)) ? [] : found;
    }

    private static IEnumerable<IntroductionCandidate> Candidates(MailItem message, RepProfile rep, Correspondents correspondents)
    {
        var from = Address.Normalize(message.From);
        bool IsRep(string address) => rep.Owns(Address.Normalize(address));
        if (!MightBeIntroduction(message) || message.Folder == MailFolderKind.SentItems || IsRep(from) || ImpersonalMailRules.IsImpersonal(message))
        {
            return [];
        }
        if (OthersAddressed(message, from, IsRep) is not { } others)
        {
            return [];
        }
        var repInTo = message.To.Any(IsRep);
        var repDomains = rep.Addresses.Select(MailDomain.Of).Where(d => d.Length > 0).ToList();
        var prospects = others.Where(a => !MailDomain.IsWithin(a, repDomains)).ToList();
        var people = new Addressees(message, rep, others, prospects);
        var isReply = SubjectLine.IsReply(message.Subject);
        var topic = SubjectLine.IsForward(message.Subject) || isReply ? "" : SubjectLine.Topic(message.Subject);
        var opening = MessageOpening.Of(message.BodyPreview).ToString();
        if (OtherPurposeWording.IsRecruiting(topic, opening))
        {
            return [];
        }
        var strength = prospects.Count > 0 ? IntroductionWording.Introduces(topic, opening, people) : IntroductionStrength.None;
        // "Kim, meet Hiro (Sam cc'd for visibility)", "Intro: Kim <> Hiro": the rep watches an introduction between others.
        var betweenOthers = PairedSubject.PairsOthers(topic, people) || (!repInTo && OtherPurposeWording.CopiesTheRepToWatch(opening, people.Rep));
        var writer = Person(message, from);
        var writerDomain = MailDomain.Of(from);
        var forwarded = SubjectLine.IsForward(message.Subject) && !MailDomain.IsWithin(from, repDomains)
            ? ForwardedMessage.Sender(message.BodyPreview, opening.Length)
            : null;
        if (isReply)
        {
            return strength == IntroductionStrength.None || betweenOthers
                ? []
                : AddedToTheThread(message, people, opening, writerDomain, correspondents)
                    .Select(p => Candidate(message, writer, Person(message, p), IntroductionKind.Introduction));
        }

        // A prospect naming who sent them, with that person copied, is a referral even when it reads like an introduction.
        if (SourceTheWriterCites(message, topic, opening, others, correspondents, IsRep) is var (source, copied)
            && (copied || strength == IntroductionStrength.None))
        {
            // The prospect writes first: someone the rep already has mail with is not being referred.
            var inbound = repInTo && !MailDomain.IsWithin(from, repDomains) && source.Address != from && !IsRep(source.Address)
                && IsNewTo(correspondents, from, message);
            return inbound ? [Candidate(message, source, Person(message, from), IntroductionKind.InboundReferral)] : [];
        }
        if (prospects.Count == 0 && forwarded is { Address: { } sender } && !betweenOthers
            && ForwardedProspect(message, sender, forwarded.Value.Name, opening, topic, people, repDomains, correspondents) is { } prospect)
        {
            return [Candidate(message, writer, prospect, IntroductionKind.Introduction)];
        }
        if (strength == IntroductionStrength.None || betweenOthers)
        {
            return [];
        }
        return IntroducedByTheWriter(message, writer, people, topic, opening, strength, forwarded?.Address, correspondents);
    }

    // The rep on To or Cc, with few enough others: the addressing an introduction has. The others, or null when it is not that.
    private static List<string>? OthersAddressed(MailItem message, string from, Func<string, bool> isRep)
    {
        var others = message.To.Concat(message.Cc).Select(Address.Normalize)
            .Where(a => a.Length > 0 && a != from && !isRep(a)).Distinct().ToList();
        return (message.To.Any(isRep) || message.Cc.Any(isRep)) && others.Count <= MostOtherAddressees ? others : null;
    }

    private static IEnumerable<IntroductionCandidate> IntroducedByTheWriter(MailItem message, Party writer, Addressees people, string topic,
        string opening, IntroductionStrength strength, string? forwardedSender, Correspondents correspondents)
    {
        var writerDomain = MailDomain.Of(writer.Address);
        // "Looping in Tim", "you should talk to Ruth", "Sean will be your account manager": a writer handing on to
        // their own colleague is not introducing a prospect, unless they say so outright and not to serve the rep.
        // "I'll leave you two to it", "connecting you with Kim" also close ordinary threads: only with someone new to the rep
        // do they introduce.
        var serving = new Lazy<bool>(() => OtherPurposeWording.IsServiceHandover(topic, opening));
        // A forward of the prospect's own request, copied to them, introduces even the writer's colleague.
        return Introduced(people, topic, opening)
            .Where(p => strength == IntroductionStrength.Outright
                ? MailDomain.Of(p) != writerDomain || !serving.Value
                : (MailDomain.Of(p) != writerDomain || (p == forwardedSender && !serving.Value)) && IsNewTo(correspondents, p, message))
            .Select(p => Candidate(message, writer, Person(message, p), IntroductionKind.Introduction));
    }

    // "FW: Help with our rollout" – "Could you reach out to Grace directly?": the forwarded mail's sender is the prospect,
    // named in the note, someone the rep has never had mail with, outside the rep's and the writer's company.
    private static Party? ForwardedProspect(MailItem message, string sender, string name, string opening, string topic, Addressees people,
        IReadOnlyList<string> repDomains, Correspondents correspondents)
    {
        var first = PersonName.Parse(name).First;
        var introduces = IntroductionWording.Introduces(topic, opening, people) != IntroductionStrength.None || Wordings.AsksToContactTheForwarded(opening);
        return introduces && sender != Address.Normalize(message.From) && !MailDomain.IsWithin(sender, repDomains)
            && MailDomain.Of(sender) != MailDomain.Of(message.From) && Text.HasWord(opening, first) && IsNewTo(correspondents, sender, message)
            && !OtherPurposeWording.IsServiceHandover(topic, opening)
            ? new Party(name, sender)
            : null;
    }

    // No mail with this address before the message (the scan's correspondents see every message it reads).
    private static bool IsNewTo(Correspondents correspondents, string address, MailItem message) =>
        correspondents.FirstSeen(address) is not { } seen || seen >= message.At;

    // An introduction inside a running thread: the writer adds someone the rep has never had mail with and names them
    // in the lines that introduce. The writer's own colleagues added to a thread are help, not prospects.
    private static IEnumerable<string> AddedToTheThread(
        MailItem message, Addressees people, string opening, string writerDomain, Correspondents correspondents) =>
        people.Prospects
            .Where(p => (Text.HasWord(opening, p.Name.First) || Text.HasWord(opening, p.Name.Last)) && MailDomain.Of(p.Address) != writerDomain && IsNewTo(correspondents, p.Address, message))
            .Select(p => p.Address);

    // When the wording names some prospects, those are the ones introduced; the rest are copied along (an assistant, a colleague).
    private static IReadOnlyList<string> Introduced(Addressees people, string topic, string opening)
    {
        var named = people.Prospects
            .Where(p => Text.HasWord(topic, p.Name.First) || Text.HasWord(opening, p.Name.First))
            .Select(p => p.Address).ToList();
        return named.Count > 0 ? named : people.Prospects.Select(p => p.Address).ToList();
    }

    private static (Party Source, bool Copied)? SourceTheWriterCites(
        MailItem message, string topic, string opening, IReadOnlyList<string> others, Correspondents correspondents, Func<string, bool> isRep)
    {
        var written = ReferralWording.CitedNames(topic).Concat(ReferralWording.CitedNames(opening))
            .Concat(Wordings.CitedNames(topic)).Concat(Wordings.CitedNames(opening));
        foreach (var (cited, titled) in written.Select(CitedName.Clean).Where(c => c.Name.Length > 0))
        {
            if (CopiedPerson(message, cited, others) is { } copied)
            {
                return (Person(message, copied), true);
            }
            // "Frau Meier von Adatum", "Herrn Dr. Krüger": a title before a surname; what follows may be a company.
            if (titled)
            {
                if (correspondents.FindByLastName(cited.Split(' ')[0]) is { } byLastName && !isRep(byLastName.Address) && !message.IsFrom(byLastName.Address))
                {
                    return (byLastName, false);
                }
                continue;
            }
            if (KnownPerson(cited, correspondents) is { } known)
            {
                return (known, false);
            }
            // "Hannah suggested I get in touch": the one Hannah at the writer's company, else the one the rep knows.
            // A loose match may have caught the greeting ("Hi Sam, ..."): the rep and the writer are never the source.
            if (!cited.Contains(' ') && !titled && ByFirstName(cited, correspondents, CompanyDomain(message.From)) is { } byFirstName
                && !isRep(byFirstName.Address) && !message.IsFrom(byFirstName.Address))
            {
                return (byFirstName, false);
            }
        }
        return null;
    }

    private static string CompanyDomain(string address) => MailDomain.CompanyLabel(address).Length > 0 ? MailDomain.Of(address) : "";

    // "George (cc'd) suggested I reach out", "Katie (cc'd)" for Katherine: the message itself says who George is.
    private static string? CopiedPerson(MailItem message, string cited, IReadOnlyList<string> others)
    {
        var name = PersonName.Parse(cited);
        var firsts = CitedName.FirstNames(name.First);
        var matches = others.Where(a => PersonName.Of(message, a) is var n
            && firsts.Contains(PersonName.Fold(n.First)) && (!name.IsFull || PersonName.Fold(n.Last) == PersonName.Fold(name.Last))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    // "Liz" for Elizabeth only when the short form alone finds nobody, and only when one full name does.
    private static Party? ByFirstName(string first, Correspondents correspondents, string domain) =>
        correspondents.FindByFirstName(first, domain)
        ?? Wordings.FullNamesFor(first).Select(f => correspondents.FindByFirstName(f, domain)).OfType<Party>().DistinctBy(p => p.Address).SingleOrDefaultIfMany();

    // "At Alicia Gómez's suggestion" may have caught a stray word on either side of the name.
    private static Party? KnownPerson(string cited, Correspondents correspondents)
    {
        var words = cited.Split(' ');
        for (var length = words.Length; length >= 2; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var window = string.Join(' ', words, start, length);
                if (correspondents.FindByName(window) is { } party)
                {
                    return party;
                }
                // "Bill Turner" for William Turner, "Wim van den Berg" for Willem.
                var rest = string.Join(' ', words, start + 1, length - 1);
                if (Wordings.FullNamesFor(words[start]).Select(f => correspondents.FindByName($"{f} {rest}")).OfType<Party>()
                    .DistinctBy(p => p.Address).SingleOrDefaultIfMany() is { } full)
                {
                    return full;
                }
            }
        }
        return null;
    }

    private static Party Person(MailItem message, string address) => new(message.NameOf(address), address);

    private static IntroductionCandidate Candidate(MailItem message, Party source, Party prospect, IntroductionKind kind) =>
        new(message.Id, message.ConversationId, message.Subject, message.At, source, prospect, kind);
}
