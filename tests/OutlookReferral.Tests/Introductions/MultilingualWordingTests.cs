using OutlookReferral.Introductions;
using OutlookReferral.Introductions.Languages;
using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

/// <summary>The six languages' wording, forwarded headers, short names and titles, each on its own.</summary>
public class MultilingualWordingTests
{
    [TestCase("Kate – ever since you put me in touch with Elena our close takes two days.")]
    [TestCase("nochmals vielen Dank, dass du uns damals mit Jana bekannt gemacht hast")]
    [TestCase("gracias otra vez por presentarnos hace unos meses")]
    [TestCase("merci encore de nous avoir mises en relation l'an dernier")]
    [TestCase("nogmaals bedankt dat je ons destijds aan elkaar hebt voorgesteld")]
    [TestCase("obrigada mais uma vez por ter nos apresentado no ano passado")]
    public void LookBacksAtAnOldIntroductionAreRecognised(string text)
    {
        Assert.That(Wordings.LooksBack(text), Is.True);
    }

    [TestCase("Sam, meet Ana – you two should talk.")]
    [TestCase("gerne möchte ich Sie miteinander bekannt machen.")]
    [TestCase("quería poneros en contacto porque creo que podéis hacer cosas juntos.")]
    [TestCase("je me permets de vous mettre en relation.")]
    [TestCase("ik wil jullie graag aan elkaar voorstellen.")]
    [TestCase("gostaria de apresentar vocês.")]
    public void IntroductionsMadeNowAreNotLookBacks(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Wordings.LooksBack(text), Is.False);
            Assert.That(Wordings.HasPhrase(text) || IntroductionWording.HasPhraseCue(text), Is.True);
        });
    }

    [TestCase("Elena, see below. ________________________________ From: Grace Kim <grace.kim@lucernepublishing.com> Sent: Thursday To: Kate", "Grace Kim", "grace.kim@lucernepublishing.com")]
    [TestCase("Hallo Jana, anbei. ________________________________ Von: Claudia Roth <claudia.roth@treyresearch.de> Gesendet: Mittwoch", "Claudia Roth", "claudia.roth@treyresearch.de")]
    [TestCase("Camille, voir ci-dessous. ________________________________ De : Lucas Roux <lucas.roux@lucernepublishing.fr> Envoyé : jeudi", "Lucas Roux", "lucas.roux@lucernepublishing.fr")]
    [TestCase("Hoi Daan. ---------- Doorgestuurd bericht --------- Van: Femke Vos <femke.vos@lucernepublishing.nl> Verzonden: dinsdag", "Femke Vos", "femke.vos@lucernepublishing.nl")]
    [TestCase("Beatriz, encaminho. ________________________________ De: Rui Matos [mailto:rui.matos@wideworldimporters.pt] Enviado: quarta", "Rui Matos", "rui.matos@wideworldimporters.pt")]
    [TestCase("Elena – Sven asked me. ________________________________ From: Sven Olsen Sent: Tuesday To: Jonathan Pike", "Sven Olsen", null)]
    public void ForwardedHeadersGiveTheirSender(string preview, string name, string? address)
    {
        var opening = MessageOpening.Of(preview).Length;

        Assert.That(ForwardedMessage.Sender(preview, opening), Is.EqualTo((name, address)));
    }

    [Test]
    public void AForwardCutOffBeforeItsHeaderHasNoSender()
    {
        const string Preview = "Elena, see below – Grace at Lucerne is looking for help. ________________________________ Fro";

        Assert.That(ForwardedMessage.Sender(Preview, MessageOpening.Of(Preview).Length), Is.Null);
    }

    [Test]
    public void AShortNameFindsTheSourceOnlyWhenOneFullNameFits()
    {
        const string AlexanderWeber = "Alexander Weber <alexander.weber@adatum.com>";
        var known = Message(AlexanderWeber, [Sam], "Licences", "We need more seats.", at: Start.AddDays(-30));
        var inbound = Message("Noah Fischer <noah.fischer@treyresearch.net>", [Sam], "CRM migration",
            "Hi Sam, Alex suggested I reach out – we're choosing a partner for our CRM migration.");
        var second = Message("Alexandra Stone <alexandra.stone@fabrikam.com>", [Sam], "Panel", "See you there.", at: Start.AddDays(-20));

        var withOne = IntroductionDetector.Detect([inbound], TheRep, KnownPeople([known, inbound]), []);
        var withTwo = IntroductionDetector.Detect([inbound], TheRep, KnownPeople([known, second, inbound]), []);

        Assert.Multiple(() =>
        {
            Assert.That(withOne.Select(c => (c.Source.Address, c.Prospect.Address)),
                Is.EqualTo(new[] { (AddressOf(AlexanderWeber), "noah.fischer@treyresearch.net") }));
            Assert.That(withTwo, Is.Empty, "Alex could be Alexander or Alexandra");
        });
    }

    [Test]
    public void ATitleAndSurnameFindTheSourceOnlyWhenTheSurnameIsUnique()
    {
        const string Meier = "Katharina Meier <k.meier@adatum.de>";
        var known = Message(Meier, [Sam], "Workshop", "Die Folien hänge ich an.", at: Start.AddDays(-30));
        var inbound = Message("Petra Schmitt <petra.schmitt@margiestravel.de>", [Sam], "Dynamics-Einführung",
            "Guten Tag Herr Rivera, Frau Meier von Adatum hat mir Ihren Namen genannt – hätten Sie Zeit für ein Telefonat?");
        var namesake = Message("Jonas Meier <jonas.meier@fabrikam.de>", [Sam], "Messe", "Bis Dienstag.", at: Start.AddDays(-10));

        var unique = IntroductionDetector.Detect([inbound], TheRep, KnownPeople([known, inbound]), []);
        var shared = IntroductionDetector.Detect([inbound], TheRep, KnownPeople([known, namesake, inbound]), []);

        Assert.Multiple(() =>
        {
            Assert.That(unique.Select(c => (c.Kind, c.Source.Address)), Is.EqualTo(new[] { (IntroductionKind.InboundReferral, AddressOf(Meier)) }));
            Assert.That(shared, Is.Empty, "two people named Meier");
        });
    }

    [Test]
    public void ALookBackCountsOnlyFromSomeoneAlreadyWritingWithTheRep()
    {
        const string Marco = "Marco Bianchi <marco.bianchi@fourthcoffee.com>";
        const string Lena = "Lena Fox <lena.fox@fourthcoffee.com>";
        var earlier = Message(Marco, [Sam], "Kick-off", "See you Monday.", at: Start.AddDays(-200));
        var thanks = Message(Marco, [George, Sam], "Go-live",
            "George, Sam – thank you both again for the introduction last spring. We went live today! Sam, meet Lena, who runs phase two.",
            cc: [Lena]);

        var fromSomeoneNew = IntroductionDetector.Detect([thanks], TheRep, KnownPeople([thanks]), []);
        var fromACustomer = IntroductionDetector.Detect([thanks], TheRep, KnownPeople([earlier, thanks]), []);

        Assert.Multiple(() =>
        {
            Assert.That(fromSomeoneNew.Select(c => c.Prospect.Address), Does.Contain(AddressOf(Lena)), "the same words from a first-time writer");
            Assert.That(fromACustomer, Is.Empty, "a customer looking back at the introduction that made them one");
        });
    }

    private const string George = "George Smith <george@adatum.com>";
}
