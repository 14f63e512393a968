using System.Diagnostics;
using System.Text.Json;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Introductions;

namespace OutlookReferral.Bench.Measuring;

/// <summary>
/// Times the introduction detector alone over one mailbox folder, as the scan runs it: every message through the
/// prefilter and into the correspondents, then Detect over those kept. A scan's wall time on a shared machine
/// swings by more than the detector costs; this figure does not depend on the emulator or on Graph paging.
/// </summary>
public static class DetectionTiming
{
    private const int Runs = 7;

    public static int Run(string folder, TextWriter stdout)
    {
        var mailbox = MailboxFolder.Load(folder);
        var messages = mailbox.Inbox.Select(m => AsMailItem(m, MailFolderKind.Inbox))
            .Concat(mailbox.SentItems.Select(m => AsMailItem(m, MailFolderKind.SentItems)))
            .OfType<MailItem>().ToList();
        var rep = RepProfile.Create(mailbox.UserId, (string?)mailbox.Me["displayName"] ?? "", [(string?)mailbox.Me["mail"], (string?)mailbox.Me["userPrincipalName"]]);
        var referrals = mailbox.TrackedReferrals();

        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        var kept = 0;
        var found = 0;
        for (var run = 0; run < Runs; run++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var people = new Correspondents();
            var candidates = new List<MailItem>();
            foreach (var message in messages)
            {
                people.Add(message);
                if (IntroductionDetector.MightBeIntroduction(message))
                {
                    candidates.Add(message);
                }
            }
            found = IntroductionDetector.Detect(candidates, rep, people, referrals).Count;
            seconds.Add(clock.Elapsed.TotalSeconds);
            cpuSeconds.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            kept = candidates.Count;
        }
        seconds.Sort();
        cpuSeconds.Sort();
        // CPU time as well as wall time: on a shared machine wall time alone can mislead.
        stdout.WriteLine($"detection over {messages.Count:N0} messages: wall best {seconds[0] * 1000:F0} ms, median {seconds[Runs / 2] * 1000:F0} ms; " +
                         $"CPU best {cpuSeconds[0] * 1000:F0} ms, median {cpuSeconds[Runs / 2] * 1000:F0} ms " +
                         $"({Runs} runs); {kept:N0} kept by the prefilter, {found:N0} introductions found");
        return 0;
    }

    private static MailItem? AsMailItem(StoredMessage stored, MailFolderKind folder) =>
        stored.Json.Deserialize(MessagePageJson.Default.MessageJson) is { } json ? MessagePages.ToMailItem(json, folder) : null;
}
