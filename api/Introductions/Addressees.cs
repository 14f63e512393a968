
namespace OutlookReferral.Introductions;

/// <summary>
/// The people a message is addressed to, as its wording may name them: the rep, the outside
/// prospects, and the first names of everyone but the writer.
/// </summary>
internal sealed class Addressees
{
    private readonly HashSet<string> firstNames = new(StringComparer.OrdinalIgnoreCase);

    public Addressees(MailItem message, RepProfile rep, IReadOnlyList<string> others, IReadOnlyList<string> prospects)
    {
        var repName = PersonName.Parse(rep.DisplayName);
        Rep = new NameWords(repName.First, repName.Last, rep.Addresses.Select(MailDomain.CompanyLabel).Distinct().ToList());
        Prospects = prospects.Select(address => (address, Words(message, address))).ToList();
        firstNames.Add(repName.First);
        foreach (var address in others)
        {
            firstNames.Add(PersonName.Of(message, address).First);
        }
        firstNames.Remove("");
    }

    public NameWords Rep { get; }

    public IReadOnlyList<(string Address, NameWords Name)> Prospects { get; }

    /// <summary>Is this word the first name of someone the message is addressed to?</summary>
    public bool IsFirstNameOfOne(string word) => word.Length > 1 && firstNames.Contains(word);

    private static NameWords Words(MailItem message, string address)
    {
        var name = PersonName.Of(message, address);
        return new NameWords(name.First, name.Last, [MailDomain.CompanyLabel(address)]);
    }
}
