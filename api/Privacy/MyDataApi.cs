using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Privacy;

/// <summary>"Delete all my data": every row kept for the calling rep goes, in every table, in one transaction.</summary>
public static class MyDataApi
{
    /// <summary>How many rows went, per table.</summary>
    public sealed record DeletedData(IReadOnlyDictionary<string, int> Rows);

    /// <summary>
    /// Every table that holds a rep's rows, children before the referrals they point at. A new table with
    /// tenant_id and user_id must be added here: MyDataApiTests reads the schema and fails until it is.
    /// </summary>
    public static readonly string[] Tables =
    [
        "referral_messages", "draft_claims", "drafts", "meetings", "followup_status", "referrals",
        "introduction_suggestions", "templates", "scans", "mail_messages", "mail_delta_links", "mail_kept_addresses", "mail_window_versions",
        "calendar_events", "calendar_sync", "mail_subscriptions", "reps",
    ];

    public static RouteGroupBuilder MapMyData(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/me").WithTags("Identity").RequireAuthorization();
        group.MapDelete("/data", DeleteMyData).WithName("DeleteMyData")
            .WithDescription("Deletes every record kept for the signed-in rep: referrals, their timelines, statuses, meetings, drafts' ids, suggestions, templates, scans. Mail is not touched.");
        return group;
    }

    public static async Task<Ok<DeletedData>> DeleteMyData(RepId rep, Database database, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var rows = new Dictionary<string, int>();
        foreach (var table in Tables)
        {
            // The table names are ours (the list above), never the request's.
            rows[table] = await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE tenant_id = @TenantId AND user_id = @UserId", rep, transaction, cancellationToken: ct));
        }
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(new DeletedData(rows));
    }
}
