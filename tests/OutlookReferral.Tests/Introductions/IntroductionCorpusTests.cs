using OutlookReferral.Introductions;
using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

/// <summary>Precision and recall of the detector over the corpus, counted per (message, prospect).</summary>
public class IntroductionCorpusTests
{
    private static IEnumerable<CorpusCase> TrueIntroductionCases() =>
        IntroductionCorpus.All.Concat(IntroductionCorpus.Round4().SelectMany(m => m.Cases)).Where(c => c.Expected.Kind is not null);

    [Test]
    public void CorpusHoldsAtLeastTwentyIntroductionsAndTwentyLookAlikes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IntroductionCorpus.TrueIntroductions().Count(c => c.Expected.Kind is not null), Is.GreaterThanOrEqualTo(20));
            Assert.That(IntroductionCorpus.LookAlikes().Count(c => c.Expected.Kind is null), Is.GreaterThanOrEqualTo(20));
        });
    }

    [Test]
    public void RoundFourHoldsFortyIntroductionsAndFortyLookAlikesInSixMailboxes()
    {
        var cases = IntroductionCorpus.Round4().SelectMany(m => m.Cases).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(IntroductionCorpus.Round4().Select(m => m.Rep.PrimaryAddress).Distinct().Count(), Is.EqualTo(6));
            Assert.That(cases.Sum(c => c.Expected.Prospects.Length), Is.GreaterThanOrEqualTo(40));
            Assert.That(cases.Count(c => c.Expected.Kind is null && !RoundMailbox.IsContext(c)), Is.GreaterThanOrEqualTo(40));
            Assert.That(IntroductionCorpus.Round4().Where(m => m.Cases.All(c => c.Message.BodyPreview.Length <= 255)).Count(), Is.EqualTo(6),
                "previews are cut where Graph cuts them");
        });
    }

    [Test]
    public void DetectorIsPreciseAndFindsMostIntroductionsInTheCorpus()
    {
        var cases = IntroductionCorpus.All.ToList();
        var messages = cases.Select(c => c.Message).ToList();
        var people = KnownPeople(IntroductionCorpus.History().Concat(messages));
        var score = CorpusScore.Of(cases, IntroductionDetector.Detect(messages, TheRep, people, IntroductionCorpus.Tracked()));
        foreach (var mailbox in IntroductionCorpus.Round4())
        {
            score = score.Plus(CorpusScore.Of(mailbox));
        }

        score.Report("Whole corpus", TestContext.Out);
        TestContext.Out.WriteLine(score.Only(IntroductionCorpus.HeldOut3()).Summary("Held-out round 3"));

        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.95), "precision");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.85), "recall");
        });
    }

    /// <summary>Round four's goals: it was written blind, so its figures are the honest guide to unseen mail.</summary>
    [Test]
    public void DetectorMeetsTheGoalsOfRoundFour()
    {
        var score = IntroductionCorpus.Round4().Select(CorpusScore.Of).Aggregate((a, b) => a.Plus(b));
        foreach (var mailbox in IntroductionCorpus.Round4())
        {
            CorpusScore.Of(mailbox).Report($"Round 4, {mailbox.Name}", TestContext.Out);
        }
        TestContext.Out.WriteLine(score.Summary("Round 4, all six mailboxes"));

        Assert.Multiple(() =>
        {
            Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.97), "precision");
            Assert.That(score.Recall, Is.GreaterThanOrEqualTo(0.90), "recall");
        });
    }

    [TestCaseSource(nameof(TrueIntroductionCases))]
    public void PrefilterKeepsEveryTrueIntroduction(CorpusCase introduction)
    {
        Assert.That(IntroductionDetector.MightBeIntroduction(introduction.Message), Is.True);
    }
}
