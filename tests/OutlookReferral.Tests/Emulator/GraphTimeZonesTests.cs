using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Emulator;

/// <summary>Windows zone names resolve through our own table, with or without ICU's mapping.</summary>
public class GraphTimeZonesTests
{
    private static IEnumerable<string> WindowsNames => GraphTimeZones.WindowsNames;

    [TestCaseSource(nameof(WindowsNames))]
    public void EveryMappedWindowsNameFindsItsZone(string name) =>
        Assert.That(GraphTimeZones.Find(name), Is.Not.Null);

    [Test]
    public void IanaNamesAndUtcWorkAsTheyAreAndNonsenseDoesNot() =>
        Assert.Multiple(() =>
        {
            Assert.That(GraphTimeZones.Find("Europe/Paris")!.GetUtcOffset(new DateTime(2026, 1, 15)), Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(GraphTimeZones.Find("utc"), Is.EqualTo(TimeZoneInfo.Utc));
            Assert.That(GraphTimeZones.Find("Mars Standard Time"), Is.Null);
        });

    [Test]
    public void PacificWallClocksBecomeTheRightInstantsOnBothSidesOfDaylightSaving()
    {
        var pacific = GraphTimeZones.Find("Pacific Standard Time")!;

        Assert.Multiple(() =>
        {
            Assert.That(GraphTimeZones.ToInstant(new DateTime(2026, 10, 26, 8, 30, 0), pacific).UtcDateTime, Is.EqualTo(new DateTime(2026, 10, 26, 15, 30, 0)));
            Assert.That(GraphTimeZones.ToInstant(new DateTime(2026, 11, 2, 8, 30, 0), pacific).UtcDateTime, Is.EqualTo(new DateTime(2026, 11, 2, 16, 30, 0)));
            // 02:30 on 8 March 2026 does not exist in Pacific time: it moves on by the skipped hour, to 03:30 PDT.
            Assert.That(GraphTimeZones.ToInstant(new DateTime(2026, 3, 8, 2, 30, 0), pacific).UtcDateTime, Is.EqualTo(new DateTime(2026, 3, 8, 10, 30, 0)));
        });
    }
}
