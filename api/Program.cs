using OutlookReferral.Cli;
using OutlookReferral.Identity;
using OutlookReferral.Platform;
using OutlookReferral.Storage;

// `scan --mailbox DIR`: the same scan over a mailbox folder, JSON on stdout, no web server.
if (args.FirstOrDefault() == "scan")
{
    return await ScanCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

// Configure storage: SQLite by default, SQL Server when configured
builder.AddStorage();

// Configure sign-in and the mailbox: the demo mailbox and its user (loopback only), or Entra ID tokens and Graph on the rep's behalf
builder.AddRepIdentity();

// Configure features: follow-ups, referrals, introductions, drafting, meetings
builder.AddFeatures();

// Configure errors and the API description
builder.AddErrorHandling();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();

var app = builder.Build();

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
