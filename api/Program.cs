using OutlookReferral.Cli;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Identity;
using OutlookReferral.Platform;
using OutlookReferral.Storage;

// `scan --mailbox DIR`: the same scan over a mailbox folder, JSON on stdout, no web server.
if (args.FirstOrDefault() == "scan")
{
    return await ScanCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    // Configure where to listen: --urls, then ASPNETCORE_URLS, then http://localhost:5080
    builder.ListenOnDefaultUnlessTold();

    // Configure storage: SQLite by default, SQL Server when configured
    builder.AddStorage();

    // Configure sign-in and the mailbox: the demo mailbox and its user (loopback only), or Entra ID tokens and Graph on the rep's behalf
    builder.AddRepIdentity(localSignIn: DemoSetup.AddDemoMailbox);

    // Configure features: follow-ups, referrals, introductions, drafting, meetings
    builder.AddFeatures();

    // Configure errors, browser defences and the API description
    builder.AddErrorHandling();
    builder.AddSecurityHeaders();
    builder.Services.AddOpenApi();
    builder.Services.AddHealthChecks();

    app = builder.Build();
}
catch (StartupRefusal refusal)
{
    // A setting that cannot work (demo mode on a public address, Entra ID half-configured): one line, exit code 1.
    await Console.Error.WriteLineAsync(refusal.Message);
    return 1;
}

app.UseSecurityHeaders();
app.UseRequestFences();
app.UseErrorHandling();
app.UseAddInFiles();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapFeatures();

app.AnnounceTaskPane();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
