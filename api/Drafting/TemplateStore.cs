using Dapper;
using OutlookReferral.Identity;
using OutlookReferral.Storage;

namespace OutlookReferral.Drafting;

/// <summary>Each rep's own wording per step; no row means our default.</summary>
public sealed class TemplateStore(Database database)
{
    public async Task<Template?> FindAsync(RepId rep, CadenceStep step, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Template>(new CommandDefinition(
            "SELECT subject, body FROM templates WHERE tenant_id = @TenantId AND user_id = @UserId AND step = @step",
            new { rep.TenantId, rep.UserId, step = Kebab.Name(step) }, cancellationToken: ct));
    }

    /// <summary>The rep's template for the step, or ours.</summary>
    public async Task<Template> ForAsync(RepId rep, CadenceStep step, CancellationToken ct = default) =>
        await FindAsync(rep, step, ct) ?? DefaultTemplates.For(step);

    private const string Upsert = """
        UPDATE templates SET subject = @Subject, body = @Body, updated_at = @now
        WHERE tenant_id = @TenantId AND user_id = @UserId AND step = @step;
        INSERT INTO templates (tenant_id, user_id, step, subject, body, updated_at)
        SELECT @TenantId, @UserId, @step, @Subject, @Body, @now
        WHERE NOT EXISTS (SELECT 1 FROM templates WHERE tenant_id = @TenantId AND user_id = @UserId AND step = @step);
        """;

    public async Task SaveAsync(RepId rep, CadenceStep step, Template template, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(Upsert,
            new { rep.TenantId, rep.UserId, step = Kebab.Name(step), template.Subject, template.Body, now }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task ResetAsync(RepId rep, CadenceStep step, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM templates WHERE tenant_id = @TenantId AND user_id = @UserId AND step = @step",
            new { rep.TenantId, rep.UserId, step = Kebab.Name(step) }, cancellationToken: ct));
    }
}
