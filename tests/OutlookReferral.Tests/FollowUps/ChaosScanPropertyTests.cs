using System.Text.Json;
using CsCheck;
using OutlookReferral.Cli;
using OutlookReferral.Emulator;
using OutlookReferral.Tests.Platform;

namespace OutlookReferral.Tests.FollowUps;

/// <summary>
/// Property: for any mailbox the builder writes and any fault seed, a scan through a Graph that fails 20% of its
/// requests (429, 503, 504 on large pages) finds exactly what the clean scan finds.
/// </summary>
public class ChaosScanPropertyTests
{
    private static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    /// <summary>A mailbox's story, drawn from a seed: referrals, their mail, Teams meetings and ordinary traffic.</summary>
    private sealed record Story(int Referrals, int Filler, int Meetings, int StorySeed)
    {
        public string Write()
        {
            var random = new Random(StorySeed);
            var builder = new MailboxFolderBuilder().Filler(Filler, Now.AddDays(-60), Now.AddDays(-1));
            for (var i = 0; i < Referrals; i++)
            {
                var prospect = $"prospect{i}@fabrikam{i}.com";
                builder.Referral($"Prospect {i}", prospect, "George Smith", "george@adatum.com", Now.AddDays(-random.Next(15, 50)));
                builder.Sent(Now.AddDays(-random.Next(1, 14)).AddMinutes(-i), $"Referred by George Smith ({i})", prospect);
                if (random.Next(3) == 0)
                {
                    builder.Received(Now.AddDays(-random.Next(0, 10)), $"Re: Referred by George Smith ({i})", prospect, "Happy to talk.");
                }
                if (i < Meetings)
                {
                    var start = Now.AddDays(-random.Next(2, 20)).AddHours(-i);
                    var url = $"https://teams.example/meet/{StorySeed}-{i}";
                    builder.Event($"ev-{i}", start, 30, $"Intro call {i}", [prospect], joinUrl: url)
                        .Attendance(url, start, 30, random.Next(2) == 0 ? [MailboxFolderBuilder.RepAddress] : [MailboxFolderBuilder.RepAddress, prospect]);
                }
            }
            return builder.Write(Now);
        }
    }

    private static readonly Gen<Story> Stories =
        Gen.Select(Gen.Int[1, 5], Gen.Int[0, 300], Gen.Int[0, 3], Gen.Int[0, 1_000_000], (r, f, m, s) => new Story(r, f, m, s));

    [Test]
    public async Task ChaosScansEqualTheCleanScanForAnyMailboxAndSeed()
    {
        await Gen.Select(Stories, Gen.Int).SampleAsync(async (story, faultSeed) =>
        {
            var folder = story.Write();
            try
            {
                var mailbox = MailboxFolder.Load(folder);
                var clean = await ScanCommand.ScanAsync(mailbox, Now, 120, CancellationToken.None);
                var chaos = new GraphChaos(new ChaosOptions { FailureRate = 0.2, Seed = faultSeed, RetryAfterSeconds = 0 });
                var faulty = await ScanCommand.ScanAsync(MailboxFolder.Load(folder), Now, 120, CancellationToken.None, chaos);

                Assert.That(JsonSerializer.Serialize(faulty), Is.EqualTo(JsonSerializer.Serialize(clean)),
                    $"{story} with fault seed {faultSeed} ({chaos.Faults} faults)");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, iter: 25, threads: 1);
    }

    [Test]
    public async Task TheFaultsAreReallyThere()
    {
        // Guards the property above against a chaos mode that quietly injects nothing.
        var folder = new Story(3, 300, 2, 42).Write();
        var chaos = new GraphChaos(new ChaosOptions { FailureRate = 0.2, Seed = 7, RetryAfterSeconds = 0 });

        await ScanCommand.ScanAsync(MailboxFolder.Load(folder), Now, 120, CancellationToken.None, chaos);

        Assert.That(chaos.Faults, Is.GreaterThan(0));
        Directory.Delete(folder, recursive: true);
    }
}
