using OutlookReferral.Meetings;

namespace OutlookReferral.Tests.Meetings;

/// <summary>Which attendance report belongs to which calendar occurrence of one join URL.</summary>
public class SessionMatcherTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 17, 0, 0, TimeSpan.Zero);

    private static MeetingItem Occurrence(string id, DateTimeOffset start, int minutes = 30) =>
        new(id, "Weekly check-in", start, start.AddMinutes(minutes), false, false, true, "sam@contoso.com", [], "https://teams.example/meet/weekly");

    private static AttendanceSession Session(string id, DateTimeOffset start, int minutes) => new(id, start, start.AddMinutes(minutes));

    [Test]
    public void EachWeeklyOccurrenceGetsOnlyItsOwnSession()
    {
        var week1 = Occurrence("occ-1", Monday);
        var week2 = Occurrence("occ-2", Monday.AddDays(7));
        AttendanceSession[] sessions = [Session("s1", Monday.AddMinutes(-2), 31), Session("s2", Monday.AddDays(7).AddMinutes(1), 25)];

        Assert.Multiple(() =>
        {
            Assert.That(SessionMatcher.For(week1, sessions, [week1, week2]).Select(s => s.ReportId), Is.EqualTo(new[] { "s1" }));
            Assert.That(SessionMatcher.For(week2, sessions, [week1, week2]).Select(s => s.ReportId), Is.EqualTo(new[] { "s2" }));
        });
    }

    [Test]
    public void AnEarlyStartAndAnOverrunStillBelongToTheOccurrence()
    {
        var meeting = Occurrence("occ-1", Monday);

        Assert.Multiple(() =>
        {
            Assert.That(SessionMatcher.For(meeting, [Session("early", Monday.AddMinutes(-25), 10)], [meeting]), Has.Count.EqualTo(1));
            Assert.That(SessionMatcher.For(meeting, [Session("late", Monday.AddMinutes(100), 20)], [meeting]), Has.Count.EqualTo(1));
            Assert.That(SessionMatcher.For(meeting, [Session("day-before", Monday.AddDays(-1), 30)], [meeting]), Is.Empty);
            Assert.That(SessionMatcher.For(meeting, [Session("hours-later", Monday.AddHours(4), 30)], [meeting]), Is.Empty);
        });
    }

    [Test]
    public void TwoSessionsOfOneOccurrenceBothCount()
    {
        var meeting = Occurrence("occ-1", Monday, 60);
        AttendanceSession[] sessions = [Session("first", Monday, 10), Session("rejoined", Monday.AddMinutes(20), 40)];

        Assert.That(SessionMatcher.For(meeting, sessions, [meeting]).Select(s => s.ReportId), Is.EqualTo(new[] { "first", "rejoined" }));
    }

    [Test]
    public void ASessionTwoCloseOccurrencesCouldClaimGoesToTheNearest()
    {
        var morning = Occurrence("am", Monday);
        var afternoon = Occurrence("pm", Monday.AddHours(2));
        var session = Session("s", Monday.AddHours(2).AddMinutes(-3), 30);

        Assert.Multiple(() =>
        {
            Assert.That(SessionMatcher.For(morning, [session], [morning, afternoon]), Is.Empty);
            Assert.That(SessionMatcher.For(afternoon, [session], [morning, afternoon]), Has.Count.EqualTo(1));
        });
    }
}
