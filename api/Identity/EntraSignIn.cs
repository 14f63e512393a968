using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Identity.Web;
using OutlookReferral.Graph;
using OutlookReferral.Platform;

namespace OutlookReferral.Identity;

/// <summary>
/// Real sign-in: Microsoft.Identity.Web validates the add-in's bearer token (issuer, audience,
/// signature, lifetime) against the "AzureAd" section, and gets on-behalf-of tokens for Graph.
/// </summary>
public static class EntraSignIn
{
    public const string Section = "AzureAd";

    /// <summary>The scope the add-in asks for on our API, unless AzureAd:Scopes names others.</summary>
    public const string DefaultScope = "access_as_user";

    internal static void AddEntraSignIn(this IHostApplicationBuilder builder)
    {
        var azureAd = builder.Configuration.GetSection(Section);
        EnsureConfigured(azureAd);
        var scopes = (azureAd["Scopes"] ?? DefaultScope).Split(' ', ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var tokens = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(azureAd)
            .EnableTokenAcquisitionToCallDownstreamApi();
        // One token acquirer for requests and background scans alike; it finds the current request itself.
        builder.Services.AddTokenAcquisition(isTokenAcquisitionSingleton: true);
        // The cache holds each rep's on-behalf-of session, so scans without a request can still act for them.
        tokens.AddTokenCache(builder);

        builder.Services.AddAuthorization(o => o.DefaultPolicy = o.FallbackPolicy =
            RepIdentity.RequireRep(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)).RequireScope(scopes).Build());
        builder.Services.AddExceptionHandler<GraphTokenFailureHandler>();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddMemoryCache();
        // One pooled handler for every rep's client, as the SDK would build it for itself.
        builder.Services.AddKeyedSingleton(EntraGraphFactory.TransportKey, (_, _) => KiotaClientFactory.GetDefaultHttpMessageHandler());
        builder.Services.AddSingleton<IRepGraphFactory, EntraGraphFactory>();
        // A live mailbox runs on the real clock.
        builder.Services.AddSingleton(sp => new MailboxClock(sp.GetRequiredService<TimeProvider>()));
    }

    internal static void EnsureConfigured(IConfigurationSection azureAd)
    {
        var missing = new[] { "Instance", "TenantId", "ClientId" }.Where(key => string.IsNullOrWhiteSpace(azureAd[key])).ToList();
        var hasCredential = !string.IsNullOrWhiteSpace(azureAd["ClientSecret"])
            || azureAd.GetSection("ClientCredentials").GetChildren().Any() || azureAd.GetSection("ClientCertificates").GetChildren().Any();
        if (!hasCredential)
        {
            missing.Add("ClientSecret (or ClientCredentials / ClientCertificates)");
        }
        if (missing.Count > 0)
        {
            throw new StartupRefusal(
                $"Demo mode is off (Demo:Enabled=false), so reps sign in with Microsoft Entra ID, but the {Section} section lacks: "
                + $"{string.Join(", ", missing.Select(m => $"{Section}:{m}"))}. Set {Section}:Instance (https://login.microsoftonline.com/), "
                + $"{Section}:TenantId (your tenant id, or \"organizations\"), {Section}:ClientId and {Section}:Audience (the app registration's "
                + $"client id), and a client secret or certificate for on-behalf-of Graph calls: README, \"Connecting a real Microsoft 365 tenant\". "
                + "Or set Demo:Enabled=true to run on the demo mailbox.");
        }
    }
}
