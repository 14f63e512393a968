namespace OutlookReferral.Drafting;

/// <summary>A rep's wording for one step: a plain-text subject and an HTML body, with {Tokens}.</summary>
public sealed record Template(string Subject, string Body)
{
    public const int MaxSubjectLength = 255;
    public const int MaxBodyBytes = 32 * 1024;
}
