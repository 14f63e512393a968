using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// What a scan writes of its statuses, on a real SQLite file: a status equal to the one the scan started from keeps
/// its row (only the scan time moves), a changed one is written.
/// </summary>
public class FollowUpStatusStoreTests
{
    private static readonly RepId Rep = new("tenant", "rep");

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Touch Introduction = new("AAMkIntro=", "conv-1", "Meet Kim", Now.AddDays(-12));

    [Test]
    public async Task AStatusTheScanFoundAgainKeepsItsRowAndGetsTheScanTime()
    {
        var (statuses, referrals, id, directory) = await StoresAsync();
        try
        {
            await statuses.SaveAsync(Rep, Scan(id, Status(silentDays: 12), Now));
            var first = await referrals.FindAsync(Rep, id);
            // The stored row says 12 silent days; told the scan started from 13, an equal 13 is not written: the row keeps 12.
            var claimed = Record(first!, silentDays: 13);
            await statuses.SaveAsync(Rep, Scan(id, Status(silentDays: 13), Now.AddMinutes(15)), new Dictionary<string, ReferralRecord> { [id] = claimed });
            var kept = await referrals.FindAsync(Rep, id);
            await statuses.SaveAsync(Rep, Scan(id, Status(silentDays: 14), Now.AddMinutes(30)), new Dictionary<string, ReferralRecord> { [id] = kept! });
            var changed = await referrals.FindAsync(Rep, id);

            Assert.Multiple(() =>
            {
                Assert.That(first!.SilentDays, Is.EqualTo(12));
                Assert.That(kept!.SilentDays, Is.EqualTo(12), "a status equal to the one the scan started from is not written again");
                Assert.That(kept.ScannedAt, Is.EqualTo(Now.AddMinutes(15)), "but every status gets the scan's time");
                Assert.That(changed!.SilentDays, Is.EqualTo(14), "a changed status is written");
                Assert.That(changed.ScannedAt, Is.EqualTo(Now.AddMinutes(30)));
                Assert.That(changed.State, Is.EqualTo("quiet"));
                Assert.That(changed.LastTouchSubject, Is.EqualTo(Introduction.Subject));
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public async Task AStatusReadBackEqualsTheOneWrittenSoARescanWithNothingNewWritesNone()
    {
        var (statuses, referrals, id, directory) = await StoresAsync();
        try
        {
            var status = Status(silentDays: 12) with { NextStep = CadenceStep.SecondNote, NextStepDueAt = Now.AddDays(-2), PausedUntil = new DateOnly(2026, 3, 9) };
            await statuses.SaveAsync(Rep, Scan(id, status, Now));
            var stored = await referrals.FindAsync(Rep, id);

            Assert.That(StatusRow.Of(stored!), Is.EqualTo(StatusRow.Of(status)), "what the row holds compares equal to what was written");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(FollowUpStatusStore, ReferralStore, string Id, string Directory)> StoresAsync()
    {
        var directory = Directory.CreateTempSubdirectory("status-store-").FullName;
        var database = new Database(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "scan.db")}");
        await Migrator.MigrateAsync(database);
        var referrals = new ReferralStore(database);
        var id = NewReferral.NewId();
        await referrals.AddAsync(Rep, [new NewReferral(id, new Party("Kim", "kim@fabrikam.com"), new Party("George", "george@adatum.com"), Now.AddDays(-12))], Now);
        return (new FollowUpStatusStore(database), referrals, id, directory);
    }

    private static FollowUpStatus Status(int silentDays) =>
        new(ReferralState.Quiet, silentDays, null, null, Introduction, null, null, 1);

    private static ScanResult Scan(string id, FollowUpStatus status, DateTimeOffset at) => new(
        new RepProfile("rep", "Rep", new HashSet<string> { "rep@contoso.com" }),
        [(new TrackedReferral(id, new Party("Kim", "kim@fabrikam.com"), new Party("George", "george@adatum.com"), Now.AddDays(-12)), status)],
        [], new Dictionary<string, AttendanceEvidence>(), at, at, 4, 0);

    private static ReferralRecord Record(ReferralRecord stored, int silentDays) => new()
    {
        Id = stored.Id, State = stored.State, SilentDays = silentDays, NextStep = stored.NextStep, UpcomingStep = stored.UpcomingStep,
        NextStepDueAt = stored.NextStepDueAt, PausedUntil = stored.PausedUntil, LastTouchMessageId = stored.LastTouchMessageId,
        LastTouchConversationId = stored.LastTouchConversationId, LastTouchSubject = stored.LastTouchSubject, LastTouchAt = stored.LastTouchAt,
        LastAnswerAt = stored.LastAnswerAt, TouchCount = stored.TouchCount,
    };
}
