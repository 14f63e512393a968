using OutlookReferral.Introductions;
using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

public class IntroductionDetectorTests
{
    private const string George = "George Smith <george@adatum.com>";
    private const string Kim = "Kim Lee <kim@fabrikam.com>";
    private const string Jo = "Jo Park <jo@fabrikam.com>";

    private static MailItem Intro(string subject = "Intro: Kim <> Sam", string? conversation = null, DateTimeOffset? at = null) =>
        Message(George, [Sam, Kim], subject, "Sam, Kim – connecting you two as promised.", conversation: conversation, at: at);

    [Test]
    public void IntroductionNamesTheWriterAsSourceAndTheOtherAddresseeAsProspect()
    {
        var found = Detect(Intro());

        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(found[0].Source, Is.EqualTo(new Party("George Smith", "george@adatum.com")));
            Assert.That(found[0].Prospect, Is.EqualTo(new Party("Kim Lee", "kim@fabrikam.com")));
            Assert.That(found[0].Kind, Is.EqualTo(IntroductionKind.Introduction));
            Assert.That(found[0].Subject, Is.EqualTo("Intro: Kim <> Sam"));
        });
    }

    [Test]
    public void PartyNameFallsBackToTheAddressWhenTheMessageGivesNone()
    {
        var found = Detect(Message("george@adatum.com", [Sam, "kim@fabrikam.com"], "Intro: Kim <> Sam", "Connecting you two."));

        Assert.Multiple(() =>
        {
            Assert.That(found.Single().Source, Is.EqualTo(new Party("george@adatum.com", "george@adatum.com")));
            Assert.That(found.Single().Prospect, Is.EqualTo(new Party("kim@fabrikam.com", "kim@fabrikam.com")));
        });
    }

    [Test]
    public void IntroductionToTwoProspectsGivesOneCandidateEach()
    {
        var found = Detect(Message(George, [Sam, Kim, Jo], "Intro: Sam <> Kim & Jo", "Sam, meet Kim and Jo from Fabrikam."));

        Assert.That(found.Select(c => c.Prospect.Address), Is.EquivalentTo(new[] { "kim@fabrikam.com", "jo@fabrikam.com" }));
    }

    [Test]
    public void RepInCcStillMakesAnIntroduction()
    {
        var found = Detect(Message(George, [Kim], "Kim, meet Sam", "Kim, meet Sam (cc'd), who I mentioned on Friday.", cc: [Sam]));

        Assert.That(found.Single().Prospect.Address, Is.EqualTo("kim@fabrikam.com"));
    }

    [Test]
    public void SourceInCcIsTheReferrerOfAnInboundMessage()
    {
        var found = Detect(Message(Kim, [Sam], "Hello from Fabrikam", "Hi Sam, George (cc'd) suggested I reach out about our renewal.", cc: [George]));

        Assert.Multiple(() =>
        {
            Assert.That(found.Single().Kind, Is.EqualTo(IntroductionKind.InboundReferral));
            Assert.That(found.Single().Source.Address, Is.EqualTo("george@adatum.com"));
            Assert.That(found.Single().Prospect, Is.EqualTo(new Party("Kim Lee", "kim@fabrikam.com")));
        });
    }

    [Test]
    public void InboundReferralResolvesTheSourceAmongPeopleTheRepHasWrittenWith()
    {
        var earlier = Message(Sam, [George], "Dinner", "Thursday?", folder: MailFolderKind.SentItems, at: Start.AddDays(-30));
        var inbound = Message(Kim, [Sam], "Renewal", "Hi Sam, George Smith suggested I reach out about our renewal.");

        var found = IntroductionDetector.Detect([inbound], TheRep, KnownPeople([earlier, inbound]), []);

        Assert.That(found.Single().Source, Is.EqualTo(new Party("George Smith", "george@adatum.com")));
    }

    [Test]
    public void InboundReferralFromSomeoneTheRepNeverWroteWithGivesNoCandidate()
    {
        var inbound = Message(Kim, [Sam], "Renewal", "Hi Sam, George Smith suggested I reach out about our renewal.");

        Assert.That(IntroductionDetector.Detect([inbound], TheRep, new Correspondents(), []), Is.Empty);
    }

    [Test]
    public void AmbiguousNameAmongCorrespondentsGivesNoCandidate()
    {
        var people = KnownPeople(
        [
            Message(George, [Sam], "Hi", at: Start.AddDays(-20)),
            Message("George Smith <g.smith@woodgrovebank.com>", [Sam], "Hello", at: Start.AddDays(-10)),
        ]);
        var inbound = Message(Kim, [Sam], "Renewal", "Hi Sam, George Smith suggested I reach out about our renewal.");

        Assert.That(IntroductionDetector.Detect([inbound], TheRep, people, []), Is.Empty);
    }

    [Test]
    public void AddressesCompareCaseInsensitively()
    {
        var shouting = new MailItem("m-1", "c-1", "Intro: Kim <> Sam", "George@Adatum.COM", ["SAM@Contoso.com", "Kim@Fabrikam.com"], [],
            Start, MailFolderKind.Inbox, "Connecting you two.");
        var tracked = new TrackedReferral("r1", new Party("Kim Lee", "KIM@fabrikam.com"), new Party("George Smith", "george@adatum.com"), Start);

        var found = IntroductionDetector.Detect([shouting], TheRep, new Correspondents(), []);
        var whenTracked = IntroductionDetector.Detect([shouting], TheRep, new Correspondents(), [tracked]);

        Assert.Multiple(() =>
        {
            Assert.That(found.Single().Source.Address, Is.EqualTo("george@adatum.com"));
            Assert.That(found.Single().Prospect.Address, Is.EqualTo("kim@fabrikam.com"));
            Assert.That(whenTracked, Is.Empty);
        });
    }

    [Test]
    public void OneCandidatePerConversationAndProspectTheEarliest()
    {
        var first = Intro(conversation: "c-1", at: Start.AddHours(1));
        var resent = Message(George, [Sam, Kim, Jo], "Intro: Kim & Jo <> Sam", "Sam, meet Kim and Jo.", conversation: "c-1", at: Start.AddHours(2));
        var elsewhere = Intro(conversation: "c-2", at: Start.AddHours(3));

        var found = Detect(resent, elsewhere, first);

        Assert.That(found.Select(c => (c.MessageId, c.Prospect.Address)), Is.EqualTo(new[]
        {
            (first.Id, "kim@fabrikam.com"), (resent.Id, "jo@fabrikam.com"), (elsewhere.Id, "kim@fabrikam.com"),
        }));
    }

    [Test]
    public void ProspectAlreadyTrackedIsLeftOut()
    {
        var tracked = new TrackedReferral("r1", new Party("Kim Lee", "kim@fabrikam.com"), new Party("Olivia Brandt", "olivia@tailspintoys.com"), Start);

        var found = IntroductionDetector.Detect([Message(George, [Sam, Kim, Jo], "Intro: Sam <> Kim & Jo", "Sam, meet Kim and Jo.")],
            TheRep, new Correspondents(), [tracked]);

        Assert.That(found.Select(c => c.Prospect.Address), Is.EqualTo(new[] { "jo@fabrikam.com" }));
    }

    [Test]
    public void FiveOthersBesidesTheRepIsStillAnIntroductionButSixIsAMailing()
    {
        string[] Outsiders(int count) => [.. Enumerable.Range(1, count).Select(n => $"person{n}@fabrikam.com")];

        var five = Message(George, [Sam, .. Outsiders(5)], "Intro: Fabrikam team <> Sam", "Sam, meet the Fabrikam team.");
        var six = Message(George, [Sam, .. Outsiders(6)], "Intro: Fabrikam team <> Sam", "Sam, meet the Fabrikam team.");

        Assert.Multiple(() =>
        {
            Assert.That(Detect(five), Has.Count.EqualTo(5));
            Assert.That(Detect(six), Is.Empty);
        });
    }

    [Test]
    public void HandingOnToTheWritersOwnColleagueIsNotAnIntroductionUnlessSaidOutright()
    {
        var handoff = Message(Kim, [Sam], "Next week", "Hi Sam, looping in Jo to find a time.", cc: [Jo]);
        var outright = Message(Kim, [Sam], "Intro to Jo", "Sam, I'd like you to meet Jo, who runs our analytics.", cc: [Jo]);

        Assert.Multiple(() =>
        {
            Assert.That(Detect(handoff), Is.Empty);
            Assert.That(Detect(outright).Single().Prospect.Address, Is.EqualTo("jo@fabrikam.com"));
        });
    }

    [Test]
    public void MightBeIntroductionIsFalseForRepliesWithoutOutrightWordingAndPlainMail()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IntroductionDetector.MightBeIntroduction(Message(Kim, [Sam], "RE: Intro: Kim <> Sam", "Thanks George! Sam, when suits you?")), Is.False);
            Assert.That(IntroductionDetector.MightBeIntroduction(Message(Kim, [Sam], "Invoice 4471", "Please find the invoice attached.")), Is.False);
            Assert.That(IntroductionDetector.MightBeIntroduction(Message(George, [Sam], "Fwd: Intro: Kim <> Sam",
                "FYI\r\n---------- Forwarded message ---------\r\nSam, meet Kim.")), Is.False);
        });
    }

    [Test]
    public void ReplyThatAddsSomeoneNewAndIntroducesThemIsAnIntroduction()
    {
        var ask = Message(Sam, [George], "Anyone at Fabrikam?", "Do you know anyone there?", conversation: "c-1", folder: MailFolderKind.SentItems);
        var answer = Message(George, [Sam, Kim], "RE: Anyone at Fabrikam?", "Sure! Kim, meet Sam. Sam, Kim runs procurement.", conversation: "c-1");

        var found = Detect(ask, answer);

        Assert.Multiple(() =>
        {
            Assert.That(IntroductionDetector.MightBeIntroduction(answer), Is.True);
            Assert.That(found.Single().Prospect.Address, Is.EqualTo("kim@fabrikam.com"));
            Assert.That(found.Single().Source.Address, Is.EqualTo("george@adatum.com"));
        });
    }

    [Test]
    public void ReplyIntroducingSomeoneTheRepAlreadyHadMailWithIsNotAnIntroduction()
    {
        var earlier = Message(Kim, [Sam], "Pricing", "Could you send the price list?", at: Start.AddDays(-5));
        var reply = Message(George, [Sam, Kim], "RE: Intro: Kim <> Sam", "Kim, meet Sam – in case my first note got lost.");

        Assert.That(Detect(earlier, reply), Is.Empty);
    }

    [Test]
    public void ReplyAddingTheWritersOwnColleagueIsNotAnIntroduction()
    {
        var reply = Message(Kim, [Sam, Jo], "RE: Renewal", "Sam, meet Jo, who runs our analytics – she'll join Tuesday.");

        Assert.That(Detect(reply), Is.Empty);
    }

    [Test]
    public void RecruiterNamingSomeoneTheRepKnowsIsNotAReferral()
    {
        var earlier = Message(Sam, [George], "Dinner", "Thursday?", folder: MailFolderKind.SentItems, at: Start.AddDays(-30));
        var recruiter = Message("Jess Moore <jess@northpeak.example>", [Sam], "Quick question",
            "Hi Sam, George Smith suggested I reach out – we're hiring a Head of Sales and your background looks like a great fit.");

        Assert.That(IntroductionDetector.Detect([recruiter], TheRep, KnownPeople([earlier, recruiter]), []), Is.Empty);
    }

    [Test]
    public void SupplierHandingTheRepToTheirAccountManagerIsNotAnIntroduction()
    {
        var handover = Message(Kim, [Sam], "New contact", "Hi Sam, I'd like to introduce you to Jo, who will be your account manager from May.", cc: [Jo]);

        Assert.That(Detect(handover), Is.Empty);
    }

    [Test]
    public void IntroductionBetweenOthersWithTheRepCopiedIsNotTheRepsIntroduction()
    {
        const string Hiro = "Hiro Tanaka <hiro@treyresearch.net>";
        var paired = Message(George, [Kim, Hiro], "Intro: Kim (Fabrikam) <> Hiro (Trey)", "Kim, meet Hiro. Hiro, Kim runs procurement.", cc: [Sam]);
        var watching = Message(George, [Kim, Hiro], "Two people to know", "Kim, meet Hiro. Copying Sam for visibility.", cc: [Sam]);

        Assert.Multiple(() =>
        {
            Assert.That(Detect(paired), Is.Empty);
            Assert.That(Detect(watching), Is.Empty);
        });
    }

    [Test]
    public void InboundNamingOnlyAFirstNameFindsTheOnePersonTheRepKnowsByIt()
    {
        var earlier = Message(Sam, [George], "Dinner", "Thursday?", folder: MailFolderKind.SentItems, at: Start.AddDays(-30));
        var inbound = Message(Kim, [Sam], "Renewal", "Hi Sam, George suggested I reach out about our renewal.");
        var twoGeorges = KnownPeople([earlier, Message("George Best <gbest@woodgrovebank.com>", [Sam], "Hi", at: Start.AddDays(-20)), inbound]);

        Assert.Multiple(() =>
        {
            Assert.That(IntroductionDetector.Detect([inbound], TheRep, KnownPeople([earlier, inbound]), []).Single().Source.Address,
                Is.EqualTo("george@adatum.com"));
            Assert.That(IntroductionDetector.Detect([inbound], TheRep, twoGeorges, []), Is.Empty);
        });
    }

    [Test]
    public void TheCheapWordTestInFrontOfThePhrasesKeepsEveryPhraseInTheCorpus()
    {
        var openings = IntroductionCorpus.All.SelectMany(c => new[] { MessageOpening.Of(c.Message.BodyPreview).ToString(), c.Message.Subject })
            .Append("Sam, Kim – you two should meet").Append("Hi Sam,\u00a0meet\u00a0Kim.")
            .Where(o => IntroductionWording.SaysAnyPhrase(o)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(openings, Has.Count.GreaterThan(40));
            Assert.That(openings.Where(o => !IntroductionWording.HasPhraseCue(o)), Is.Empty);
        });
    }

    [Test]
    public void MightBeIntroductionAllocatesNothingOnceWarm()
    {
        var mailbox = IntroductionCorpus.All.Select(c => c.Message).ToList();
        // Replies take their own path through the prefilter.
        mailbox.AddRange(mailbox.Select(m => m with { Subject = "RE: " + m.Subject }).ToList());
        var kept = 0;
        foreach (var message in mailbox)
        {
            kept += IntroductionDetector.MightBeIntroduction(message) ? 1 : 0;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var message in mailbox)
        {
            kept += IntroductionDetector.MightBeIntroduction(message) ? 1 : 0;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(allocated, Is.Zero);
            Assert.That(kept, Is.Positive);
        });
    }
}
