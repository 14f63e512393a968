using OutlookReferral.Graph;
using OutlookReferral.Introductions;
using OutlookReferral.Meetings;
using OutlookReferral.Timeline;

namespace OutlookReferral.FollowUps;

/// <summary>
/// Reads the rep's mail once and runs the detectors over every tracked referral.
/// Graph sits here at the edge; the rules themselves are in <see cref="SilenceDetector"/>.
/// </summary>
public static class FollowUpScanner
{
    /// <param name="trackIntroductions">
    /// Treat every introduction found as tracked too (a replayed mailbox with no referral list):
    /// then all mail is kept, since the prospects are known only after reading it.
    /// </param>
    /// <param name="mail">
    /// Where the window's mail comes from, given the keep rule: the rep's stored window brought up to date by delta
    /// (<see cref="MailSync"/>); null reads both folders whole (the scan command).
    /// </param>
    public static async Task<ScanResult> ScanAsync(
        RepGraph graph, IReadOnlyList<TrackedReferral> referrals, DateTimeOffset now, GraphOptions options, CancellationToken ct,
        bool trackIntroductions = false, MeetingKnowledge? known = null, IProgress<MailPageRead>? progress = null, MailSource? mail = null,
        CalendarSnapshot? calendar = null)
    {
        known ??= MeetingKnowledge.None;
        var startedAt = now;
        var rep = await MailboxReader.ReadProfileAsync(graph, ct);

        // Keep only mail that involves someone we track, or could introduce someone: memory follows referrals, not mailbox size.
        var tracked = TrackedAddresses(referrals);
        bool Keep(MailItem m) => trackIntroductions || Involves(m, tracked) || IntroductionDetector.MightBeIntroduction(m);
        var window = mail is null ? await ReadWholeAsync(graph, now, options, Keep, progress, ct) : await mail(tracked, Keep, ct);
        var correspondents = window.Correspondents;

        var introductions = IntroductionDetector.Detect(window.Messages.Where(m => m.At <= now), rep, correspondents, referrals, window.Memo?.ExaminedFor(rep));
        if (trackIntroductions)
        {
            referrals = [.. referrals, .. introductions.Select(AsTracked)];
            introductions = [];
        }
        var (meetings, attendance, synced) = await ReadMeetingsAsync(graph, referrals, now, options, known, calendar, ct);
        var byAddress = window.Memo is { } memo ? memo.ByAddress ??= IndexByAddress(window.Messages) : IndexByAddress(window.Messages);
        var people = referrals.SelectMany(r => new[] { r.Prospect, r.Source }).DistinctBy(p => p.Address, StringComparer.OrdinalIgnoreCase).ToList();
        var results = new List<(TrackedReferral, FollowUpStatus)>(referrals.Count);
        var stories = new Dictionary<string, IReadOnlyList<StoryMessage>>(referrals.Count);
        foreach (var r in referrals)
        {
            // One lookup per referral feeds both the detectors and its timeline.
            var messages = MessagesOf(byAddress, r).ToList();
            results.Add((r, SilenceDetector.Evaluate(r, rep, messages, now, Verdicts(r, meetings, attendance, known, now, people))));
            stories[r.Id] = StoryMessages.Classify(r, rep, messages.Where(m => m.At <= now), r.IntroductionMessageId);
        }
        if (window.RememberAsync is { } remember)
        {
            await remember(ct);
        }
        return new ScanResult(rep, results, introductions, attendance, startedAt, now, graph.Requests, window.MessagesRead)
        {
            Stories = stories, Calendar = synced, MeetingRange = CalendarWindow.Needed(now, options.WindowDays, options.UpcomingDays),
        };
    }

    /// <summary>The addresses of every tracked prospect and source, normalised.</summary>
    public static HashSet<string> TrackedAddresses(IEnumerable<TrackedReferral> referrals) =>
        referrals.SelectMany(r => new[] { r.Prospect.Address, r.Source.Address })
            .Select(Address.Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);

    // Both folders read whole, every message observed: no stored state (the scan command, a replayed folder).
    private static async Task<MailWindow> ReadWholeAsync(
        RepGraph graph, DateTimeOffset now, GraphOptions options, Func<MailItem, bool> keep, IProgress<MailPageRead>? progress, CancellationToken ct)
    {
        var correspondents = new Correspondents();
        var read = await MailboxReader.ReadMessagesAsync(graph, now.AddDays(-options.WindowDays), options.PageSize, keep, correspondents.Add, ct, progress);
        return new MailWindow(read.Messages, correspondents, read.MessagesRead);
    }

    /// <summary>
    /// The calendar brought up to date through its delta link (one request when nothing changed; see <see cref="CalendarSync"/>);
    /// attendance is read per meeting with a prospect that still needs it, never per referral, never again once settled.
    /// </summary>
    private static async Task<(IReadOnlyList<MeetingItem>, Dictionary<string, AttendanceEvidence>, CalendarSnapshot)> ReadMeetingsAsync(
        RepGraph graph, IReadOnlyList<TrackedReferral> referrals, DateTimeOffset now, GraphOptions options, MeetingKnowledge known,
        CalendarSnapshot? calendar, CancellationToken ct)
    {
        var prospects = referrals.Where(r => !r.IsClosed).Select(r => r.Prospect.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var synced = await CalendarSync.SyncAsync(graph, calendar, now, options, ct);
        var (from, to) = CalendarWindow.Needed(now, options.WindowDays, options.UpcomingDays);
        // Every timed event of the range is kept, so a referral tracked later finds its meetings with no request.
        var meetings = synced.Between(from, to).Where(m => prospects.Any(m.Involves)).ToList();
        var attendance = new Dictionary<string, AttendanceEvidence>(known.Attendance);
        var reader = new AttendanceReader(graph);
        foreach (var meeting in meetings.Where(m => known.NeedsAttendance(m, now)))
        {
            // Occurrences of a series and a moved meeting share one join URL; each has its own session.
            var siblings = meetings.Where(m => m.JoinUrl == meeting.JoinUrl && !m.IsCancelled);
            AttendanceEvidence found;
            try
            {
                found = await reader.ReadAsync(meeting, siblings, now, ct);
            }
            catch (Exception refused) when (AttendanceRefusal.Reason(refused) is { } reason)
            {
                // This meeting's failure is this meeting's alone: it stays unconfirmed, the scan goes on.
                found = new AttendanceEvidence.Unreadable(reason);
            }
            // A report still missing keeps the time we first looked.
            attendance[meeting.EventId] = found is AttendanceEvidence.Pending && known.Attendance.GetValueOrDefault(meeting.EventId) is AttendanceEvidence.Pending earlier
                ? earlier
                : found;
        }
        return (meetings, attendance, synced);
    }

    private static List<MeetingVerdict> Verdicts(
        TrackedReferral referral, IReadOnlyList<MeetingItem> meetings, Dictionary<string, AttendanceEvidence> attendance, MeetingKnowledge known,
        DateTimeOffset now, IReadOnlyCollection<Party> people) =>
        NoShowDetector.With(meetings, referral.Prospect)
            .Select(m => NoShowDetector.Judge(m, referral.Prospect,
                attendance.GetValueOrDefault(m.EventId) ?? (m.HasAttendanceReports ? null : new AttendanceEvidence.Unavailable()),
                known.Settlements.TryGetValue((m.EventId, referral.Id), out var word) ? word : null, now, people))
            .ToList();

    private static TrackedReferral AsTracked(IntroductionCandidate intro) =>
        new($"{intro.MessageId}|{intro.Prospect.Address}", intro.Prospect, intro.Source, intro.At);

    private static bool Involves(MailItem m, HashSet<string> tracked) =>
        tracked.Contains(m.From) || m.To.Any(tracked.Contains) || m.Cc.Any(tracked.Contains);

    private static Dictionary<string, List<MailItem>> IndexByAddress(IEnumerable<MailItem> messages)
    {
        var index = new Dictionary<string, List<MailItem>>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in messages)
        {
            foreach (var address in message.To.Concat(message.Cc).Append(message.From).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!index.TryGetValue(address, out var list))
                {
                    index[address] = list = [];
                }
                list.Add(message);
            }
        }
        return index;
    }

    private static IEnumerable<MailItem> MessagesOf(Dictionary<string, List<MailItem>> index, TrackedReferral referral) =>
        index.GetValueOrDefault(referral.Prospect.Address, [])
            .Concat(index.GetValueOrDefault(referral.Source.Address, []))
            .Distinct();
}
