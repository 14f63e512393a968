using CsCheck;
using OutlookReferral.FollowUps;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>A kept message's names, held compactly, read as the case-insensitive dictionary they replace.</summary>
public class NameMapTests
{
    // Few letters, so the same address comes back in another case; up to 12 people, past the scanned map's limit.
    private static readonly Gen<string> Address = Gen.String[Gen.Char["aAbB@."], 1, 3];
    private static readonly Gen<List<(string, string)>> Names = Gen.Select(Address, Gen.String.AlphaNumeric).List[0, 12];

    [Test]
    public void ReadsAsADictionaryThatIgnoresCase()
    {
        Gen.Select(Names, Address.List[0, 6]).Sample((given, probes) =>
        {
            var expected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (address, name) in given)
            {
                expected[address] = name;
            }
            var map = NameMap.Of(given.Select(n => KeyValuePair.Create(n.Item1, n.Item2)));
            Assert.That(map, Has.Count.EqualTo(expected.Count));
            Assert.That(map.ToDictionary(StringComparer.OrdinalIgnoreCase), Is.EquivalentTo(expected));
            Assert.That(map.Keys.Zip(map.Values), Is.EquivalentTo(expected.Select(e => (e.Key, e.Value))));
            foreach (var probe in probes.Concat(given.Select(g => g.Item1.ToUpperInvariant())))
            {
                Assert.That(map.TryGetValue(probe, out var name), Is.EqualTo(expected.TryGetValue(probe, out var wanted)), probe);
                Assert.That(name, Is.EqualTo(wanted), probe);
                Assert.That(map.ContainsKey(probe), Is.EqualTo(expected.ContainsKey(probe)), probe);
            }
        });
    }

    [Test]
    public void AnAddressItDoesNotHoldIsNotFound()
    {
        var map = NameMap.Of([KeyValuePair.Create("pat@fabrikam.com", "Pat")]);
        Assert.Multiple(() =>
        {
            Assert.That(map["PAT@fabrikam.com"], Is.EqualTo("Pat"));
            Assert.That(() => map["sam@fabrikam.com"], Throws.TypeOf<KeyNotFoundException>());
            Assert.That(NameMap.Of([]), Is.Empty);
        });
    }
}
