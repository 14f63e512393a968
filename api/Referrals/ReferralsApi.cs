namespace OutlookReferral.Referrals;

/// <summary>Tracking referrals: add one by hand, read one, and move it through its life.</summary>
public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferrals(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization();
        group.MapPost("/", CreateReferral.Create).WithName("CreateReferral");
        group.MapGet("/{id}", ReferralLifecycle.Get).WithName("GetReferral");
        group.MapPost("/{id}/close", ReferralLifecycle.Close).WithName("CloseReferral");
        group.MapPost("/{id}/reopen", ReferralLifecycle.Reopen).WithName("ReopenReferral");
        group.MapPost("/{id}/snooze", ReferralLifecycle.Snooze).WithName("SnoozeReferral");
        group.MapDelete("/{id}", ReferralLifecycle.Delete).WithName("DeleteReferral");
        return group;
    }
}
