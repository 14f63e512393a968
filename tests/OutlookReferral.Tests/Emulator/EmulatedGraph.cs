using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Authentication;
using OutlookReferral.DemoMailbox;
using OutlookReferral.Emulator;
using OutlookReferral.Graph;
using OutlookReferral.Tests.Platform;
using MailboxFolder = OutlookReferral.Emulator.MailboxFolder;

namespace OutlookReferral.Tests.Emulator;

/// <summary>The real Graph SDK over a fresh emulator on a freshly written mailbox folder.</summary>
internal static class EmulatedGraph
{
    public static readonly DateTimeOffset Now = ApiFactory.DemoNow;

    /// <param name="builder">The mailbox; by default a few weeks of ordinary mail.</param>
    /// <param name="time">The emulator's clock for draft timestamps.</param>
    /// <param name="edit">Changes the written folder before it is loaded (what the builder cannot write).</param>
    public static (RepGraph Graph, GraphEmulator Emulator) Connect(
        MailboxFolderBuilder? builder = null, TimeProvider? time = null, Action<string>? edit = null)
    {
        var folder = (builder ?? new MailboxFolderBuilder().Filler(10, Now.AddDays(-20), Now.AddDays(-1))).Write(Now);
        edit?.Invoke(folder);
        var mailbox = MailboxFolder.Load(folder);
        var emulator = new GraphEmulator(mailbox, time);
        return (RepGraph.Create(emulator, new AnonymousAuthenticationProvider(), DemoGraphFactory.BaseUrl, mailbox.UserId), emulator);
    }

    /// <summary>Rewrites message <paramref name="index"/> of a folder file such as inbox.json.</summary>
    public static void EditMessage(string folder, string file, int index, Action<JsonObject> change)
    {
        var path = Path.Combine(folder, file);
        var collection = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(collection["value"]![index]!.AsObject());
        File.WriteAllText(path, collection.ToJsonString());
    }

    public static JsonArray Recipients(params string[] addresses) =>
        new(addresses.Select(a => (JsonNode)new JsonObject { ["emailAddress"] = new JsonObject { ["name"] = a.Split('@')[0], ["address"] = a } }).ToArray());
}

/// <summary>A clock a test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
