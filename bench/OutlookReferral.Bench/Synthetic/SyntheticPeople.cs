namespace OutlookReferral.Bench.Synthetic;

/// <summary>
/// The people in a synthetic mailbox: the rep, a pool of everyday contacts (colleagues, customers,
/// vendors), newsletter senders, and the referral sources, who are drawn from the contacts because
/// in real life the people who introduce prospects also write about other things.
/// </summary>
public sealed class SyntheticPeople
{
    private static readonly string[] FirstNames =
    [
        "Ava", "Liam", "Noah", "Emma", "Olivia", "Mateo", "Sofia", "Lucas", "Mia", "Ethan", "Amara", "Kenji", "Priya",
        "Jonas", "Lea", "Omar", "Chloe", "Diego", "Hannah", "Ravi", "Ingrid", "Tomas", "Yuki", "Fatima", "Marco", "Nora",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Garcia", "Müller", "Rossi", "Dubois", "Kowalski", "Nakamura", "Patel", "Okafor", "Silva", "Jensen",
        "Novak", "Haddad", "Larsen", "Moreau", "Schmidt", "Tanaka", "Fischer", "Costa", "Walsh", "Ivanova", "Berg",
    ];

    private static readonly string[] CustomerDomains =
    [
        "fabrikam.com", "northwindtraders.com", "adventure-works.com", "tailspintoys.com", "wingtiptoys.com",
        "litwareinc.com", "proseware.com", "wideworldimporters.com", "fourthcoffee.com", "alpineskihouse.com",
        "coho-winery.com", "margiestravel.com", "lucernepublishing.com", "graphicdesigninstitute.com", "blueyonderairlines.com",
    ];

    private static readonly string[] NewsletterSenders =
        ["news@saasweekly.example", "digest@salesleaders.example", "noreply@crm-updates.example", "events@techsummit.example", "hello@webinars.example"];

    public SyntheticPeople(Random random, int contactCount, int sourceCount)
    {
        Rep = new Person("Morgan Reyes", "morgan.reyes@contoso.com");
        Contacts = Enumerable.Range(0, contactCount).Select(i => NewPerson(random, i, "contact")).ToList();
        Newsletters = NewsletterSenders.Select(a => new Person(a.Split('@')[1], a)).ToList();
        // Sources are ordinary contacts too: the scanner must not mistake their everyday mail for referral traffic.
        Sources = Contacts.Take(Math.Min(sourceCount, Contacts.Count)).ToList();
    }

    public Person Rep { get; }

    public IReadOnlyList<Person> Contacts { get; }

    public IReadOnlyList<Person> Newsletters { get; }

    public IReadOnlyList<Person> Sources { get; }

    /// <summary>A prospect: nobody the rep has written to before the introduction.</summary>
    public static Person NewProspect(Random random, int index) => NewPerson(random, index, "prospect");

    private static Person NewPerson(Random random, int index, string kind)
    {
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var domain = CustomerDomains[random.Next(CustomerDomains.Length)];
        // The index keeps addresses unique however large the pool; the kind keeps prospects apart from contacts.
        var local = Address.Normalize($"{first}.{last}.{kind[0]}{index}").Replace("ü", "ue", StringComparison.Ordinal);
        return new Person($"{first} {last}", $"{local}@{domain}");
    }
}
