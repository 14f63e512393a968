internal sealed record Person(string Name, string Address, string Title, string Org, Zone Zone)
{
    public string First => Name.Split(' ')[0];

    public string Domain => Address[(Address.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant();

    /// <summary>The same person written with another spelling of the address (case differs).</summary>
    public Person Spelled(string address) => this with { Address = address };
}
