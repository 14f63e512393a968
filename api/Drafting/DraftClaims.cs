using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.Options;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Drafting;

/// <summary>
/// Who is writing the draft for a referral's step right now, in the database, so two API instances
/// over one database never both ask Graph for it. A claim is one row; taking it is one atomic statement.
/// </summary>
public sealed class DraftClaims(Database database, IOptions<DraftingOptions> options, TimeProvider time)
{
    // Per instance, not static: two API hosts in one test process must not share it, or they would hide the race.
    private readonly ConcurrentDictionary<(RepId, string), SemaphoreSlim> gates = new();

    /// <summary>
    /// This instance's queue for a referral: one request at a time drafts for it here. Cheaper than the database
    /// claim (no polling, no 409 for a double click on one instance); the claim still decides between instances.
    /// </summary>
    public SemaphoreSlim GateFor(RepId rep, string referralId) => gates.GetOrAdd((rep, referralId), _ => new SemaphoreSlim(1, 1));

    // One statement: a new claim, or the takeover of an expired one; 0 rows changed means someone else holds it.
    internal const string ClaimSqlite = """
        INSERT INTO draft_claims (tenant_id, user_id, referral_id, step, claim_token, claimed_at)
        VALUES (@TenantId, @UserId, @referralId, @step, @token, @now)
        ON CONFLICT (tenant_id, user_id, referral_id, step) DO UPDATE
        SET claim_token = excluded.claim_token, claimed_at = excluded.claimed_at
        WHERE draft_claims.claimed_at < @expiredBefore
        """;

    // The UPDATE takes over an expired claim (a waiting second taker re-reads claimed_at and changes nothing).
    // UPDLOCK, HOLDLOCK keep the key range locked from the NOT EXISTS to the INSERT, under read committed
    // snapshot too, so two instances can never both insert.
    internal const string ClaimSqlServer = """
        SET NOCOUNT ON;
        DECLARE @claimed INT;
        UPDATE dbo.draft_claims SET claim_token = @token, claimed_at = @now
        WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @referralId AND step = @step
            AND claimed_at < @expiredBefore;
        SET @claimed = @@ROWCOUNT;
        IF @claimed = 0
        BEGIN
            INSERT INTO dbo.draft_claims (tenant_id, user_id, referral_id, step, claim_token, claimed_at)
            SELECT @TenantId, @UserId, @referralId, @step, @token, @now
            WHERE NOT EXISTS (
                SELECT 1 FROM dbo.draft_claims WITH (UPDLOCK, HOLDLOCK)
                WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @referralId AND step = @step);
            SET @claimed = @@ROWCOUNT;
        END;
        SELECT @claimed;
        """;

    /// <summary>The claim, or null while another request (here or on another instance) holds an unexpired one.</summary>
    public async Task<DraftClaim?> TryClaimAsync(RepId rep, string referralId, CadenceStep step, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var token = Guid.NewGuid().ToString("N");
        var key = new
        {
            rep.TenantId, rep.UserId, referralId, step = Kebab.Name(step), token, now,
            expiredBefore = now - options.Value.ClaimExpiresAfter,
        };
        await using var connection = await database.OpenAsync(ct);
        var claimed = database.Provider == DatabaseProvider.SqlServer
            ? await connection.ExecuteScalarAsync<int>(new CommandDefinition(ClaimSqlServer, key, cancellationToken: ct))
            : await connection.ExecuteAsync(new CommandDefinition(ClaimSqlite, key, cancellationToken: ct));
        return claimed > 0 ? new DraftClaim(this, rep, referralId, step, token) : null;
    }

    internal const string ReleaseSql = """
        DELETE FROM draft_claims
        WHERE tenant_id = @TenantId AND user_id = @UserId AND referral_id = @ReferralId AND step = @step AND claim_token = @Token
        """;

    /// <summary>
    /// Gives the claim back, whatever happened while it was held. Not cancellable: a click the rep gave up on
    /// must still free the step. Only our own token is deleted, never a claim someone took over from us.
    /// </summary>
    public async Task ReleaseAsync(DraftClaim claim)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(ReleaseSql,
            new { claim.Rep.TenantId, claim.Rep.UserId, claim.ReferralId, step = Kebab.Name(claim.Step), claim.Token }));
    }

    /// <summary>When a click starts waiting, on the clock <see cref="KeepWaitingAsync"/> measures with.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Waits one poll interval; false once a click that began waiting at <paramref name="since"/> has waited long enough.</summary>
    public async Task<bool> KeepWaitingAsync(DateTimeOffset since, CancellationToken ct)
    {
        if (time.GetUtcNow() - since >= options.Value.WaitForOtherDraft)
        {
            return false;
        }
        await Task.Delay(options.Value.PollInterval, time, ct);
        return true;
    }

}
