using OutlookReferral.Meetings;

namespace OutlookReferral.Tests.Meetings;

/// <summary>Each shape a Teams attendance record comes in, read for one prospect.</summary>
public class AttendanceMatcherTests
{
    private static readonly Party Kim = new("Kim Lee", "kim@fabrikam.com");
    private static readonly Party George = new("George Smith", "george@adatum.com");
    private static readonly AttendanceRecord Organiser = new("sam@contoso.com", "Sam Rivera");

    private static AttendanceMatcher.Finding Assess(Party prospect, IReadOnlyCollection<Party> tracked, params AttendanceRecord[] others) =>
        AttendanceMatcher.Assess([Organiser, .. others], prospect, tracked);

    private static AttendanceMatcher.Finding Assess(params AttendanceRecord[] others) => Assess(Kim, [Kim, George], others);

    [Test]
    public void TheProspectsAddressInAnyCaseIsAttendance() =>
        Assert.That(Assess(new AttendanceRecord(" KIM@Fabrikam.com ", "Kim Lee")).Outcome, Is.EqualTo(MeetingOutcome.Attended));

    [Test]
    public void OnlyTheOrganiserIsAClearNoShow()
    {
        var finding = Assess();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(MeetingOutcome.NoShow));
            Assert.That(finding.Note, Is.Null);
        });
    }

    [TestCase(null, "Kim Lee")]
    [TestCase("", "Kim Lee")]
    [TestCase("  ", "kim lee")]
    [TestCase(null, "Kim Lee (Guest)")]
    [TestCase(null, "Kim Lee (Unverified)")]
    [TestCase("", "Kim  Lee (External)")]
    [TestCase(null, "KIM LEE (guest)")]
    public void ANameOnlyRecordMatchesByDisplayNameWithoutTeamsTags(string? address, string name) =>
        Assert.That(Assess(new AttendanceRecord(address, name)).Outcome, Is.EqualTo(MeetingOutcome.Attended));

    [Test]
    public void AccentsAreFoldedEitherWay()
    {
        var jose = new Party("José Núñez", "jose@fabrikam.com");

        Assert.Multiple(() =>
        {
            Assert.That(Assess(jose, [jose], new AttendanceRecord(null, "Jose Nunez (Guest)")).Outcome, Is.EqualTo(MeetingOutcome.Attended));
            Assert.That(Assess(new Party("Jose Nunez", "jose@fabrikam.com"), [], new AttendanceRecord(null, "JOSÉ NÚÑEZ")).Outcome,
                Is.EqualTo(MeetingOutcome.Attended));
        });
    }

    [Test]
    public void ANameTwoTrackedPeopleShareSettlesNothing()
    {
        var otherKim = new Party("Kim Lee", "kim.lee@northwind.com");

        var finding = Assess(Kim, [Kim, otherKim, George], new AttendanceRecord(null, "Kim Lee (Guest)"));

        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
            Assert.That(finding.Note, Does.Contain("more than one person you track"));
        });
    }

    [Test]
    public void AnUnknownAddressUnderTheProspectsNameIsUnconfirmedWithTheAddressShown()
    {
        var finding = Assess(new AttendanceRecord("kim.lee@outlook.com", "Kim Lee"));

        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
            Assert.That(finding.Note, Is.EqualTo("Someone named Kim Lee joined from kim.lee@outlook.com, an address not on record for Kim Lee."));
        });
    }

    [Test]
    public void AColleagueFromTheProspectsCompanyJoiningInsteadIsUnconfirmed()
    {
        var finding = Assess(new AttendanceRecord("pat.doe@fabrikam.com", "Pat Doe"));

        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
            Assert.That(finding.Note, Is.EqualTo("Pat Doe (pat.doe@fabrikam.com), from Kim Lee's company, joined instead."));
        });
    }

    [Test]
    public void AStrangerAtTheSamePersonalMailProviderIsNoColleague()
    {
        var gmailKim = new Party("Kim Lee", "kim.lee@gmail.com");

        Assert.That(Assess(gmailKim, [gmailKim], new AttendanceRecord("pat.doe@gmail.com", "Pat Doe")).Outcome, Is.EqualTo(MeetingOutcome.NoShow));
    }

    [Test]
    public void AGuestWithANameNobodyTrackedHasIsUnconfirmed()
    {
        var finding = Assess(new AttendanceRecord(null, "iPhone (Guest)"));

        Assert.Multiple(() =>
        {
            Assert.That(finding.Outcome, Is.EqualTo(MeetingOutcome.Unconfirmed));
            Assert.That(finding.Note, Does.Contain("“iPhone (Guest)”").And.Contain("Kim Lee"));
        });
    }

    [Test]
    public void AGuestWhoIsAnotherTrackedPersonSaysNothingAboutTheProspect() =>
        Assert.That(Assess(new AttendanceRecord(null, "George Smith (Guest)")).Outcome, Is.EqualTo(MeetingOutcome.NoShow));

    [Test]
    public void AProspectKnownOnlyByAddressIsNeverMatchedByName()
    {
        var bare = new Party("kim@fabrikam.com", "kim@fabrikam.com");

        Assert.That(Assess(bare, [bare], new AttendanceRecord(null, "kim@fabrikam.com")).Outcome, Is.Not.EqualTo(MeetingOutcome.Attended));
    }

    [TestCase("Kim Lee (Guest)", "kim lee")]
    [TestCase("  Zoë   Ångström (Unverified) ", "zoe angstrom")]
    [TestCase("Ana (External) (Guest)", "ana")]
    [TestCase("", "")]
    public void NameKeysDropTagsAccentsCaseAndSpacing(string name, string key) =>
        Assert.That(AttendanceMatcher.NameKey(name, null), Is.EqualTo(key));
}
