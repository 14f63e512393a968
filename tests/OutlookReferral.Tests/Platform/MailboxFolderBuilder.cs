using System.Text.Json.Nodes;
using OutlookReferral.Emulator;

namespace OutlookReferral.Tests.Platform;

/// <summary>Builds a mailbox folder (Graph-shaped JSON) for a test; the emulator's MailboxFolderWriter writes it to a temp directory.</summary>
public sealed class MailboxFolderBuilder
{
    public const string RepAddress = "sam@contoso.com";

    private readonly JsonArray inbox = [];
    private readonly JsonArray sent = [];
    private readonly List<ReferralSeed> referrals = [];
    private readonly JsonArray events = [];
    private readonly JsonArray onlineMeetings = [];
    private int sequence;

    public MailboxFolderBuilder Referral(string prospectName, string prospectAddress, string sourceName, string sourceAddress,
        DateTimeOffset introducedAt, DateTimeOffset? closedAt = null)
    {
        referrals.Add(new ReferralSeed(new SeedParty(prospectName, prospectAddress), new SeedParty(sourceName, sourceAddress),
            introducedAt, closedAt, closedAt is null ? null : "lost"));
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

    /// <summary>
    /// A calendar event as calendarView returns it. <paramref name="timeZone"/> other than UTC stores the
    /// start and end as that zone's wall-clock time, as Outlook does for events created there.
    /// </summary>
    public MailboxFolderBuilder Event(string id, DateTimeOffset start, int minutes, string subject, string[] attendees,
        bool organiser = true, string? joinUrl = null, bool cancelled = false, string response = "accepted",
        string timeZone = "UTC", string type = "singleInstance", string? seriesMasterId = null, bool allDay = false)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone == "UTC" ? "UTC" : timeZone);
        JsonObject When(DateTimeOffset at) => new()
        {
            ["dateTime"] = TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture),
            ["timeZone"] = timeZone,
        };
        var organizer = organiser ? RepAddress : attendees[0];
        events.Add(new JsonObject
        {
            ["id"] = id,
            ["subject"] = subject,
            ["start"] = When(start),
            ["end"] = When(start.AddMinutes(minutes)),
            ["isAllDay"] = allDay,
            ["isCancelled"] = cancelled,
            ["isOrganizer"] = organiser,
            ["type"] = type,
            ["seriesMasterId"] = seriesMasterId,
            ["showAs"] = "busy",
            ["organizer"] = Recipient(organizer),
            ["attendees"] = new JsonArray(attendees.Where(a => a != organizer || !organiser).Select(a => (JsonNode)new JsonObject
            {
                ["type"] = "required",
                ["status"] = new JsonObject { ["response"] = response, ["time"] = Iso(start.AddDays(-2)) },
                ["emailAddress"] = new JsonObject { ["name"] = a.Split('@')[0], ["address"] = a },
            }).ToArray()),
            ["isOnlineMeeting"] = joinUrl is not null,
            ["onlineMeetingProvider"] = joinUrl is not null ? "teamsForBusiness" : "unknown",
            ["onlineMeeting"] = joinUrl is not null ? new JsonObject { ["joinUrl"] = joinUrl } : null,
        });
        return this;
    }

    /// <summary>A Teams meeting with one attendance report listing who joined (optionally hidden until a time).</summary>
    public MailboxFolderBuilder Attendance(string joinUrl, DateTimeOffset start, int minutes, string[] joined, DateTimeOffset? availableAfter = null)
    {
        var report = new JsonObject
        {
            ["id"] = $"report-{onlineMeetings.Count + 1}",
            ["totalParticipantCount"] = joined.Length,
            ["meetingStartDateTime"] = Iso(start),
            ["meetingEndDateTime"] = Iso(start.AddMinutes(minutes)),
            ["attendanceRecords"] = new JsonArray(joined.Select(a => (JsonNode)new JsonObject
            {
                ["emailAddress"] = a,
                ["totalAttendanceInSeconds"] = 600,
                ["role"] = a == RepAddress ? "Organizer" : "Attendee",
                ["identity"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["displayName"] = a.Split('@')[0] },
                ["attendanceIntervals"] = new JsonArray(),
            }).ToArray()),
        };
        if (availableAfter is { } after)
        {
            report["availableAfter"] = Iso(after);
        }
        onlineMeetings.Add(new JsonObject
        {
            ["id"] = $"meeting-{onlineMeetings.Count + 1}",
            ["joinWebUrl"] = joinUrl,
            ["subject"] = "Teams meeting",
            ["startDateTime"] = Iso(start),
            ["endDateTime"] = Iso(start.AddMinutes(minutes)),
            ["attendanceReports"] = new JsonArray(report),
        });
        return this;
    }

    /// <summary>
    /// One Teams session of the meeting behind <paramref name="joinUrl"/>, its records as given (see AttendanceShapes):
    /// recurring series and moved meetings keep one join URL, so sessions add up on one online meeting.
    /// </summary>
    public MailboxFolderBuilder Session(string joinUrl, DateTimeOffset start, int minutes, params JsonObject[] records)
    {
        var meeting = onlineMeetings.OfType<JsonObject>().FirstOrDefault(m => (string?)m["joinWebUrl"] == joinUrl);
        if (meeting is null)
        {
            meeting = new JsonObject
            {
                ["id"] = $"meeting-{onlineMeetings.Count + 1}",
                ["joinWebUrl"] = joinUrl,
                ["subject"] = "Teams meeting",
                ["startDateTime"] = Iso(start),
                ["endDateTime"] = Iso(start.AddMinutes(minutes)),
                ["attendanceReports"] = new JsonArray(),
            };
            onlineMeetings.Add(meeting);
        }
        var reports = meeting["attendanceReports"]!.AsArray();
        reports.Add(new JsonObject
        {
            ["id"] = $"{meeting["id"]}-session-{reports.Count + 1}",
            ["totalParticipantCount"] = records.Length,
            ["meetingStartDateTime"] = Iso(start),
            ["meetingEndDateTime"] = Iso(start.AddMinutes(minutes)),
            ["attendanceRecords"] = new JsonArray(records.Select(r => (JsonNode)r.DeepClone()).ToArray()),
        });
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
        var writer = new MailboxFolderWriter(Directory.CreateTempSubdirectory("mailbox-").FullName);
        writer.WriteMe(new JsonObject
        {
            ["id"] = "5f1c0b8e-2c1d-4a55-9a0e-3b7f1e2d4c6a",
            ["displayName"] = "Sam Rivera",
            ["mail"] = RepAddress,
            ["userPrincipalName"] = RepAddress,
            ["mailboxSettings"] = new JsonObject { ["timeZone"] = "Pacific Standard Time" },
        });
        writer.WriteCollection(MailboxFolderWriter.InboxFile, inbox);
        writer.WriteCollection(MailboxFolderWriter.SentItemsFile, sent);
        writer.WriteCollection(MailboxFolderWriter.EventsFile, events);
        writer.WriteCollection(MailboxFolderWriter.OnlineMeetingsFile, onlineMeetings);
        if (withReferrals)
        {
            writer.WriteReferrals(referrals);
        }
        writer.WriteCapturedAt(capturedAt);
        return writer.Folder;
    }

    private JsonObject Message(DateTimeOffset at, string subject, string from, string[] to, (string Name, string Value)[]? headers)
    {
        var id = LastId = $"AAMkAGI2TG93AAA{++sequence:D6}=";
        var message = new JsonObject
        {
            ["id"] = id,
            // URL-safe base64 with "-" and "_", as Graph's are: Office.js spells the same id with "+" and "/".
            ["conversationId"] = $"AAQkAGI2TG93_{StableHash(subject.Replace("Re: ", "", StringComparison.Ordinal)):X8}-Q=",
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

    private static string Iso(DateTimeOffset at) => MailboxFolderWriter.Iso(at);
}
