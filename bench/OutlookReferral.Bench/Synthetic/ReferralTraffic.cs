
namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// Plans the referrals and the mail each one caused: the introduction, the rep's touches, the ask to
/// the source, the prospect's replies and out-of-office auto-replies. Each referral gets a "story" so
/// every detector state (new, waiting, quiet, replied, paused) shows up in the scan.
/// </summary>
public static class ReferralTraffic
{
    private enum Story { NoMailYet, IntroductionOnly, OneTouch, FullCadence, Replied, OutOfOffice }

    // Weights in percent; NoMailYet stands for referrals the rep typed in by hand.
    private static readonly (Story Story, int Weight)[] Stories =
    [
        (Story.NoMailYet, 10), (Story.IntroductionOnly, 15), (Story.OneTouch, 20),
        (Story.FullCadence, 20), (Story.Replied, 20), (Story.OutOfOffice, 15),
    ];

    /// <summary>
    /// Plans <paramref name="count"/> referrals. A story that would exceed a folder's budget becomes
    /// "no mail yet", so a small mailbox with many referrals keeps its size: ordinary mail must dominate.
    /// The first referrals get their stories first, so a smaller referral list (a prefix) is fully told.
    /// </summary>
    public static (List<SyntheticReferral> Referrals, List<PlannedMessage> Messages, List<int> MessagesPerReferral) Plan(
        Random random, SyntheticPeople people, int count, DateTimeOffset since, DateTimeOffset now, int inboxBudget, int sentBudget)
    {
        var referrals = new List<SyntheticReferral>(count);
        var messages = new List<PlannedMessage>();
        var perReferral = new List<int>(count);
        var (inboxLeft, sentLeft) = (inboxBudget, sentBudget);
        var windowDays = (now - since).TotalDays;
        for (var i = 0; i < count; i++)
        {
            var prospect = SyntheticPeople.NewProspect(random, i);
            var source = people.Sources[random.Next(people.Sources.Count)];
            var introducedAt = since + TimeSpan.FromDays(1 + random.NextDouble() * (windowDays - 3));
            referrals.Add(new SyntheticReferral(prospect, source, introducedAt));

            var story = Tell(random, PickStory(random), people.Rep, prospect, source, introducedAt, $"referral-{i}")
                .Where(m => m.At < now)
                .ToList();
            var inbox = story.Count(m => m.Folder == MailFolderKind.Inbox);
            var sent = story.Count - inbox;
            var fits = inbox <= inboxLeft && sent <= sentLeft;
            if (fits)
            {
                messages.AddRange(story);
                (inboxLeft, sentLeft) = (inboxLeft - inbox, sentLeft - sent);
            }
            perReferral.Add(fits ? story.Count : 0);
        }
        return (referrals, messages, perReferral);
    }

    private static Story PickStory(Random random)
    {
        var roll = random.Next(100);
        foreach (var (story, weight) in Stories)
        {
            if (roll < weight)
            {
                return story;
            }
            roll -= weight;
        }
        return Story.NoMailYet;
    }

    private static IEnumerable<PlannedMessage> Tell(
        Random random, Story story, Person rep, Person prospect, Person source, DateTimeOffset introducedAt, string conversation)
    {
        if (story == Story.NoMailYet)
        {
            yield break;
        }
        var subject = $"Introduction: {prospect.Name} <> {rep.Name}";
        yield return new PlannedMessage(MailFolderKind.Inbox, MailKind.Introduction, source, [rep], [prospect], introducedAt, subject, conversation);
        if (story == Story.IntroductionOnly)
        {
            yield break;
        }

        var reply = $"RE: {subject}";
        var firstTouch = introducedAt + TimeSpan.FromHours(2 + random.Next(46));
        yield return Touch(rep, prospect, firstTouch, reply, conversation);
        switch (story)
        {
            case Story.FullCadence:
                var secondTouch = firstTouch + TimeSpan.FromDays(7 + random.NextDouble() * 2);
                yield return Touch(rep, prospect, secondTouch, reply, conversation);
                var askedSource = secondTouch + TimeSpan.FromDays(7 + random.NextDouble());
                yield return new PlannedMessage(MailFolderKind.SentItems, MailKind.AskSource, rep, [source], [],
                    askedSource, $"Quick question about {prospect.FirstName}", $"{conversation}-ask");
                yield return Touch(rep, prospect, askedSource + TimeSpan.FromDays(1 + random.NextDouble() * 2), reply, conversation);
                break;
            case Story.Replied:
                var answeredAt = firstTouch + TimeSpan.FromDays(1 + random.NextDouble() * 4);
                yield return new PlannedMessage(MailFolderKind.Inbox, MailKind.Reply, prospect, [rep], [], answeredAt, reply, conversation);
                if (random.Next(2) == 0)
                {
                    yield return Touch(rep, prospect, answeredAt + TimeSpan.FromHours(3 + random.Next(30)), reply, conversation);
                }
                break;
            case Story.OutOfOffice:
                var autoAt = firstTouch + TimeSpan.FromMinutes(1 + random.Next(4));
                var back = DateOnly.FromDateTime(autoAt.UtcDateTime).AddDays(3 + random.Next(18));
                yield return new PlannedMessage(MailFolderKind.Inbox, MailKind.AutoReply, prospect, [rep], [],
                    autoAt, $"Automatic reply: {reply}", conversation, back);
                break;
        }
    }

    private static PlannedMessage Touch(Person rep, Person prospect, DateTimeOffset at, string subject, string conversation) =>
        new(MailFolderKind.SentItems, MailKind.Touch, rep, [prospect], [], at, subject, conversation);
}
