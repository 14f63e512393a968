using System.Collections.Concurrent;
using OutlookReferral.Graph;
using OutlookReferral.Identity;

namespace OutlookReferral.FollowUps;

/// <summary>One progress record per rep, for scans started by the pane, a draft or the background service alike.</summary>
public sealed class ScanProgressBoard
{
    private readonly ConcurrentDictionary<RepId, Tracker> scans = new();

    /// <summary>Starts tracking a scan of <paramref name="rep"/> over the window from <paramref name="since"/> to <paramref name="now"/>.</summary>
    public IProgress<MailPageRead> Start(RepId rep, bool firstScan, DateTimeOffset since, DateTimeOffset now)
    {
        var tracker = new Tracker(firstScan, since, now);
        scans[rep] = tracker;
        return tracker;
    }

    public void Finish(RepId rep) => scans.TryRemove(rep, out _);

    public ScanProgressResponse For(RepId rep) =>
        scans.TryGetValue(rep, out var tracker) ? tracker.Snapshot() : new ScanProgressResponse(false, false, null, 0, 0, null, null);

    private sealed class Tracker(bool firstScan, DateTimeOffset since, DateTimeOffset now) : IProgress<MailPageRead>
    {
        private readonly Lock gate = new();
        private MailPageRead? last;
        private int pages;
        private int messages;

        public void Report(MailPageRead value)
        {
            lock (gate)
            {
                last = value;
                pages++;
                messages += value.Messages;
            }
        }

        public ScanProgressResponse Snapshot()
        {
            lock (gate)
            {
                return new ScanProgressResponse(true, firstScan, last is null ? null : FolderName(last.Folder), pages, messages, Fraction(), since);
            }
        }

        // Each folder is an equal share; within one, the part of the window its pages have reached.
        private double Fraction()
        {
            if (last is null)
            {
                return 0;
            }
            var window = (now - since).TotalSeconds;
            var covered = last.OldestAt is { } oldest && window > 0 ? Math.Clamp((now - oldest).TotalSeconds / window, 0, 1) : 0;
            return Math.Round(Math.Min(0.99, (last.FolderIndex + covered) / last.FolderCount), 3);
        }

        private static string FolderName(MailFolderKind folder) => folder == MailFolderKind.Inbox ? "Inbox" : "Sent Items";
    }
}
