using OutlookReferral.FollowUps;
using static OutlookReferral.Tests.FollowUps.Mail;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>A message's participants as the window holds them: read back from the row's text as they were, each held once.</summary>
public class MailParticipantsTests
{
    private static MailItem Message(string from, string[] to, string[] cc, Dictionary<string, string> names) =>
        Received(Day(1), from, to: to, cc: cc) with { Names = names };

    [Test]
    public void ParticipantsAreFromToAndCcInOrderWithTheNamesTheyShowed()
    {
        var message = Message(Prospect, [Rep], [Source], new() { [Prospect] = "Kim\tLee", [Source] = "George\nSmith" });

        Assert.That(MailParticipants.Of(message).People.ToArray(), Is.EqualTo(new[]
        {
            new MailParticipant(Prospect, "Kim Lee"), new MailParticipant(Rep, Rep), new MailParticipant(Source, "George Smith"),
        }));
    }

    [Test]
    public void TheRowsTextReadsBackAsTheSameParticipants()
    {
        var message = Message(Prospect, [Rep, ""], [Prospect], new() { [Prospect] = "Kim Lee", [Rep] = "" });
        var participants = MailParticipants.Of(message);
        var text = participants.ToString();

        Assert.That(text, Is.EqualTo($"{Prospect}\tKim Lee\n{Rep}\t{Rep}\n{Prospect}\tKim Lee\n"));
        Assert.That(MailParticipants.Parse(text).People.ToArray(), Is.EqualTo(participants.People.ToArray()));
        // A line without a name (written before names were stored) shows the address as the name.
        Assert.That(MailParticipants.Parse($"{Source}\n\n").People.ToArray(), Is.EqualTo(new[] { new MailParticipant(Source, Source) }));
    }

    [Test]
    public void ACorrespondentMetAgainIsHeldOnce()
    {
        var first = MailParticipants.Of(Message(Prospect, [Rep], [], new() { [Prospect] = "Kim Lee" }));
        var again = MailParticipants.Parse(first.ToString());
        var later = MailParticipants.Of(Message(Source, [Prospect], [], new() { [Prospect] = "Kim Lee" }));

        Assert.That(again.People[0], Is.SameAs(first.People[0]));
        Assert.That(later.People[1], Is.SameAs(first.People[0]));
    }
}
