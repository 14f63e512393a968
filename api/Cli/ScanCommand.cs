using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.Cli;

/// <summary>
/// <c>scan --mailbox DIR [--now ISO] [--window-days N] [--chaos RATE --chaos-seed N]</c>: the web app's scan (same
/// Graph SDK path, same detectors) over a mailbox folder, printed as JSON. A stable contract: fields are added, never
/// renamed. With --chaos the emulator fails that share of requests as a busy Graph does; the scan prints the same
/// JSON, or exits with 3 and names Graph's error when Graph stayed busy beyond the retries.
/// </summary>
public static class ScanCommand
{
    private const string Usage = "usage: scan --mailbox DIR [--now 2026-11-23T15:00:00Z] [--window-days 120] [--chaos 0.2 [--chaos-seed 7] [--chaos-retry-after 1]]";

    /// <summary>Exit code of a scan that failed because Microsoft Graph (or the emulator standing in for it) failed.</summary>
    public const int GraphFailed = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public sealed record NoShowLine(string EventId, DateTimeOffset Start, string Evidence);

    /// <param name="Note">Why the meeting is unclear, in plain words: who joined instead, or why attendance could not be read;
    /// null when there is simply no report (a call, another tool).</param>
    public sealed record MeetingLine(string EventId, DateTimeOffset Start, string? Note);

    public sealed record ReferralLine(
        string Prospect, string Source, ReferralState State, int? SilentDays, CadenceStep? NextStep, DateOnly? PausedUntil,
        IReadOnlyList<NoShowLine> NoShows, IReadOnlyList<MeetingLine> UnconfirmedMeetings);

    public sealed record IntroductionLine(string Source, string Prospect, string MessageId);

    public sealed record Report(IReadOnlyList<ReferralLine> Referrals, IReadOnlyList<IntroductionLine> Introductions);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out var mailboxPath, out var now, out var windowDays, out var chaos, out var problem))
        {
            await stderr.WriteLineAsync($"scan: {problem}. {Usage}");
            return 2;
        }
        try
        {
            var mailbox = MailboxFolder.Load(FromCallersDirectory(mailboxPath));
            var report = await ScanAsync(mailbox, now ?? mailbox.CapturedAt ?? DateTimeOffset.UtcNow, windowDays, CancellationToken.None,
                chaos.Enabled ? new GraphChaos(chaos) : null);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(report, Json));
            return 0;
        }
        catch (MailboxFolderException ex)
        {
            await stderr.WriteLineAsync($"scan: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (GraphFailure.Of(ex) is { } graph)
        {
            // One line, no stack trace: which Graph error ended the scan.
            await stderr.WriteLineAsync($"scan: Microsoft Graph answered {graph}".ReplaceLineEndings(" "));
            return GraphFailed;
        }
    }

    /// <param name="chaos">The emulator's fault mode, when on.</param>
    public static async Task<Report> ScanAsync(MailboxFolder mailbox, DateTimeOffset now, int windowDays, CancellationToken ct, GraphChaos? chaos = null)
    {
        var referrals = mailbox.TrackedReferrals();
        // The emulator lives at the replay's now too: a report published after it is not out yet.
        var factory = new DemoGraphFactory(new GraphEmulator(mailbox, new ReplayTime(now)), chaos);
        using var graph = factory.For(new RepId("cli", mailbox.UserId));
        // With no referrals.json, every introduction found is tracked: a replayed mailbox works with no setup.
        var result = await FollowUpScanner.ScanAsync(
            graph, referrals, now, new GraphOptions { WindowDays = windowDays }, ct, trackIntroductions: mailbox.Referrals is null);
        return new Report(
            result.Referrals
                .Select(r => new ReferralLine(
                    r.Referral.Prospect.Address, r.Referral.Source.Address, r.Status.State, r.Status.SilentDays, r.Status.NextStep, r.Status.PausedUntil,
                    r.Status.Meetings.Where(m => m.Outcome == MeetingOutcome.NoShow)
                        .Select(m => new NoShowLine(m.Meeting.EventId, m.Meeting.Start, m.Evidence!)).ToList(),
                    r.Status.Meetings.Where(m => m.Outcome == MeetingOutcome.Unconfirmed)
                        .Select(m => new MeetingLine(m.Meeting.EventId, m.Meeting.Start, m.Note)).ToList()))
                .ToList(),
            result.Introductions.Select(i => new IntroductionLine(i.Source.Address, i.Prospect.Address, i.MessageId)).ToList());
    }

    /// <summary>
    /// `dotnet run --project api` runs us inside api/; a relative path means the caller's directory,
    /// which POSIX shells pass on in PWD.
    /// </summary>
    private static string FromCallersDirectory(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } caller
            ? path
            : Path.GetFullPath(path, caller);

    private static bool TryParse(string[] args, out string mailbox, out DateTimeOffset? now, out int windowDays, out ChaosOptions chaos, out string problem)
    {
        (mailbox, now, windowDays, chaos, problem) = ("", null, new GraphOptions().WindowDays, new ChaosOptions(), "");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--mailbox" when value is not null:
                    mailbox = value;
                    i++;
                    break;
                case "--now" when value is not null:
                    if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        problem = $"--now '{value}' is not an ISO-8601 timestamp";
                        return false;
                    }
                    now = parsed;
                    i++;
                    break;
                case "--window-days" when value is not null:
                    if (!int.TryParse(value, CultureInfo.InvariantCulture, out windowDays) || windowDays is < 1 or > 3650)
                    {
                        problem = $"--window-days '{value}' must be a whole number of days from 1 to 3650";
                        return false;
                    }
                    i++;
                    break;
                case "--chaos" or "--chaos-seed" or "--chaos-retry-after" when value is not null:
                    if (!TrySetChaos(chaos, args[i], value, out problem))
                    {
                        return false;
                    }
                    i++;
                    break;
                default:
                    problem = $"unexpected argument '{args[i]}'";
                    return false;
            }
        }
        if (mailbox.Length == 0)
        {
            problem = "--mailbox is required";
            return false;
        }
        return true;
    }

    private static bool TrySetChaos(ChaosOptions chaos, string option, string value, out string problem)
    {
        problem = "";
        switch (option)
        {
            case "--chaos":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is < 0 or > 1)
                {
                    problem = $"--chaos '{value}' must be a failure rate from 0 to 1";
                    return false;
                }
                chaos.FailureRate = rate;
                return true;
            case "--chaos-seed":
                if (!int.TryParse(value, CultureInfo.InvariantCulture, out var seed))
                {
                    problem = $"--chaos-seed '{value}' must be a whole number";
                    return false;
                }
                chaos.Seed = seed;
                return true;
            default:
                if (!int.TryParse(value, CultureInfo.InvariantCulture, out var wait) || wait is < 0 or > 180)
                {
                    problem = $"--chaos-retry-after '{value}' must be whole seconds from 0 to 180";
                    return false;
                }
                chaos.RetryAfterSeconds = wait;
                return true;
        }
    }
}
