using Microsoft.AspNetCore.Authorization;
using OutlookReferral.Graph;

namespace OutlookReferral.Identity;

/// <summary>Who the rep is, and how the API reaches their mailbox: the demo mailbox, or Entra ID and Graph.</summary>
public static class RepIdentity
{
    /// <summary>
    /// A local sign-in when it applies (demo mode signs the demo mailbox's user in, loopback only); otherwise Entra ID
    /// bearer tokens sign reps in and Graph is called on their behalf. Either way every endpoint requires a rep,
    /// unless it says otherwise (the health check; the task pane's files are served before this).
    /// </summary>
    /// <param name="localSignIn">Registers a sign-in of its own and says true, or says false (Program.cs passes the demo's):
    /// Identity knows nothing of the demo.</param>
    public static void AddRepIdentity(this IHostApplicationBuilder builder, Func<IHostApplicationBuilder, bool> localSignIn)
    {
        builder.Services.AddOptions<GraphOptions>().BindConfiguration("Graph");
        if (localSignIn(builder))
        {
            builder.Services.AddAuthorization(o => o.DefaultPolicy = o.FallbackPolicy = RequireRep(new AuthorizationPolicyBuilder()).Build());
            return;
        }
        builder.AddEntraSignIn();
    }

    /// <summary>Records are keyed by tenant id + object id, so a sign-in without both is no rep.</summary>
    internal static AuthorizationPolicyBuilder RequireRep(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireAssertion(ctx => RepId.FromPrincipal(ctx.User) is not null);
}
