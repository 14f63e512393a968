using System.Text.Json.Nodes;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The one writer of mailbox folders writes what the reader reads back, and the emulator stands alone.</summary>
public class MailboxFolderWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [TestCase(false)]
    [TestCase(true)]
    public void WhatItWritesLoadsBack(bool indented)
    {
        var writer = new MailboxFolderWriter(Directory.CreateTempSubdirectory("writer-").FullName, indented);
        writer.WriteMe(new JsonObject { ["id"] = "u1", ["displayName"] = "Zoë Müller", ["mail"] = "zoe@contoso.com" });
        writer.WriteCollection(MailboxFolderWriter.InboxFile,
            [new JsonObject { ["id"] = "m1", ["subject"] = "A <> B", ["receivedDateTime"] = "2026-11-20T09:00:00Z" }]);
        writer.WriteCollection(MailboxFolderWriter.SentItemsFile, []);
        writer.WriteReferrals(
        [
            new ReferralSeed(new SeedParty("Kim Lee", "kim@fabrikam.com"), new SeedParty("George", "george@adatum.com"), Now.AddDays(-9), null, null),
            new ReferralSeed(new SeedParty("Kim Lee", "kim@fabrikam.com"), new SeedParty("Ana", "ana@adatum.com"), Now.AddDays(-90), Now.AddDays(-60), "lost"),
        ]);
        writer.WriteCapturedAt(Now);

        var folder = MailboxFolder.Load(writer.Folder);

        Assert.Multiple(() =>
        {
            Assert.That(folder.Me["displayName"]!.GetValue<string>(), Is.EqualTo("Zoë Müller"));
            Assert.That(File.ReadAllText(Path.Combine(writer.Folder, MailboxFolderWriter.InboxFile)), Does.Contain("A <> B"), "plain UTF-8, as Graph sends it");
            Assert.That(folder.Inbox.Select(m => m.Id), Is.EqualTo(new[] { "m1" }));
            Assert.That(folder.SentItems, Is.Empty);
            Assert.That(folder.Referrals, Has.Count.EqualTo(2));
            Assert.That(folder.Referrals![1].ClosedAt, Is.EqualTo(Now.AddDays(-60)));
            Assert.That(folder.Referrals[1].Outcome, Is.EqualTo("lost"));
            Assert.That(folder.Referrals[0].ClosedAt, Is.Null);
            Assert.That(folder.CapturedAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void TheEmulatorReferencesNeitherTheApiNorAspNet()
    {
        var references = typeof(GraphEmulator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references.Where(name => name.StartsWith("OutlookReferral", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.Graph", StringComparison.Ordinal)),
            Is.Empty, string.Join(", ", references));
    }
}
