using OutlookReferral.Drafting;

namespace OutlookReferral.Tests.Drafting;

public class SlotFinderTests
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time");
    private static readonly WorkingHours Hours = WorkingHours.Default(Pacific);

    // Monday 23 November 2026, 07:00 in Seattle.
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public void TheWindowRunsToTheEndOfTheFifthBusinessDay()
    {
        var (from, to) = SlotFinder.Window(Now, Hours);

        Assert.Multiple(() =>
        {
            Assert.That(from, Is.EqualTo(Now.AddHours(2)));
            // Mon 23 + five business days = Mon 30 November, ending at midnight Pacific (08:00 UTC on 1 December).
            Assert.That(to, Is.EqualTo(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void OffersFreeSlotsInWorkingHoursOnePerDay()
    {
        var (from, to) = SlotFinder.Window(Now, Hours);
        var intervals = (int)((to - from).TotalMinutes / 30);
        var allFree = new string('0', intervals);

        var slots = SlotFinder.Pick(allFree, from, 30, Hours);

        var local = slots.Select(s => TimeZoneInfo.ConvertTime(s, Pacific)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(slots, Has.Count.EqualTo(3));
            Assert.That(local.Select(l => l.Day).Distinct().Count(), Is.EqualTo(3), "spread over three days");
            Assert.That(local, Has.All.Matches<DateTimeOffset>(l => l.Hour >= 9 && l.AddMinutes(30).Hour <= 17 && l.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
            Assert.That(local[0], Is.EqualTo(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(-8))));
        });
    }

    [Test]
    public void BusyTimeIsNeverOffered()
    {
        var (from, to) = SlotFinder.Window(Now, Hours);
        var intervals = (int)((to - from).TotalMinutes / 30);
        // Busy everywhere except one slot on Wednesday 25 November at 14:00 Pacific (22:00 UTC).
        var freeAt = (int)((new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.Zero) - from).TotalMinutes / 30);
        var view = new string('2', freeAt) + "0" + new string('2', intervals - freeAt - 1);

        var slots = SlotFinder.Pick(view, from, 30, Hours);

        Assert.That(slots, Is.EqualTo(new[] { new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.Zero) }));
    }

    [Test]
    public void SlotsAreDescribedInTheRepsTimeZone() =>
        Assert.That(SlotFinder.Describe(new DateTimeOffset(2026, 11, 25, 22, 0, 0, TimeSpan.Zero), Pacific),
            Is.EqualTo("Wednesday, November 25, 2:00 PM – 2:30 PM (Pacific Standard Time)"));
}
