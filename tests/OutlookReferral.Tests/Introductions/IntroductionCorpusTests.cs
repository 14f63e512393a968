using OutlookReferral.Introductions;
using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

/// <summary>Precision and recall of the detector over the corpus, counted per (message, prospect).</summary>
public class IntroductionCorpusTests
{
    private sealed record Finding(string MessageId, string Prospect, string Source, IntroductionKind Kind);

    private static IEnumerable<CorpusCase> TrueIntroductionCases() => IntroductionCorpus.All.Where(c => c.Expected.Kind is not null);

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
    public void DetectorIsPreciseAndFindsMostIntroductionsInTheCorpus()
    {
        var cases = IntroductionCorpus.All.ToList();
        var messages = cases.Select(c => c.Message).ToList();
        var people = KnownPeople(IntroductionCorpus.History().Concat(messages));

        var detected = IntroductionDetector.Detect(messages, TheRep, people, IntroductionCorpus.Tracked())
            .Select(c => new Finding(c.MessageId, c.Prospect.Address, c.Source.Address, c.Kind)).ToHashSet();
        var expected = cases
            .SelectMany(c => c.Expected.Prospects.Select(p => new Finding(c.Message.Id, p, c.Expected.Source!, c.Expected.Kind!.Value)))
            .ToHashSet();

        var right = detected.Intersect(expected).Count();
        var precision = detected.Count == 0 ? 1.0 : (double)right / detected.Count;
        var recall = (double)right / expected.Count;
        Report(cases, detected, expected, precision, recall);

        Assert.Multiple(() =>
        {
            Assert.That(precision, Is.GreaterThanOrEqualTo(0.95), "precision");
            Assert.That(recall, Is.GreaterThanOrEqualTo(0.85), "recall");
        });
    }

    [TestCaseSource(nameof(TrueIntroductionCases))]
    public void PrefilterKeepsEveryTrueIntroduction(CorpusCase introduction)
    {
        Assert.That(IntroductionDetector.MightBeIntroduction(introduction.Message), Is.True);
    }

    private static void Report(List<CorpusCase> cases, HashSet<Finding> detected, HashSet<Finding> expected, double precision, double recall)
    {
        string Describe(Finding f) =>
            $"{cases.Single(c => c.Message.Id == f.MessageId).Description}: {f.Kind} {f.Source} -> {f.Prospect}";

        TestContext.Out.WriteLine($"Corpus: {cases.Count} messages, {expected.Count} expected (message, prospect) pairs, {detected.Count} detected.");
        TestContext.Out.WriteLine($"Precision {precision:P1}, recall {recall:P1}");
        ReportRound("Held-out round 3", IntroductionCorpus.HeldOut3(), cases, detected, expected);
        foreach (var missed in expected.Except(detected))
        {
            TestContext.Out.WriteLine($"  missed:      {Describe(missed)}");
        }
        foreach (var wrong in detected.Except(expected))
        {
            TestContext.Out.WriteLine($"  false alarm: {Describe(wrong)}");
        }
    }

    /// <summary>A round's own figures: held-out rounds are the honest guide to unseen mail.</summary>
    private static void ReportRound(string name, IEnumerable<CorpusCase> round, List<CorpusCase> cases, HashSet<Finding> detected, HashSet<Finding> expected)
    {
        var descriptions = round.Select(c => c.Description).ToHashSet();
        var ids = cases.Where(c => descriptions.Contains(c.Description)).Select(c => c.Message.Id).ToHashSet();
        var roundExpected = expected.Where(f => ids.Contains(f.MessageId)).ToList();
        var roundDetected = detected.Where(f => ids.Contains(f.MessageId)).ToList();
        var found = roundDetected.Intersect(roundExpected).Count();
        TestContext.Out.WriteLine(
            $"{name}: found {found} of {roundExpected.Count} prospects, {roundDetected.Count - found} false alarms ({ids.Count} messages)");
    }
}
