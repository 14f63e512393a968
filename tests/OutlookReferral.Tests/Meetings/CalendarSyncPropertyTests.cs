using System.Text.Json;
using CsCheck;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Meetings;
using OutlookReferral.Tests.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.Meetings;

/// <summary>
/// Incremental equals full: random calendars take random changes (added, moved, cancelled and deleted events,
/// evicted tokens, the clock moving on), and after every step the calendar kept through the delta link, read
/// through a fault-injecting Graph, shows the scan's range exactly as a from-scratch sync does.
/// </summary>
public class CalendarSyncPropertyTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    // Small pages so rounds span several; the scan's usual range.
    private static readonly GraphOptions Options = new() { PageSize = 3, WindowDays = 120, UpcomingDays = 14 };

    public enum Kind { Add, Move, Cancel, Delete, Expire, Advance }

    public sealed record Step(Kind Kind, int Pick, int HoursFromNow, int Minutes);

    private static readonly Gen<Step> Steps =
        Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 100], Gen.Int[-24 * 140, 24 * 40], Gen.Int[0, 120], (k, p, h, m) => new Step(k, p, h, m));

    private static readonly Gen<(int[] Events, Step[] Changes, int Seed)> Stories =
        Gen.Select(Gen.Int[-24 * 140, 24 * 40].Array[0, 12], Steps.Array[1, 8], Gen.Int);

    [Test]
    public async Task TheCalendarKeptThroughDeltaEqualsAFreshSyncAfterEveryChange()
    {
        await Stories.SampleAsync(async story =>
        {
            var builder = new MailboxFolderBuilder().Filler(1, Now.AddDays(-2), Now.AddDays(-1));
            for (var i = 0; i < story.Events.Length; i++)
            {
                builder.Event($"ev-{i}", Now.AddHours(story.Events[i]), 30, $"Call {i}", ["kim@fabrikam.com"]);
            }
            var (clean, emulator) = EmulatedGraph.Connect(builder);
            var chaos = new GraphChaos(new ChaosOptions { FailureRate = 0.2, Seed = story.Seed, RetryAfterSeconds = 0 });
            using var faulty = RepGraph.Create(chaos.InFrontOf(emulator), new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, emulator.Mailbox.UserId);
            var now = Now;
            var kept = await CalendarSync.SyncAsync(faulty, null, now, Options, CancellationToken.None);
            foreach (var step in story.Changes)
            {
                now = Apply(step, emulator, now);
                kept = await CalendarSync.SyncAsync(faulty, kept, now, Options, CancellationToken.None);
                var fresh = await CalendarSync.SyncAsync(clean, null, now, Options, CancellationToken.None);

                var (from, to) = CalendarWindow.Needed(now, Options.WindowDays, Options.UpcomingDays);
                Assert.That(JsonSerializer.Serialize(kept.Between(from, to)), Is.EqualTo(JsonSerializer.Serialize(fresh.Between(from, to))),
                    $"after {step} in {story}");
            }
            clean.Dispose();
        }, iter: 40, threads: 1);
    }

    private static DateTimeOffset Apply(Step step, GraphEmulator emulator, DateTimeOffset now)
    {
        var calendar = emulator.Mailbox.Calendar;
        var ids = calendar.Events.Select(e => e.Id).ToList();
        var at = now.AddHours(step.HoursFromNow);
        var id = ids.Count == 0 ? null : ids[step.Pick % ids.Count];
        switch (step.Kind)
        {
            case Kind.Add:
                var start = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                var end = at.AddMinutes(step.Minutes).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                calendar.Add(CalendarFiles.Event($"new-{calendar.Version}", "Added", start, end)
                    .With("attendees", EmulatedGraph.Recipients("kim@fabrikam.com")));
                break;
            case Kind.Move when id is not null:
                calendar.Move(id, at, at.AddMinutes(step.Minutes));
                break;
            case Kind.Cancel when id is not null:
                calendar.Cancel(id);
                break;
            case Kind.Delete when id is not null:
                calendar.Delete(id);
                break;
            case Kind.Expire:
                emulator.ExpireCalendarDeltaTokens();
                break;
            case Kind.Advance:
                return now.AddHours(Math.Abs(step.HoursFromNow) % (24 * 12));
        }
        return now;
    }
}
