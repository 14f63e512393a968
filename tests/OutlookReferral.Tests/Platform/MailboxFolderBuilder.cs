using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Platform;

/// <summary>Writes a mailbox folder (Graph-shaped JSON files) to a temp directory for a test.</summary>
public sealed class MailboxFolderBuilder
{
    public const string RepAddress = "sam@contoso.com";

    private readonly JsonArray inbox = [];
    private readonly JsonArray sent = [];
    private readonly JsonArray referrals = [];
    private int sequence;

    public MailboxFolderBuilder Referral(string prospectName, string prospectAddress, string sourceName, string sourceAddress,
        DateTimeOffset introducedAt, DateTimeOffset? closedAt = null)
    {
        var referral = new JsonObject
        {
            ["prospect"] = new JsonObject { ["name"] = prospectName, ["address"] = prospectAddress },
            ["source"] = new JsonObject { ["name"] = sourceName, ["address"] = sourceAddress },
            ["introducedAt"] = Iso(introducedAt),
        };
        if (closedAt is { } closed)
        {
            referral["closedAt"] = Iso(closed);
            referral["outcome"] = "lost";
        }
        referrals.Add(referral);
        return this;
    }

    /// <summary>The id of the message added last.</summary>
    public string LastId { get; private set; } = "";

    /// <summary>A message to the rep from someone, with other people in To and Cc (an introduction, a reply-all).</summary>
    public MailboxFolderBuilder ReceivedWith(DateTimeOffset at, string subject, string from, string[] to, string[]? cc = null, string preview = "")
    {
        var message = Message(at, subject, from, to, headers: []);
        message["ccRecipients"] = new JsonArray((cc ?? []).Select(a => (JsonNode)Recipient(a)).ToArray());
        message["bodyPreview"] = preview;
        inbox.Add(message);
        return this;
    }

    /// <summary>A message from the rep, into sentitems.json.</summary>
    public MailboxFolderBuilder Sent(DateTimeOffset at, string subject, params string[] to)
    {
        sent.Add(Message(at, subject, RepAddress, to, headers: null));
        return this;
    }

    /// <summary>A message to the rep, into inbox.json.</summary>
    public MailboxFolderBuilder Received(DateTimeOffset at, string subject, string from, string preview = "", params (string Name, string Value)[] headers)
    {
        var message = Message(at, subject, from, [RepAddress], headers);
        message["bodyPreview"] = preview;
        inbox.Add(message);
        return this;
    }

    /// <summary>Ordinary mail that involves nobody tracked: pages for the scan to read.</summary>
    public MailboxFolderBuilder Filler(int count, DateTimeOffset from, DateTimeOffset to)
    {
        var step = (to - from) / Math.Max(count, 1);
        for (var i = 0; i < count; i++)
        {
            var at = from + (step * i);
            if (i % 2 == 0)
            {
                Received(at, $"Weekly update #{i}", $"colleague{i % 7}@contoso.com", "Numbers for the week attached.");
            }
            else
            {
                Sent(at, $"Re: Weekly update #{i - 1}", $"colleague{i % 7}@contoso.com");
            }
        }
        return this;
    }

    /// <param name="withReferrals">False leaves referrals.json out: the scan command then tracks what it finds.</param>
    public string Write(DateTimeOffset capturedAt, bool withReferrals = true)
    {
        var folder = Directory.CreateTempSubdirectory("mailbox-").FullName;
        File.WriteAllText(Path.Combine(folder, "me.json"), new JsonObject
        {
            ["id"] = "5f1c0b8e-2c1d-4a55-9a0e-3b7f1e2d4c6a",
            ["displayName"] = "Sam Rivera",
            ["mail"] = RepAddress,
            ["userPrincipalName"] = RepAddress,
        }.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "inbox.json"), new JsonObject { ["value"] = inbox.DeepClone() }.ToJsonString());
        File.WriteAllText(Path.Combine(folder, "sentitems.json"), new JsonObject { ["value"] = sent.DeepClone() }.ToJsonString());
        if (withReferrals)
        {
            File.WriteAllText(Path.Combine(folder, "referrals.json"), referrals.ToJsonString());
        }
        File.WriteAllText(Path.Combine(folder, "mailbox.json"), new JsonObject { ["now"] = Iso(capturedAt) }.ToJsonString());
        return folder;
    }

    private JsonObject Message(DateTimeOffset at, string subject, string from, string[] to, (string Name, string Value)[]? headers)
    {
        var id = LastId = $"AAMkAGI2TG93AAA{++sequence:D6}=";
        var message = new JsonObject
        {
            ["id"] = id,
            ["conversationId"] = $"AAQkAGI2TG93{StableHash(subject.Replace("Re: ", "", StringComparison.Ordinal)):X8}=",
            ["subject"] = subject,
            ["from"] = Recipient(from),
            ["toRecipients"] = new JsonArray(to.Select(a => (JsonNode)Recipient(a)).ToArray()),
            ["ccRecipients"] = new JsonArray(),
            ["sentDateTime"] = Iso(at),
            ["receivedDateTime"] = Iso(at.AddSeconds(2)),
            ["isDraft"] = false,
        };
        if (headers is not null)
        {
            message["internetMessageHeaders"] = new JsonArray(headers
                .Prepend((Name: "Message-ID", Value: $"<{id}@contoso.com>"))
                .Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value }).ToArray());
        }
        return message;
    }

    // One thread per subject, the same on every run.
    private static uint StableHash(string text) => text.Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619u);

    private static JsonObject Recipient(string address) =>
        new() { ["emailAddress"] = new JsonObject { ["name"] = address.Split('@')[0], ["address"] = address } };

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
