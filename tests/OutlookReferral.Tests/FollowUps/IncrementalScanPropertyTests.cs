using CsCheck;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.FollowUps;
using OutlookReferral.Tests.Emulator;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// Property: whatever happens to the mailbox between scans (new mail in both folders, replies, deletions, moves out of
/// the folder, edits, delta links that expire, the window sliding forward), the incremental scan finds exactly what a
/// scan from an empty database finds, and what the whole-folder read (no database) finds.
/// </summary>
public sealed class IncrementalScanPropertyTests
{
    private static readonly DateTimeOffset Start = ApiFactory.DemoNow;
    private const string Rep = MailboxFolderBuilder.RepAddress;
    private const string Source = "george@adatum.com";
    private static readonly string[] Prospects = ["kim@fabrikam.com", "hiro@contoso-partners.com", "ana@tailspin.example"];
    private static readonly string[] Others = ["colleague1@contoso.com", "colleague2@contoso.com", "dana@northwind.example", "jordan@litware.example"];

    /// <summary>One thing that happens to the mailbox, or to time, between two scans.</summary>
    private sealed record Step(int Kind, int Who, int Pick, int Days)
    {
        public override string ToString() => Kind switch
        {
            0 => $"mail in from {Who}", 1 => $"note sent to {Who}", 2 => $"reply from prospect {Who % 3}", 3 => $"delete #{Pick}",
            4 => $"move out #{Pick}", 5 => $"edit #{Pick}", 6 => "delta links expire", 7 => $"{Days} days pass", _ => $"introduction of {Who}",
        };
    }

    private static readonly Gen<Step> Steps = Gen.Select(Gen.Int[0, 8], Gen.Int[0, 6], Gen.Int[0, 10_000], Gen.Int[1, 45], (k, w, p, d) => new Step(k, w, p, d));

    [Test]
    public async Task AnIncrementalScanEqualsAScanFromNothingAfterEveryChange()
    {
        var cases = 0;
        await Gen.Select(Steps.Array[1, 8], Gen.Int[0, 60]).SampleAsync(async (steps, filler) =>
        {
            cases++;
            var builder = new MailboxFolderBuilder().Filler(filler, Start.AddDays(-110), Start.AddDays(-1));
            foreach (var (prospect, i) in Prospects.Select((p, i) => (p, i)))
            {
                builder.Referral($"Prospect {i}", prospect, "George Smith", Source, Start.AddDays(-40 + i));
                builder.Sent(Start.AddDays(-20 + i), $"Referred by George Smith ({i})", prospect);
            }
            var folder = builder.Write(Start);
            var clock = new ManualClock(Start);
            var emulator = new GraphEmulator(MailboxFolder.Load(folder), clock);
            var referrals = emulator.Mailbox.TrackedReferrals();
            using var incremental = await DeltaScanRig.CreateAsync();
            try
            {
                await incremental.ScanAsync(emulator, referrals, clock.Now, pageSize: 7);
                var serial = 0;
                foreach (var step in steps)
                {
                    Apply(emulator.Mailbox, clock, step, ref serial);
                    var scanned = await incremental.ScanAsync(emulator, referrals, clock.Now, pageSize: 7);
                    using var fresh = await DeltaScanRig.CreateAsync();
                    var fromNothing = await fresh.ScanAsync(emulator, referrals, clock.Now, pageSize: 7);
                    var whole = await DeltaScanRig.ReadWholeAsync(emulator, referrals, clock.Now);
                    var history = string.Join(", ", steps.TakeWhile(s => !ReferenceEquals(s, step)).Append(step));
                    Assert.That(DeltaScanRig.Outcome(scanned), Is.EqualTo(DeltaScanRig.Outcome(fromNothing)), $"incremental vs from nothing after: {history}");
                    Assert.That(DeltaScanRig.Outcome(fromNothing), Is.EqualTo(DeltaScanRig.Outcome(whole)), $"delta vs whole read after: {history}");
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, iter: 15, threads: 1);
        TestContext.Out.WriteLine($"{cases} cases");
    }

    private static void Apply(MailboxFolder mailbox, ManualClock clock, Step step, ref int serial)
    {
        var at = clock.Now.AddMinutes(-step.Who - 1);
        var id = $"AAMkStep{++serial:D5}=";
        string Person(int who) => who < 3 ? Prospects[who] : Others[who - 3];
        switch (step.Kind)
        {
            case 0:
                mailbox.Deliver("inbox", DeltaScanRig.Message(id, at, $"Question {serial}", Person(step.Who), [Rep], preview: "A quick question."));
                break;
            case 1:
                mailbox.Deliver("sentitems", DeltaScanRig.Message(id, at, $"Following up ({serial})", Rep, [Person(step.Who)]));
                break;
            case 2:
                var prospect = Prospects[step.Who % 3];
                mailbox.Deliver("inbox", DeltaScanRig.Message(id, at, $"Re: Referred by George Smith ({step.Who % 3})", prospect, [Rep], [Source],
                    preview: step.Pick % 2 == 0 ? "Happy to talk next week." : "I am out of the office until Monday."));
                break;
            case 3 or 4 or 5:
                var all = mailbox.Inbox.Concat(mailbox.SentItems).ToList();
                if (all.Count == 0)
                {
                    break;
                }
                var target = all[step.Pick % all.Count].Id;
                if (step.Kind == 3)
                {
                    mailbox.Delete(target);
                }
                else if (step.Kind == 4)
                {
                    mailbox.MoveOut(target);
                }
                else
                {
                    // An edit that matters to the detectors: who is copied, and the subject.
                    var label = $"Edited {serial}: ";
                    mailbox.Edit(target, m =>
                    {
                        m["subject"] = label + m["subject"];
                        m["ccRecipients"] = DeltaScanRig.Message("x", at, "", Rep, [], [Person(step.Who)])["ccRecipients"]!.DeepClone();
                    });
                }
                break;
            case 6:
                mailbox.ExpireDeltaTokens();
                break;
            case 7:
                clock.Now = clock.Now.AddDays(step.Days);
                break;
            default:
                // An introduction by the source of someone new, and that person writing in by name.
                var newcomer = $"lee{serial}@adventure-works.example";
                mailbox.Deliver("inbox", DeltaScanRig.Message(id, at, $"Introduction: Lee Park{serial} meet Sam", Source, [Rep], [newcomer],
                    preview: $"Sam, meet Lee Park{serial}, who runs purchasing. Lee, meet Sam."));
                mailbox.Deliver("inbox", DeltaScanRig.Message($"AAMkStep{++serial:D5}=", at.AddMinutes(1), "Hello", Others[step.Who % 4], [Rep],
                    preview: "George Smith suggested I reach out to you about your pricing."));
                break;
        }
    }
}
