namespace OutlookReferral.Timeline;

/// <summary>
/// Sorts a referral's mail into its story: the introduction, the rep's notes, the prospect's answers
/// (automatic replies apart), and what the rep told the source about the prospect. Pure: no clock, no I/O.
/// </summary>
public static class StoryMessages
{
    /// <param name="messages">Mail that involves the prospect or the source, as a scan read it.</param>
    /// <param name="introductionMessageId">The message the referral was tracked from, when known.</param>
    public static IReadOnlyList<StoryMessage> Classify(
        TrackedReferral referral, RepProfile rep, IEnumerable<MailItem> messages, string? introductionMessageId)
    {
        var prospect = referral.Prospect.Address;
        var source = referral.Source.Address;

        var story = new List<StoryMessage>();
        DateTimeOffset? answered = null;
        var notes = 0;
        // Before the introduction nothing is part of this referral's story, except the introduction itself.
        foreach (var m in messages.Where(m => m.At >= referral.IntroducedAt || m.Id == introductionMessageId).OrderBy(m => m.At))
        {
            // Invitations and their responses are told by the meeting entries.
            if (ImpersonalMailRules.IsCalendar(m) && m.Id != introductionMessageId)
            {
                continue;
            }
            StoryKind? kind =
                m.Id == introductionMessageId || (m.IsFrom(source) && m.IsAddressedTo(prospect) && m.At <= referral.IntroducedAt.AddMinutes(1))
                    ? StoryKind.Introduction
                : rep.Wrote(m) && m.IsAddressedTo(prospect) ? StoryKind.Note
                : m.IsFrom(prospect) && !rep.Wrote(m) ? (AutoReplyRules.IsAutomaticReply(m) ? StoryKind.AutoReply : StoryKind.Answer)
                // Sources are often clients: only mail to the source about this prospect, without them, is part of the story.
                // It is the ask (playbook step 3) after two unanswered notes; before that, thanks or news.
                : rep.Wrote(m) && m.IsAddressedTo(source) && Mentions(m, referral.Prospect)
                    ? (answered is null && notes >= 2 ? StoryKind.AskSource : StoryKind.UpdateSource)
                : null;
            if (kind is null || story.Any(s => s.MessageId == m.Id))
            {
                continue;
            }
            if (kind == StoryKind.Answer)
            {
                answered ??= m.At;
            }
            else if (kind == StoryKind.Note)
            {
                notes++;
            }
            story.Add(new StoryMessage(m.Id, kind.Value, m.At, m.Subject));
        }
        return story;
    }

    // The subject and the preview are searched apart, not joined: no name or address holds the line break between them,
    // and this runs for every message of every referral's story on every scan.
    private static bool Mentions(MailItem message, Party person)
    {
        bool In(ReadOnlySpan<char> text) =>
            message.Subject.AsSpan().Contains(text, StringComparison.OrdinalIgnoreCase)
            || message.BodyPreview.AsSpan().Contains(text, StringComparison.OrdinalIgnoreCase);
        foreach (var range in person.Name.AsSpan().Split(' '))
        {
            if (person.Name.AsSpan(range) is { Length: >= 3 } name && In(name))
            {
                return true;
            }
        }
        return In(person.Address);
    }
}
