using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Validators;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Platform;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Identity;

/// <summary>
/// The real API with demo mode off: Microsoft.Identity.Web validates bearer tokens (signed by
/// <see cref="TestTokens"/>, trusted through a static OpenID configuration instead of a metadata
/// download) and gets on-behalf-of tokens from <see cref="FakeEntraId"/>; Graph requests end in
/// the demo mailbox's emulator, which belongs to <see cref="TestTokens.Sam"/>.
/// </summary>
public sealed class SignedInApiFactory : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("outlookreferral-signin-").FullName;
    private readonly RecordingTransport graphTransport;
    private readonly Action<IWebHostBuilder>? configure;

    /// <param name="configure">More settings, applied after the defaults (Graph:AppOnly, say).</param>
    public SignedInApiFactory(Action<IWebHostBuilder>? configure = null)
    {
        this.configure = configure;
        Emulator = new GraphEmulator(MailboxFolder.Load(new DemoOptions().ResolveMailboxPath()));
        graphTransport = new RecordingTransport(Emulator);
    }

    public FakeEntraId Entra { get; } = new();

    public GraphEmulator Emulator { get; }

    /// <summary>The Authorization header of every request that reached Graph.</summary>
    public IReadOnlyCollection<string> GraphAuthorizations => graphTransport.Authorizations;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "test.db")}");
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Scan:IntervalMinutes", "0");
        builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
        builder.UseSetting("AzureAd:TenantId", "organizations");
        builder.UseSetting("AzureAd:ClientId", TestTokens.ClientId);
        builder.UseSetting("AzureAd:Audience", TestTokens.ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "test-client-secret");
        builder.UseSetting("AzureAd:Scopes", "access_as_user");
        configure?.Invoke(builder);
        builder.ConfigureTestServices(services =>
        {
            // Real validation, offline: Entra ID's issuer template and our signing key instead of its metadata document.
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.IssuerTemplate };
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                o.Configuration = configuration;
                var metadata = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                o.ConfigurationManager = metadata;
                o.RequireHttpsMetadata = false;
                // Entra ID's own multi-tenant issuer check (iss must be the template for the token's tid), fed the same configuration.
                o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(
                    o.Authority!, new HttpClient(Entra, disposeHandler: false), _ => metadata).Validate;
            });
            // MSAL reaches Entra ID through IHttpClientFactory.
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Entra));
            services.AddKeyedSingleton<HttpMessageHandler>(EntraGraphFactory.TransportKey, graphTransport);
            services.RemoveAll<MailboxClock>();
            services.AddSingleton(new MailboxClock(new FixedTime(ApiFactory.DemoNow)));
        });
    }

    /// <summary>A client that sends the given bearer token (none when null).</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>A client signed in as the rep, with a valid token for our API.</summary>
    public HttpClient CreateClient(TestRep rep) => CreateClient(TestTokens.For(rep));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private sealed class RecordingTransport(HttpMessageHandler emulator) : DelegatingHandler(emulator)
    {
        private readonly ConcurrentQueue<string> authorizations = new();

        public IReadOnlyCollection<string> Authorizations => authorizations;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            authorizations.Enqueue(request.Headers.Authorization?.ToString() ?? "");
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
