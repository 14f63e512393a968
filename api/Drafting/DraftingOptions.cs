namespace OutlookReferral.Drafting;

public sealed class DraftingOptions
{
    /// <summary>How long a click waits for a draft another request is writing before answering 409 draft-in-progress.</summary>
    public TimeSpan WaitForOtherDraft { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A claim older than this belongs to an instance that died mid-draft; the next click takes it over. Keep it well
    /// above the time one draft takes (a few Graph calls) and the instances' clock skew: claims are stamped by each instance.
    /// </summary>
    public TimeSpan ClaimExpiresAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a waiting click looks at the ledger again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}
