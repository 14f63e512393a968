using OutlookReferral.Timeline;

namespace OutlookReferral.Tests.Timeline;

/// <summary>Sorting a referral's mail into its story: pure rules over plain messages.</summary>
public sealed class StoryMessagesTests
{
    private static readonly DateTimeOffset Intro = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly RepProfile Rep = RepProfile.Create("rep", "Sam Rivera", ["sam@contoso.com"]);
    private static readonly TrackedReferral Referral =
        new("r1", new Party("Kim Lee", "kim@fabrikam.com"), new Party("George Smith", "george@adatum.com"), Intro);

    private static MailItem Mail(string id, int day, string from, string to, string subject, MailFolderKind folder = MailFolderKind.Inbox,
        params MailHeader[] headers) =>
        new(id, "c", subject, from, [to], [], Intro.AddDays(day), folder, "", headers);

    [Test]
    public void AThankYouToTheSourceBeforeAnyNoteIsNotTheAsk()
    {
        var story = StoryMessages.Classify(Referral, Rep,
        [
            Mail("thanks", 0, "sam@contoso.com", "george@adatum.com", "Re: Kim Lee intro, thanks George", MailFolderKind.SentItems),
            Mail("n1", 1, "sam@contoso.com", "kim@fabrikam.com", "Hello", MailFolderKind.SentItems),
            Mail("n2", 8, "sam@contoso.com", "kim@fabrikam.com", "Hello again", MailFolderKind.SentItems),
            Mail("ask", 15, "sam@contoso.com", "george@adatum.com", "Kim Lee - any advice?", MailFolderKind.SentItems),
        ], null);

        Assert.That(story.Select(s => (s.MessageId, s.Kind)), Is.EqualTo(new[]
        {
            ("thanks", StoryKind.UpdateSource), ("n1", StoryKind.Note), ("n2", StoryKind.Note), ("ask", StoryKind.AskSource),
        }));
    }

    [Test]
    public void AnOutOfOfficeIsMarkedAsAnAutomaticReplyNotAnAnswer()
    {
        var story = StoryMessages.Classify(Referral, Rep,
        [
            Mail("ooo", 2, "kim@fabrikam.com", "sam@contoso.com", "Automatic reply: Hello", headers: new MailHeader("Auto-Submitted", "auto-replied")),
            Mail("real", 5, "kim@fabrikam.com", "sam@contoso.com", "Re: Hello"),
        ], null);

        Assert.That(story.Select(s => s.Kind), Is.EqualTo(new[] { StoryKind.AutoReply, StoryKind.Answer }));
    }

    [Test]
    public void MailToTheSourceAboutSomethingElseAndMailBeforeTheIntroductionAreLeftOut()
    {
        var story = StoryMessages.Classify(Referral, Rep,
        [
            Mail("old", -3, "kim@fabrikam.com", "sam@contoso.com", "Unrelated, last month"),
            Mail("intro", 0, "george@adatum.com", "kim@fabrikam.com", "Introduction: Sam, meet Kim"),
            Mail("invoice", 4, "sam@contoso.com", "george@adatum.com", "Invoice for October", MailFolderKind.SentItems),
        ], "intro");

        Assert.That(story.Select(s => (s.MessageId, s.Kind)), Is.EqualTo(new[] { ("intro", StoryKind.Introduction) }));
    }
}
