namespace OutlookReferral.Bench.Synthetic;

/// <summary>A correspondent: display name and address, as Graph's emailAddress carries them.</summary>
public sealed record Person(string Name, string Address)
{
    public string FirstName => Name.Split(' ')[0];

    public string Domain => Address[(Address.IndexOf('@', StringComparison.Ordinal) + 1)..];
}
