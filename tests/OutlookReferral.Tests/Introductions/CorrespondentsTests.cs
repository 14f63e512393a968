using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

public class CorrespondentsTests
{
    [Test]
    public void FindsAPersonByFirstAndLastNameIgnoringCase()
    {
        var people = KnownPeople([Message("George Smith <george@adatum.com>", [Sam], "Hi")]);

        Assert.That(people.FindByName("george SMITH"), Is.EqualTo(new Party("George Smith", "george@adatum.com")));
    }

    [Test]
    public void KnowsEveryoneOnAMessageWhoGaveAName()
    {
        var people = KnownPeople([Message(Sam, ["Kim Lee <kim@fabrikam.com>"], "Hi", cc: ["Jo Park <jo@fabrikam.com>", "nameless@fabrikam.com"],
            folder: MailFolderKind.SentItems)]);

        Assert.Multiple(() =>
        {
            Assert.That(people.FindByName("Kim Lee")?.Address, Is.EqualTo("kim@fabrikam.com"));
            Assert.That(people.FindByName("Jo Park")?.Address, Is.EqualTo("jo@fabrikam.com"));
            Assert.That(people.FindByName("Sam Rivera")?.Address, Is.EqualTo("sam@contoso.com"));
        });
    }

    [Test]
    public void ReadsLastNameFirstAndMiddleNames()
    {
        var people = KnownPeople([Message("Smith, Rachel <rachel@fabrikam.com>", [Sam], "Hi", cc: ["George A. Smith (Adatum) <george@adatum.com>"])]);

        Assert.Multiple(() =>
        {
            Assert.That(people.FindByName("Rachel Smith")?.Address, Is.EqualTo("rachel@fabrikam.com"));
            Assert.That(people.FindByName("George Smith")?.Address, Is.EqualTo("george@adatum.com"));
        });
    }

    [Test]
    public void FirstNameAloneMatchesNobody()
    {
        var people = KnownPeople([Message("George Smith <george@adatum.com>", [Sam], "Hi")]);

        Assert.That(people.FindByName("George"), Is.Null);
    }

    [Test]
    public void TwoAddressesUnderOneNameMatchNobody()
    {
        var people = KnownPeople(
        [
            Message("Chris Taylor <chris@proseware.com>", [Sam], "Hi"),
            Message("Chris Taylor <ctaylor@wingtiptoys.com>", [Sam], "Hello"),
            Message("Chris Taylor <chris@proseware.com>", [Sam], "Again"),
        ]);

        Assert.That(people.FindByName("Chris Taylor"), Is.Null);
    }

    [Test]
    public void TheSamePersonSeenTwiceIsStillOneMatch()
    {
        var people = KnownPeople([Message("Chris Taylor <chris@proseware.com>", [Sam], "Hi"), Message("Chris Taylor <Chris@Proseware.com>", [Sam], "Again")]);

        Assert.That(people.FindByName("Chris Taylor")?.Address, Is.EqualTo("chris@proseware.com"));
    }

    [Test]
    public void FindsANameTypedWithoutItsAccents()
    {
        var people = KnownPeople([Message("Alicia Gómez <alicia@woodgrovebank.com>", [Sam], "Hi")]);

        Assert.That(people.FindByName("Alicia Gomez")?.Address, Is.EqualTo("alicia@woodgrovebank.com"));
    }

    [Test]
    public void FirstNameFindsTheOneColleagueOfTheWriterElseTheOnlyOneAnywhere()
    {
        var people = KnownPeople(
        [
            Message("Hannah Okafor <hannah@litwareinc.com>", [Sam], "Hi"),
            Message("Hannah Berg <hannah@adatum.com>", [Sam], "Hello"),
            Message("Kofi Mensah <kofi@fabrikam.com>", [Sam], "Hey"),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(people.FindByFirstName("Hannah", "litwareinc.com")?.Address, Is.EqualTo("hannah@litwareinc.com"));
            Assert.That(people.FindByFirstName("Hannah", "proseware.com"), Is.Null);
            Assert.That(people.FindByFirstName("kofi", "proseware.com")?.Address, Is.EqualTo("kofi@fabrikam.com"));
        });
    }

    [Test]
    public void FirstSeenIsTheEarliestMessageWithTheAddress()
    {
        var people = KnownPeople(
        [
            Message(Sam, ["Kim Lee <Kim@Fabrikam.com>"], "Later", at: Start.AddDays(2), folder: MailFolderKind.SentItems),
            Message("Kim Lee <kim@fabrikam.com>", [Sam], "Earlier", at: Start),
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(people.FirstSeen("KIM@fabrikam.com"), Is.EqualTo(Start));
            Assert.That(people.FirstSeen("nobody@fabrikam.com"), Is.Null);
        });
    }
}
