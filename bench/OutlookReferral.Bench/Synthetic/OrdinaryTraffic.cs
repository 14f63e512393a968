
namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// The everyday mail that surrounds referral traffic: customers and colleagues writing in, the rep
/// writing out, threads, newsletters, and now and then a referral source writing about something else.
/// </summary>
public static class OrdinaryTraffic
{
    private static readonly string[] Subjects =
    [
        "Q4 pricing proposal", "Renewal terms for next year", "Follow-up from our call", "Invoice 2026-{0}",
        "Contract redlines", "Onboarding checklist", "Team offsite agenda", "Pipeline review {0}", "Demo recording",
        "Security questionnaire", "Updated SOW", "Lunch next week?", "Feedback on the pilot", "Support ticket #{0}",
        "Quarterly business review", "Travel itinerary", "Webinar follow-up", "Expense report {0}", "Forecast call notes",
        "Partner program update", "Re: licensing question", "Meeting notes {0}", "Training schedule", "Budget approval",
    ];

    private const double NewsletterShare = 0.15;
    private const double FromSourceShare = 0.04;
    private const double ThreadReplyShare = 0.35;

    public static IEnumerable<PlannedMessage> Plan(
        Random random, SyntheticPeople people, int inboxCount, int sentCount, DateTimeOffset since, DateTimeOffset now)
    {
        var threads = new RecentThreads();
        for (var i = 0; i < inboxCount; i++)
        {
            var at = RandomTime(random, since, now);
            if (random.NextDouble() < NewsletterShare)
            {
                var sender = people.Newsletters[random.Next(people.Newsletters.Count)];
                yield return new PlannedMessage(MailFolderKind.Inbox, MailKind.Newsletter, sender, [people.Rep], [], at,
                    $"{sender.Name} weekly digest #{random.Next(1, 500)}", $"news-{i}");
                continue;
            }
            var from = random.NextDouble() < FromSourceShare ? Pick(random, people.Sources) : Pick(random, people.Contacts);
            var (subject, conversation) = threads.Next(random, Subject(random), $"in-{i}");
            yield return new PlannedMessage(MailFolderKind.Inbox, MailKind.Ordinary, from,
                [people.Rep, .. Others(random, people, 2)], Others(random, people, 2), at, subject, conversation);
        }
        for (var i = 0; i < sentCount; i++)
        {
            var at = RandomTime(random, since, now);
            var to = random.NextDouble() < FromSourceShare ? Pick(random, people.Sources) : Pick(random, people.Contacts);
            var (subject, conversation) = threads.Next(random, Subject(random), $"out-{i}");
            yield return new PlannedMessage(MailFolderKind.SentItems, MailKind.Ordinary, people.Rep,
                [to, .. Others(random, people, 2)], Others(random, people, 2), at, subject, conversation);
        }
    }

    // Strictly inside the scan window (with a minute to spare each side), so every message is read.
    private static DateTimeOffset RandomTime(Random random, DateTimeOffset since, DateTimeOffset now) =>
        since + TimeSpan.FromMinutes(1) + (now - since - TimeSpan.FromMinutes(2)) * random.NextDouble();

    private static string Subject(Random random) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Subjects[random.Next(Subjects.Length)], random.Next(100, 9999));

    private static Person Pick(Random random, IReadOnlyList<Person> people) => people[random.Next(people.Count)];

    private static List<Person> Others(Random random, SyntheticPeople people, int max)
    {
        var count = random.Next(max + 1);
        var others = new List<Person>(count);
        for (var i = 0; i < count; i++)
        {
            others.Add(Pick(random, people.Contacts));
        }
        return others;
    }

    /// <summary>Some messages continue a recent thread ("RE: ..."), as real mail does.</summary>
    private sealed class RecentThreads
    {
        private readonly List<(string Subject, string Conversation)> recent = [];

        public (string Subject, string Conversation) Next(Random random, string freshSubject, string freshConversation)
        {
            if (recent.Count > 0 && random.NextDouble() < ThreadReplyShare)
            {
                var (subject, conversation) = recent[random.Next(recent.Count)];
                return (subject.StartsWith("RE: ", StringComparison.Ordinal) ? subject : $"RE: {subject}", conversation);
            }
            if (recent.Count == 64)
            {
                recent.RemoveAt(0);
            }
            recent.Add((freshSubject, freshConversation));
            return (freshSubject, freshConversation);
        }
    }
}
