using OutlookReferral.FollowUps;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>The window's packed message ids: the same id back, and the same order as the ids (the store's order).</summary>
public class MessageKeyTests
{
    private static readonly string[] Ids =
    [
        "", "A", "AA", "AAB", "AAMkAGI2", "AAMkAGI2TG93", "AAMkAGI2TG93-_", "AAMkAGI2TG93_-", "s1", "s10", "s2", "i1",
        "AAMkAGI23ddl077VFXkSHBx1yd9Z4vpXxi4n4Jr4Xg2386WbeRRnW2XNA1T1KN226g0HWqxwJOfUjsKR2-09bHSxHiHUdqMIDm16jN_mYp5RcPWM8QRhR8__x_pR1YBnj5bfRAq84nNq-0s_9ZgILiwk",
        "caf\u00e9", "caf", "cafe", "\u00e9t\u00e9", "\u0001x", "\u007f\u007f", "~", "a\u0000b",
    ];

    private static IEnumerable<string> ManyIds()
    {
        var random = new Random(20261202);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=";
        for (var i = 0; i < 500; i++)
        {
            yield return new string([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        }
    }

    [Test]
    public void AKeyGivesBackItsId()
    {
        foreach (var id in Ids.Concat(ManyIds()))
        {
            Assert.That(MessageKey.Of(id).Id, Is.EqualTo(id));
        }
    }

    [Test]
    public void KeysAreEqualExactlyWhenTheirIdsAre()
    {
        var ids = Ids.Concat(ManyIds()).ToList();
        foreach (var a in ids.Take(60))
        {
            foreach (var b in ids)
            {
                Assert.That(MessageKey.Of(a).Equals(MessageKey.Of(b)), Is.EqualTo(a == b), $"{a} / {b}");
            }
        }
    }

    [Test]
    public void KeysOrderAsTheirIdsDo()
    {
        var ids = Ids.Concat(ManyIds()).Distinct(StringComparer.Ordinal).ToList();
        var byKey = ids.OrderBy(MessageKey.Of).Select(k => k).ToList();
        var byId = ids.Order(StringComparer.Ordinal).ToList();

        Assert.That(byKey, Is.EqualTo(byId));
    }

    [Test]
    public void AKeySharingItsIdIsTheKeyOfThatId()
    {
        // With an id longer than the hash's stack buffer (256 pairs).
        var ids = Ids.Concat(ManyIds()).Append(string.Concat(Enumerable.Repeat("AAMkAGI2-_", 60))).ToList();
        Assert.Multiple(() =>
        {
            foreach (var a in ids.Take(60).Append(ids[^1]))
            {
                foreach (var b in ids)
                {
                    Assert.That(MessageKey.Sharing(a).Equals(MessageKey.Of(b)), Is.EqualTo(a == b), $"{a} / {b}");
                    Assert.That(MessageKey.Of(b).Equals(MessageKey.Sharing(a)), Is.EqualTo(a == b), $"{b} / {a}");
                    Assert.That(MessageKey.Sharing(a).Equals(MessageKey.Sharing(b)), Is.EqualTo(a == b), $"{a} / {b}");
                }
            }
            foreach (var id in ids)
            {
                Assert.That(MessageKey.Sharing(id).GetHashCode(), Is.EqualTo(MessageKey.Of(id).GetHashCode()), id);
                Assert.That(MessageKey.Sharing(id).Id, Is.EqualTo(id));
            }
        });

        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var mixed = distinct.Select((id, i) => i % 2 == 0 ? MessageKey.Sharing(id) : MessageKey.Of(id)).Order().Select(k => k.Id);
        var byKey = distinct.ToDictionary(MessageKey.Sharing, id => id);
        var graphId = Ids.MaxBy(i => i.Length)!;

        Assert.Multiple(() =>
        {
            Assert.That(mixed, Is.EqualTo(distinct.Order(StringComparer.Ordinal)), "the two forms order together as their ids");
            Assert.That(distinct.Select(id => byKey[MessageKey.Of(id)]), Is.EqualTo(distinct), "a dictionary finds one form by the other");
            Assert.That(MessageKey.Sharing(graphId).Id, Is.SameAs(graphId), "the id's own string");
        });
    }

    [Test]
    public void AGraphIdIsHeldInHalfTheCharacters()
    {
        var id = Ids.MaxBy(i => i.Length)!;
        var held = (string)typeof(MessageKey).GetField("key", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(MessageKey.Of(id))!;

        Assert.That(held, Has.Length.EqualTo(1 + (id.Length + 1) / 2));
    }
}
