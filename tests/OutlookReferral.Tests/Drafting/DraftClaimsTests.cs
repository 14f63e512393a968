using Dapper;
using Microsoft.Extensions.Options;
using OutlookReferral.Drafting;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Tests.Drafting;

/// <summary>
/// The claim that keeps two API instances from drafting the same step twice, on a real SQLite file with a
/// connection per claimer, and on SQL Server too when OUTLOOKREFERRAL_TEST_SQLSERVER names one.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class DraftClaimsTests(DatabaseProvider provider)
{
    private static readonly TimeSpan ExpiresAfter = TimeSpan.FromMinutes(2);

    private Database database = null!;
    private RepId rep = null!;
    private string referralId = "";
    private readonly ManualTime time = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));

    [SetUp]
    public async Task CreateDatabaseWithAReferral()
    {
        database = provider == DatabaseProvider.Sqlite
            ? new Database(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("claims-").FullName, "t.db")};Foreign Keys=True")
            : new Database(DatabaseProvider.SqlServer, SqlServerOrIgnore());
        await Migrator.MigrateAsync(database);
        // A tenant of its own: a shared SQL Server keeps other runs' rows.
        rep = new RepId(Guid.NewGuid().ToString(), "user-a");
        referralId = NewReferral.NewId();
        await new ReferralStore(database).AddAsync(rep,
            [new NewReferral(referralId, new Party("Kim", "kim@fabrikam.com"), new Party("George", "george@adatum.com"), time.GetUtcNow())], time.GetUtcNow());
    }

    [TearDown]
    public async Task RemoveTheRows()
    {
        if (provider == DatabaseProvider.SqlServer && rep is not null)
        {
            await using var connection = await database.OpenAsync();
            await connection.ExecuteAsync("DELETE FROM draft_claims WHERE tenant_id LIKE @prefix; DELETE FROM referrals WHERE tenant_id = @TenantId",
                new { prefix = rep.TenantId + "%", rep.TenantId });
        }
    }

    /// <summary>An API instance: its own claims object over its own connections, sharing only the database.</summary>
    private DraftClaims Instance() =>
        new(new Database(database.Provider, database.ConnectionString), Options.Create(new DraftingOptions { ClaimExpiresAfter = ExpiresAfter }), time);

    [Test]
    public async Task OfManyConcurrentClaimsForTheSameStepExactlyOneWins()
    {
        var claims = await ClaimAllAtOnce(Enumerable.Range(0, 12).Select(_ => Instance()).ToList());

        var winners = claims.OfType<DraftClaim>().ToList();
        var held = await TokensHeld();
        Assert.Multiple(() =>
        {
            Assert.That(winners, Has.Count.EqualTo(1));
            Assert.That(held, Is.EqualTo(winners.Select(w => w.Token)));
        });
    }

    [Test]
    public async Task AHeldClaimIsNotTakenBeforeItExpires()
    {
        await using var first = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        time.Advance(ExpiresAfter - TimeSpan.FromSeconds(1));

        var second = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.Null);
            Assert.That(second, Is.Null);
        });
    }

    [Test]
    public async Task AnExpiredClaimIsTakenOverAndItsOldHolderCannotReleaseTheNewOne()
    {
        var crashed = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        time.Advance(ExpiresAfter + TimeSpan.FromSeconds(1));

        var takeover = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        // The "crashed" instance was only slow: its late release must not free the step under the new holder.
        await crashed!.DisposeAsync();
        var third = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        var held = await TokensHeld();

        Assert.Multiple(() =>
        {
            Assert.That(takeover, Is.Not.Null);
            Assert.That(third, Is.Null);
            Assert.That(held, Is.EqualTo(new[] { takeover!.Token }));
        });
    }

    [Test]
    public async Task OfManyConcurrentTakeoversOfAnExpiredClaimExactlyOneWins()
    {
        await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        time.Advance(ExpiresAfter + TimeSpan.FromSeconds(1));
        var claims = await ClaimAllAtOnce(Enumerable.Range(0, 12).Select(_ => Instance()).ToList());

        Assert.That(claims.OfType<DraftClaim>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task AReleasedClaimCanBeClaimedAgain()
    {
        var first = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        await first!.DisposeAsync();

        var again = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        var held = await TokensHeld();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.Not.Null);
            Assert.That(again!.Token, Is.Not.EqualTo(first.Token));
            Assert.That(held, Is.EqualTo(new[] { again.Token }));
        });
    }

    [Test]
    public async Task OneRepsClaimNeverBlocksAnotherRepsSameIdsOrAnotherStep()
    {
        var sameTenantOtherUser = rep with { UserId = "user-b" };
        var otherTenantSameUser = rep with { TenantId = rep.TenantId + "-other" };

        var mine = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        var colleague = await Instance().TryClaimAsync(sameTenantOtherUser, referralId, CadenceStep.SecondNote);
        var otherTenant = await Instance().TryClaimAsync(otherTenantSameUser, referralId, CadenceStep.SecondNote);
        var otherStep = await Instance().TryClaimAsync(rep, referralId, CadenceStep.AskSource);
        await colleague!.DisposeAsync();
        var mineStillHeld = await Instance().TryClaimAsync(rep, referralId, CadenceStep.SecondNote);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { mine, colleague, otherTenant, otherStep }, Has.All.Not.Null);
            Assert.That(mineStillHeld, Is.Null, "releasing a colleague's claim leaves mine in place");
        });
    }

    /// <summary>Every instance claims the same step at the same moment, each on a thread-pool thread of its own.</summary>
    private async Task<DraftClaim?[]> ClaimAllAtOnce(IReadOnlyList<DraftClaims> instances)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = instances.Select(async instance =>
        {
            await go.Task;
            return await instance.TryClaimAsync(rep, referralId, CadenceStep.SecondNote);
        }).ToList();
        go.SetResult();
        return await Task.WhenAll(claims);
    }

    private async Task<IReadOnlyList<string>> TokensHeld()
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<string>(
            "SELECT claim_token FROM draft_claims WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @referralId",
            new { rep.TenantId, rep.UserId, referralId })).ToList();
    }

    private static string SqlServerOrIgnore()
    {
        var connectionString = Environment.GetEnvironmentVariable("OUTLOOKREFERRAL_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Ignore("Set OUTLOOKREFERRAL_TEST_SQLSERVER to a SQL Server connection string to run this test.");
        }
        return connectionString;
    }

    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
