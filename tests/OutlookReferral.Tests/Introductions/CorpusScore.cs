using OutlookReferral.Introductions;

namespace OutlookReferral.Tests.Introductions;

/// <summary>A detector finding or an expected one, counted per (message, prospect).</summary>
internal sealed record Finding(string MessageId, string Prospect, string Source, IntroductionKind Kind);

/// <summary>Precision and recall over a set of cases, with what was missed and what was wrongly found.</summary>
internal sealed record CorpusScore(IReadOnlyList<CorpusCase> Cases, IReadOnlySet<Finding> Detected, IReadOnlySet<Finding> Expected)
{
    public int Right => Detected.Intersect(Expected).Count();

    public double Precision => Detected.Count == 0 ? 1.0 : (double)Right / Detected.Count;

    public double Recall => Expected.Count == 0 ? 1.0 : (double)Right / Expected.Count;

    public static CorpusScore Of(IReadOnlyList<CorpusCase> cases, IEnumerable<IntroductionCandidate> detected) =>
        new(cases,
            detected.Select(c => new Finding(c.MessageId, c.Prospect.Address, c.Source.Address, c.Kind)).ToHashSet(),
            cases.SelectMany(c => c.Expected.Prospects.Select(p => new Finding(c.Message.Id, p, c.Expected.Source!, c.Expected.Kind!.Value))).ToHashSet());

    public static CorpusScore Of(CorpusMailbox mailbox) => Of(mailbox.Cases, mailbox.Detect());

    public CorpusScore Plus(CorpusScore other) =>
        new([.. Cases, .. other.Cases], Detected.Union(other.Detected).ToHashSet(), Expected.Union(other.Expected).ToHashSet());

    /// <summary>The figures of one round, its cases known by description (a round built again has new message ids).</summary>
    public CorpusScore Only(IEnumerable<CorpusCase> round)
    {
        var descriptions = round.Select(c => c.Description).ToHashSet();
        var ids = Cases.Where(c => descriptions.Contains(c.Description)).Select(c => c.Message.Id).ToHashSet();
        return new(Cases.Where(c => ids.Contains(c.Message.Id)).ToList(),
            Detected.Where(f => ids.Contains(f.MessageId)).ToHashSet(), Expected.Where(f => ids.Contains(f.MessageId)).ToHashSet());
    }

    public string Summary(string name) =>
        $"{name}: {Cases.Count} messages, found {Right} of {Expected.Count} prospects, {Detected.Count - Right} false alarms; " +
        $"precision {Precision:P1}, recall {Recall:P1}";

    public void Report(string name, TextWriter writer)
    {
        writer.WriteLine(Summary(name));
        string Describe(Finding f) => $"{Cases.Single(c => c.Message.Id == f.MessageId).Description}: {f.Kind} {f.Source} -> {f.Prospect}";
        foreach (var missed in Expected.Except(Detected))
        {
            writer.WriteLine($"  missed:      {Describe(missed)}");
        }
        foreach (var wrong in Detected.Except(Expected))
        {
            writer.WriteLine($"  false alarm: {Describe(wrong)}");
        }
    }
}
