using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Referrals;

/// <summary>
/// Deleting a referral removes what the product recorded about it (its follow-up state, meeting evidence,
/// draft ledger), as the privacy statement says; the drafts already in the rep's mailbox stay the rep's.
/// </summary>
public class ReferralDeletionTests : ApiTest
{
    private const string Lena = "lena.fischer@proseware.com";

    private static readonly string[] Tables = ["followup_status", "meetings", "drafts", "draft_claims"];

    protected override string WriteMailbox() => Path.Combine(AppContext.BaseDirectory, "demo-mailbox");

    [Test]
    public async Task DeletingAReferralRemovesWhatWasRecordedAboutItButNotTheRepsDrafts()
    {
        await Client.PostAsync("/api/scan", null);
        var id = await ReferralIdOfAsync(Lena);
        Assert.That(id, Is.Not.Null, "the demo mailbox tracks Lena Fischer");
        var drafted = await Client.PostAsJsonAsync($"/api/referrals/{id}/drafts", new { });
        Assert.That(drafted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await drafted.Content.ReadAsStringAsync());
        var before = await RowsAbout(id);
        Assert.That(before, Is.EqualTo(new Dictionary<string, int> { ["followup_status"] = 1, ["meetings"] = 1, ["drafts"] = 1, ["draft_claims"] = 0 }),
            "the no-show's status, its meeting evidence and the draft's ledger row are stored");

        var deleted = await Client.DeleteAsync($"/api/referrals/{id}");
        await Client.PostAsync("/api/scan", null);

        Assert.Multiple(async () =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((await Client.GetAsync($"/api/referrals/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await RowsAbout(id), Has.All.Property("Value").Zero);
            Assert.That(await ReferralIdOfAsync(Lena), Is.Null, "a later scan does not bring it back");
            Assert.That(Factory.Emulator.Mailbox.Drafts, Has.Count.EqualTo(1), "the draft in the rep's mailbox is the rep's");
        });
    }

    private async Task<Dictionary<string, int>> RowsAbout(string? id)
    {
        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath}");
        var rows = new Dictionary<string, int>();
        foreach (var table in Tables)
        {
            rows[table] = await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table} WHERE referral_id = @id", new { id });
        }
        return rows;
    }
}
