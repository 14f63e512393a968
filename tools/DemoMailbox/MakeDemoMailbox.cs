// Writes the built-in demo mailbox (a mailbox folder, see docs/mailbox-folder.md):
//
//     dotnet run tools/DemoMailbox/MakeDemoMailbox.cs -- api/DemoMailbox/demo
//
// Everything is fixed: one seeded Random, no clock reads, stable ids. Running it twice writes
// the same bytes. The stories of the tracked referrals are in Stories.*; the ordinary mail
// around them (colleagues, customers, vendors, newsletters, calendar traffic) in Ordinary.*.
// All people, companies and wording are fictional.

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

// Default: the built-in demo beside this file's repository, whatever the current directory.
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var outDir = args.Length > 0 ? args[0] : Path.GetFullPath(Path.Combine(here, "..", "..", "api", "DemoMailbox", "demo"));
var box = new Mailbox(seed: 20261123);
Stories.Write(box);
Ordinary.Write(box);
Calendar.Write(box);
box.Save(outDir);
return 0;

/// <summary>Time zones of the people in the mailbox (all North American, daylight time ends on 1 November 2026).</summary>
internal enum Zone { Pacific, Mountain, Central, Eastern }

/// <summary>What kind of message this is: it decides the transport headers.</summary>
internal enum Kind { Normal, ExchangeAutoReply, VacationResponder, Bulk, Notification, MeetingRequest, MeetingResponse, MeetingCancel }

internal sealed record Person(string Name, string Address, string Title, string Org, Zone Zone)
{
    public string First => Name.Split(' ')[0];

    public string Domain => Address[(Address.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant();

    /// <summary>The same person written with another spelling of the address (case differs).</summary>
    public Person Spelled(string address) => this with { Address = address };
}

/// <summary>A conversation: Graph's conversationId plus the RFC 5322 ids its messages reference.</summary>
internal sealed class Conversation(string id, string topic, byte[] index)
{
    public string Id { get; } = id;

    public string Topic { get; } = topic;

    public byte[] Index { get; } = index;

    public List<string> MessageIds { get; } = [];

    public List<(Person From, DateTimeOffset At, string To)> Said { get; } = [];
}

/// <summary>Options of one message beyond who, when and what.</summary>
internal sealed record Opt
{
    public Kind Kind { get; init; } = Kind.Normal;

    public bool Attach { get; init; }

    public string Importance { get; init; } = "normal";

    public Person? Sender { get; init; }

    public bool? Read { get; init; }

    public bool Quote { get; init; } = true;

    public JsonObject? Extra { get; init; }

    public (string Name, string Value)[] Headers { get; init; } = [];

    public string? ListName { get; init; }
}

internal static class Clock
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset DaylightEnds = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static TimeSpan Offset(Zone zone, DateTimeOffset utc)
    {
        var standard = zone switch { Zone.Pacific => -8, Zone.Mountain => -7, Zone.Central => -6, _ => -5 };
        return TimeSpan.FromHours(utc < DaylightEnds ? standard + 1 : standard);
    }

    /// <summary>A Pacific wall-clock time (the rep's) as UTC.</summary>
    public static DateTimeOffset Pt(int month, int day, int hour, int minute, int second = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, second, DateTimeKind.Unspecified);
        var offset = Offset(Zone.Pacific, new DateTimeOffset(local, TimeSpan.FromHours(-8)));
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset Local(DateTimeOffset utc, Zone zone) => utc.ToOffset(Offset(zone, utc));

    public static string Iso(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Inv);

    /// <summary>Graph's dateTimeTimeZone form: seven fractional digits, no offset.</summary>
    public static string GraphLocal(DateTime wallClock) => wallClock.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", Inv);

    public static string Rfc2822(DateTimeOffset utc, Zone zone)
    {
        var local = Local(utc, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("ddd, d MMM yyyy HH:mm:ss ", Inv) + sign + Math.Abs(offset.Hours).ToString("00", Inv) + Math.Abs(offset.Minutes).ToString("00", Inv);
    }

    /// <summary>How Outlook prints a date in a quoted header block.</summary>
    public static string Outlook(DateTimeOffset utc) =>
        Local(utc, Zone.Pacific).ToString("dddd, MMMM d, yyyy h:mm tt", Inv);

    /// <summary>Moves a moment into the rep's working hours (08:00-18:00 Pacific, Monday to Friday).</summary>
    public static DateTimeOffset IntoWorkday(DateTimeOffset utc, Random random)
    {
        var local = Local(utc, Zone.Pacific);
        if (local.Hour >= 18)
        {
            local = local.Date.AddDays(1).AddHours(8).AddMinutes(random.Next(0, 90));
        }
        else if (local.Hour < 8)
        {
            local = local.Date.AddHours(8).AddMinutes(random.Next(0, 60));
        }
        while (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            local = local.Date.AddDays(1).AddHours(8).AddMinutes(random.Next(0, 90));
        }
        return Pt(local.Month, local.Day, local.Hour, local.Minute, local.Second);
    }
}

/// <summary>The mailbox being written: messages, events, online meetings and referrals.</summary>
internal sealed class Mailbox(int seed)
{
    public Random Dice { get; } = new(seed);

    public List<(DateTimeOffset At, JsonObject Json)> Inbox { get; } = [];

    public List<(DateTimeOffset At, JsonObject Json)> Sent { get; } = [];

    public List<(DateTimeOffset Start, JsonObject Json)> Events { get; } = [];

    public List<JsonObject> OnlineMeetings { get; } = [];

    public List<JsonObject> Referrals { get; } = [];

    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    // ---- identities ------------------------------------------------------------------------

    public const string TenantDomain = "relecloud.com";

    private static readonly string MailboxToken = Convert.ToBase64String(Encoding.ASCII.GetBytes(StableGuid("mailbox:sam.rivera").ToString()))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly string StoreToken = Token(StableBytes("store:sam.rivera", 16));

    public static Guid StableGuid(string key)
    {
        var bytes = StableBytes(key, 16);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public static byte[] StableBytes(string key, int length) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[..length];

    public static string Token(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string TenantOf(string domain) => StableGuid("tenant:" + domain.ToLowerInvariant()).ToString();

    public static string ObjectIdOf(Person person) => StableGuid("user:" + person.Address.ToLowerInvariant()).ToString();

    public byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        Dice.NextBytes(bytes);
        return bytes;
    }

    public string Hex(int bytes) => Convert.ToHexString(Bytes(bytes));

    private string Unique(Func<string> make)
    {
        while (true)
        {
            var id = make();
            if (ids.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>An Exchange item id: mailbox, store and folder keys, then the item's own bytes.</summary>
    public string ItemId(string folderCode) =>
        Unique(() => $"AAMkA{MailboxToken}BGAAAAAAD{StoreToken}BwD{StoreToken[..20]}AAAAAAE{folderCode}AAD{StoreToken[..20]}AA{Token(Bytes(12))}AAA=");

    public string NewConversationId() => Unique(() => $"AAQkA{MailboxToken}AQA{Token(Bytes(16))}=");

    public Conversation Thread(string topic)
    {
        // Thread-Index: 6 bytes of FILETIME-ish header plus a 16-byte GUID.
        var index = Bytes(22);
        index[0] = 0x01;
        return new Conversation(NewConversationId(), topic, index);
    }

    // Exchange Online hosts and their shapes (fictional server names; the suffix is what Exchange Online uses).
    private static readonly string[] Pods = ["BY5PR11MB", "SJ0PR11MB", "CO1PR11MB", "MW4PR11MB", "PH0PR11MB", "DM6PR11MB", "CH2PR11MB", "SA1PR11MB"];

    private static readonly HashSet<string> ExchangeOnlineDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "relecloud.com", "contoso.com", "fabrikam.com", "northwindtraders.com", "adatum.com", "woodgrovebank.com", "fourthcoffee.com",
        "humongousinsurance.com", "cohowinery.com", "cpandl.com", "lamnahealthcare.com", "tailspintoys.com", "proseware.com",
        "wideworldimporters.com", "treyresearch.net", "adventure-works.com", "vanarsdelltd.com", "tailwindtraders.com",
        "consolidatedmessenger.com", "southridgevideo.com", "graphicdesigninstitute.com", "alpineskihouse.com", "blueyonderairlines.com",
    };

    public static bool OnExchangeOnline(string domain) => ExchangeOnlineDomains.Contains(domain);

    private static string PodOf(string domain)
    {
        var b = StableBytes("pod:" + domain, 3);
        return Pods[b[0] % Pods.Length] + (1000 + ((b[1] << 8) | b[2]) % 9000).ToString(Clock.Inv);
    }

    public string InternetMessageId(Person from, DateTimeOffset at, Kind kind)
    {
        if (kind == Kind.Bulk)
        {
            return $"<{at.UtcDateTime:yyyyMMddHHmmss}.{Hex(6).ToLowerInvariant()}@mailer.{from.Domain}>";
        }
        if (OnExchangeOnline(from.Domain))
        {
            var pod = PodOf(from.Domain);
            return $"<{pod}{Hex(14)}@{pod}.namprd11.prod.outlook.com>";
        }
        return $"<{Hex(10).ToLowerInvariant()}.{at.ToUnixTimeSeconds()}@mail.{from.Domain}>";
    }

    // ---- messages --------------------------------------------------------------------------

    private static JsonObject Address(Person p) => new() { ["emailAddress"] = new JsonObject { ["name"] = p.Name, ["address"] = p.Address } };

    private static JsonArray Addresses(IEnumerable<Person> people) => new(people.Select(p => (JsonNode)Address(p)).ToArray());

    private static string HeaderList(IEnumerable<Person> people) => string.Join(", ", people.Select(p => $"{p.Name} <{p.Address}>"));

    public static string Preview(string text)
    {
        var normal = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal).Trim();
        return normal.Length <= 255 ? normal : normal[..255];
    }

    /// <summary>Adds one message to the inbox (from someone else) or to sent items (from the rep).</summary>
    public JsonObject Mail(Conversation thread, Person from, IReadOnlyList<Person> to, IReadOnlyList<Person> cc,
        DateTimeOffset at, string subject, string body, Opt? options = null)
    {
        var o = options ?? new Opt();
        if (at > Clock.Now)
        {
            throw new InvalidOperationException($"'{subject}' at {Clock.Iso(at)} is after the capture moment.");
        }
        var fromRep = from.Address.Equals(People.Sam.Address, StringComparison.OrdinalIgnoreCase);
        var messageId = InternetMessageId(from, at, o.Kind);
        var text = body;
        if (o.Quote && thread.Said.Count > 0 && o.Kind is Kind.Normal)
        {
            var (prevFrom, prevAt, prevTo) = thread.Said[^1];
            text += $"\n\n________________________________\nFrom: {prevFrom.Name} <{prevFrom.Address}>\nSent: {Clock.Outlook(prevAt)}\nTo: {prevTo}\nSubject: {thread.Topic}";
        }
        var sentAt = fromRep ? at : at.AddSeconds(-Dice.Next(2, 48));
        var id = ItemId(fromRep ? "JAAA" : "MAAA");
        var json = new JsonObject();
        if (o.Kind is Kind.MeetingRequest)
        {
            json["@odata.type"] = "#microsoft.graph.eventMessageRequest";
        }
        else if (o.Kind is Kind.MeetingResponse)
        {
            json["@odata.type"] = "#microsoft.graph.eventMessageResponse";
        }
        else if (o.Kind is Kind.MeetingCancel)
        {
            json["@odata.type"] = "#microsoft.graph.eventMessage";
        }
        json["id"] = id;
        json["createdDateTime"] = Clock.Iso(at);
        json["lastModifiedDateTime"] = Clock.Iso(at.AddSeconds(fromRep ? 1 : Dice.Next(1, 5)));
        json["receivedDateTime"] = Clock.Iso(at);
        json["sentDateTime"] = Clock.Iso(sentAt);
        json["hasAttachments"] = o.Attach;
        json["internetMessageId"] = messageId;
        json["subject"] = subject;
        json["bodyPreview"] = Preview(text);
        json["importance"] = o.Importance;
        json["conversationId"] = thread.Id;
        json["isRead"] = o.Read ?? (fromRep || at < Clock.Now.AddDays(-2) || Dice.Next(3) > 0);
        json["isDraft"] = false;
        json["webLink"] = $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(id)}&exvsurl=1&viewmodel=ReadMessageItem";
        json["inferenceClassification"] = o.Kind is Kind.Bulk or Kind.Notification ? "other" : "focused";
        json["sender"] = Address(o.Sender ?? from);
        json["from"] = Address(from);
        json["toRecipients"] = Addresses(to);
        json["ccRecipients"] = Addresses(cc);
        json["bccRecipients"] = new JsonArray();
        json["replyTo"] = new JsonArray();
        json["flag"] = new JsonObject { ["flagStatus"] = "notFlagged" };
        if (o.Extra is not null)
        {
            foreach (var (name, value) in o.Extra)
            {
                json[name] = value?.DeepClone();
            }
        }
        if (!fromRep)
        {
            // Graph has transport headers only for mail that arrived; the sent copy has none.
            json["internetMessageHeaders"] = Headers(thread, from, o.Sender, to, cc, sentAt, subject, messageId, o);
            Inbox.Add((at, json));
        }
        else
        {
            Sent.Add((at, json));
        }
        thread.MessageIds.Add(messageId);
        thread.Said.Add((from, at, string.Join("; ", to.Select(p => p.Name))));
        return json;
    }

    private JsonArray Headers(Conversation thread, Person from, Person? sender, IReadOnlyList<Person> to, IReadOnlyList<Person> cc,
        DateTimeOffset sentAt, string subject, string messageId, Opt o)
    {
        var internalMail = from.Domain == TenantDomain;
        var repPod = PodOf(TenantDomain);
        var h = new List<(string, string)>();
        var via = OnExchangeOnline(from.Domain) ? $"{PodOf(from.Domain)}.namprd11.prod.outlook.com" : $"mail.{from.Domain}";
        h.Add(("Received", $"from {via} by {repPod}.namprd11.prod.outlook.com with HTTPS; {sentAt.AddSeconds(1).UtcDateTime.ToString("ddd, d MMM yyyy HH:mm:ss", Clock.Inv)} +0000"));
        if (!internalMail)
        {
            h.Add(("Authentication-Results", $"spf=pass (sender IP is 40.107.{Dice.Next(1, 250)}.{Dice.Next(1, 250)}) smtp.mailfrom={from.Domain}; dkim=pass (signature was verified) header.d={from.Domain};dmarc=pass action=none header.from={from.Domain};compauth=pass reason=100"));
        }
        h.Add(("From", $"{from.Name} <{from.Address}>"));
        if (sender is not null)
        {
            h.Add(("Sender", $"{sender.Name} <{sender.Address}>"));
        }
        h.Add(("To", HeaderList(to)));
        if (cc.Count > 0)
        {
            h.Add(("CC", HeaderList(cc)));
        }
        h.Add(("Subject", subject));
        if (o.Kind is not Kind.Bulk and not Kind.Notification)
        {
            h.Add(("Thread-Topic", thread.Topic));
            var index = thread.Index.Concat(thread.MessageIds.SelectMany(_ => Bytes(5))).ToArray();
            h.Add(("Thread-Index", Convert.ToBase64String(index)));
        }
        h.Add(("Date", Clock.Rfc2822(sentAt, from.Zone)));
        h.Add(("Message-ID", messageId));
        if (thread.MessageIds.Count > 0 && o.Kind is not Kind.Bulk and not Kind.Notification)
        {
            h.Add(("References", string.Join(" ", thread.MessageIds.TakeLast(6))));
            h.Add(("In-Reply-To", thread.MessageIds[^1]));
        }
        h.Add(("Accept-Language", "en-US"));
        h.Add(("Content-Language", "en-US"));
        h.Add(("X-MS-Has-Attach", o.Attach ? "yes" : ""));
        h.Add(("X-MS-Exchange-Organization-SCL", internalMail ? "-1" : "1"));
        h.Add(("X-MS-TNEF-Correlator", ""));
        h.Add(("X-MS-Exchange-Organization-AuthAs", internalMail ? "Internal" : "Anonymous"));
        switch (o.Kind)
        {
            case Kind.ExchangeAutoReply:
                h.Add(("Auto-Submitted", "auto-generated"));
                h.Add(("X-Auto-Response-Suppress", "All"));
                h.Add(("X-MS-Exchange-Inbox-Rules-Loop", from.Address));
                break;
            case Kind.VacationResponder:
                h.Add(("Auto-Submitted", "auto-replied"));
                break;
            case Kind.Bulk:
                var list = o.ListName ?? "news";
                var token = Token(Bytes(12));
                h.Add(("List-Unsubscribe", $"<https://{from.Domain}/unsubscribe?list={list}&u={token}>, <mailto:unsubscribe+{token}@{from.Domain}>"));
                h.Add(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
                h.Add(("List-Id", $"{list} <{list}.{from.Domain}>"));
                h.Add(("Precedence", "bulk"));
                h.Add(("X-Auto-Response-Suppress", "OOF, AutoReply"));
                break;
            case Kind.Notification:
                h.Add(("Auto-Submitted", "auto-generated"));
                h.Add(("X-Auto-Response-Suppress", "All"));
                break;
            case Kind.MeetingRequest:
            case Kind.MeetingResponse:
            case Kind.MeetingCancel:
                h.Add(("X-MS-Exchange-Calendar-Originator-Id", ObjectIdOf(from)));
                break;
        }
        foreach (var extra in o.Headers)
        {
            h.Add(extra);
        }
        h.Add(("MIME-Version", "1.0"));
        h.Add(("Content-Type", o.Kind switch
        {
            Kind.ExchangeAutoReply or Kind.VacationResponder => "text/plain; charset=\"utf-8\"",
            Kind.MeetingRequest or Kind.MeetingResponse or Kind.MeetingCancel => $"multipart/alternative; boundary=\"_000_{Hex(8)}_\"; type=\"text/calendar\"",
            _ when o.Attach => $"multipart/mixed; boundary=\"_004_{Hex(8)}_\"",
            _ => $"multipart/alternative; boundary=\"_000_{Hex(8)}_\"",
        }));
        return new JsonArray(h.Select(x => (JsonNode)new JsonObject { ["name"] = x.Item1, ["value"] = x.Item2 }).ToArray());
    }

    // ---- calendar --------------------------------------------------------------------------

    public sealed record Attendee(Person Who, string Response, DateTimeOffset? At = null, string Type = "required");

    public sealed record Attendance(Person Who, string Role, params (double Join, double Leave)[] Intervals);

    /// <summary>A Teams join link for a meeting organised by <paramref name="organizer"/>.</summary>
    public (string JoinUrl, string ThreadId) Teams(Person organizer)
    {
        var thread = "19:meeting_" + Convert.ToBase64String(Encoding.ASCII.GetBytes(new Guid(Bytes(16)).ToString())).TrimEnd('=') + "@thread.v2";
        var context = $"{{\"Tid\":\"{TenantOf(organizer.Domain)}\",\"Oid\":\"{ObjectIdOf(organizer)}\"}}";
        var url = "https://teams.microsoft.com/l/meetup-join/" + LowerEscapes(Uri.EscapeDataString(thread))
            + "/0?context=" + LowerEscapes(Uri.EscapeDataString(context));
        return (url, thread);
    }

    private static string LowerEscapes(string escaped) =>
        System.Text.RegularExpressions.Regex.Replace(escaped, "%[0-9A-F]{2}", m => m.Value.ToLowerInvariant());

    public JsonObject Event(string subject, DateTimeOffset start, int minutes, Person organizer, IReadOnlyList<Attendee> attendees,
        DateTimeOffset created, string? body = null, (string JoinUrl, string ThreadId)? teams = null, string? location = null,
        bool cancelled = false, string myResponse = "accepted", DateTimeOffset? myResponseAt = null, string type = "singleInstance",
        string? seriesMasterId = null, string timeZone = "UTC", bool allDay = false, string showAs = "busy", string? iCalUId = null)
    {
        var isOrganizer = organizer.Address == People.Sam.Address;
        var id = ItemId("NAAA");
        var end = start.AddMinutes(minutes);
        DateTime Wall(DateTimeOffset t) => timeZone == "UTC" ? t.UtcDateTime : Clock.Local(t, Zone.Pacific).DateTime;
        var json = new JsonObject
        {
            ["id"] = id,
            ["createdDateTime"] = Clock.Iso(created),
            ["lastModifiedDateTime"] = Clock.Iso(cancelled ? created.AddDays(1) : created.AddMinutes(Dice.Next(1, 30))),
            ["categories"] = new JsonArray(),
            ["originalStartTimeZone"] = "Pacific Standard Time",
            ["originalEndTimeZone"] = "Pacific Standard Time",
            ["iCalUId"] = iCalUId ?? "040000008200E00074C5B7101A82E00800000000" + Hex(8) + "000000000000000010000000" + Hex(16),
            ["reminderMinutesBeforeStart"] = 15,
            ["isReminderOn"] = !cancelled,
            ["hasAttachments"] = false,
            ["subject"] = subject,
            ["bodyPreview"] = Preview(body ?? ""),
            ["importance"] = "normal",
            ["sensitivity"] = "normal",
            ["isAllDay"] = allDay,
            ["isCancelled"] = cancelled,
            ["isOrganizer"] = isOrganizer,
            ["responseRequested"] = true,
            ["seriesMasterId"] = seriesMasterId,
            ["showAs"] = cancelled ? "free" : showAs,
            ["type"] = type,
            ["webLink"] = $"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(id)}&exvsurl=1&path=/calendar/item",
            ["onlineMeetingUrl"] = null,
            ["isOnlineMeeting"] = teams is not null,
            ["onlineMeetingProvider"] = teams is not null ? "teamsForBusiness" : "unknown",
            ["allowNewTimeProposals"] = true,
            ["isDraft"] = false,
            ["hideAttendees"] = false,
            ["responseStatus"] = new JsonObject
            {
                ["response"] = isOrganizer ? "organizer" : myResponse,
                ["time"] = isOrganizer || myResponseAt is null ? "0001-01-01T00:00:00Z" : Clock.Iso(myResponseAt.Value),
            },
            ["start"] = new JsonObject { ["dateTime"] = Clock.GraphLocal(Wall(start)), ["timeZone"] = timeZone },
            ["end"] = new JsonObject { ["dateTime"] = Clock.GraphLocal(Wall(end)), ["timeZone"] = timeZone },
            ["location"] = new JsonObject
            {
                ["displayName"] = location ?? (teams is not null ? "Microsoft Teams Meeting" : ""),
                ["locationType"] = "default",
                ["uniqueIdType"] = location is null && teams is null ? "unknown" : "private",
            },
            ["recurrence"] = null,
            ["attendees"] = new JsonArray(attendees.Select(a => (JsonNode)new JsonObject
            {
                ["type"] = a.Type,
                ["status"] = new JsonObject { ["response"] = a.Response, ["time"] = a.At is { } t ? Clock.Iso(t) : "0001-01-01T00:00:00Z" },
                ["emailAddress"] = new JsonObject { ["name"] = a.Who.Name, ["address"] = a.Who.Address },
            }).ToArray()),
            ["organizer"] = Address(organizer),
            ["onlineMeeting"] = teams is { } tm ? new JsonObject { ["joinUrl"] = tm.JoinUrl } : null,
        };
        Events.Add((start, json));
        return json;
    }

    /// <summary>The online meeting behind a Teams event the rep organised, with its attendance report once it has ended.</summary>
    public void OnlineMeeting(string subject, DateTimeOffset start, int minutes, (string JoinUrl, string ThreadId) teams,
        DateTimeOffset created, IReadOnlyList<Attendance>? attended)
    {
        var sam = People.Sam;
        var meetingId = Convert.ToBase64String(Encoding.ASCII.GetBytes($"1*{ObjectIdOf(sam)}*0**{teams.ThreadId}")).TrimEnd('=');
        var end = start.AddMinutes(minutes);
        var reports = new JsonArray();
        if (attended is { Count: > 0 })
        {
            var first = attended.SelectMany(a => a.Intervals).Min(i => i.Join);
            var last = attended.SelectMany(a => a.Intervals).Max(i => i.Leave);
            reports.Add((JsonNode)new JsonObject
            {
                ["id"] = StableGuid("report:" + teams.ThreadId).ToString(),
                ["totalParticipantCount"] = attended.Count,
                ["meetingStartDateTime"] = Clock.Iso(WholeSeconds(start.AddMinutes(first))),
                ["meetingEndDateTime"] = Clock.Iso(WholeSeconds(start.AddMinutes(last))),
                ["attendanceRecords"] = new JsonArray(attended.Select(a =>
                {
                    var intervals = a.Intervals.Select(i => (Join: WholeSeconds(start.AddMinutes(i.Join)), Leave: WholeSeconds(start.AddMinutes(i.Leave)))).ToList();
                    var seconds = intervals.Sum(i => (int)(i.Leave - i.Join).TotalSeconds);
                    return (JsonNode)new JsonObject
                    {
                        ["id"] = ObjectIdOf(a.Who),
                        ["emailAddress"] = a.Who.Address,
                        ["totalAttendanceInSeconds"] = seconds,
                        ["role"] = a.Role,
                        ["identity"] = new JsonObject
                        {
                            ["id"] = ObjectIdOf(a.Who),
                            ["displayName"] = a.Who.Name,
                            ["tenantId"] = TenantOf(a.Who.Domain),
                        },
                        ["attendanceIntervals"] = new JsonArray(intervals.Select(i => (JsonNode)new JsonObject
                        {
                            ["joinDateTime"] = Clock.Iso(i.Join),
                            ["leaveDateTime"] = Clock.Iso(i.Leave),
                            ["durationInSeconds"] = (int)(i.Leave - i.Join).TotalSeconds,
                        }).ToArray()),
                    };
                }).ToArray()),
            });
        }
        OnlineMeetings.Add(new JsonObject
        {
            ["id"] = meetingId,
            ["creationDateTime"] = Clock.Iso(created),
            ["startDateTime"] = Clock.Iso(start),
            ["endDateTime"] = Clock.Iso(end),
            ["joinWebUrl"] = teams.JoinUrl,
            ["subject"] = subject,
            ["chatInfo"] = new JsonObject { ["threadId"] = teams.ThreadId, ["messageId"] = "0", ["replyChainMessageId"] = null },
            ["participants"] = new JsonObject
            {
                ["organizer"] = new JsonObject
                {
                    ["upn"] = sam.Address,
                    ["role"] = "presenter",
                    ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = ObjectIdOf(sam), ["displayName"] = sam.Name, ["tenantId"] = TenantOf(sam.Domain) } },
                },
            },
            ["attendanceReports"] = reports,
        });
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, t.Offset);

    /// <summary>Graph's eventMessage fields for an invitation or a response about one meeting.</summary>
    public static JsonObject MeetingFields(string messageType, DateTimeOffset start, int minutes, string location, string? responseType = null)
    {
        var fields = new JsonObject
        {
            ["meetingMessageType"] = messageType,
            ["isOutOfDate"] = false,
            ["isAllDay"] = false,
            ["isDelegated"] = false,
            ["type"] = "singleInstance",
            ["startDateTime"] = new JsonObject { ["dateTime"] = Clock.GraphLocal(start.UtcDateTime), ["timeZone"] = "UTC" },
            ["endDateTime"] = new JsonObject { ["dateTime"] = Clock.GraphLocal(start.AddMinutes(minutes).UtcDateTime), ["timeZone"] = "UTC" },
            ["location"] = new JsonObject { ["displayName"] = location, ["locationType"] = "default" },
        };
        if (messageType == "meetingRequest")
        {
            fields["responseRequested"] = true;
            fields["allowNewTimeProposals"] = true;
        }
        if (responseType is not null)
        {
            fields["responseType"] = responseType;
        }
        return fields;
    }

    // ---- referrals -------------------------------------------------------------------------

    public void Referral(Person prospect, Person source, DateTimeOffset introducedAt, DateTimeOffset? closedAt = null, string? outcome = null)
    {
        var json = new JsonObject
        {
            ["prospect"] = new JsonObject { ["name"] = prospect.Name, ["address"] = prospect.Address.ToLowerInvariant() },
            ["source"] = new JsonObject { ["name"] = source.Name, ["address"] = source.Address.ToLowerInvariant() },
            ["introducedAt"] = Clock.Iso(introducedAt),
        };
        if (closedAt is { } closed)
        {
            json["closedAt"] = Clock.Iso(closed);
            json["outcome"] = outcome;
        }
        Referrals.Add(json);
    }

    // ---- output ----------------------------------------------------------------------------

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        void Write(string file, JsonNode node) =>
            File.WriteAllText(Path.Combine(folder, file), node.ToJsonString(options) + "\n", new UTF8Encoding(false));
        JsonObject Collection(IEnumerable<JsonObject> items) => new() { ["value"] = new JsonArray(items.Select(i => (JsonNode)i).ToArray()) };

        Write("me.json", People.Me());
        // Graph lists a folder newest first.
        Write("inbox.json", Collection(Inbox.OrderByDescending(m => m.At).ThenBy(m => (string?)m.Json["id"], StringComparer.Ordinal).Select(m => m.Json)));
        Write("sentitems.json", Collection(Sent.OrderByDescending(m => m.At).ThenBy(m => (string?)m.Json["id"], StringComparer.Ordinal).Select(m => m.Json)));
        // calendarView lists by start.
        Write("events.json", Collection(Events.OrderBy(e => e.Start).ThenBy(e => (string?)e.Json["subject"], StringComparer.Ordinal).Select(e => e.Json)));
        Write("onlineMeetings.json", Collection(OnlineMeetings.OrderBy(m => (string?)m["startDateTime"], StringComparer.Ordinal)));
        Write("referrals.json", new JsonArray(Referrals.Select(r => (JsonNode)r).ToArray()));
        Write("mailbox.json", new JsonObject { ["now"] = Clock.Iso(Clock.Now) });
        Console.WriteLine($"{folder}: {Inbox.Count} inbox, {Sent.Count} sent, {Events.Count} events, {OnlineMeetings.Count} online meetings, {Referrals.Count} referrals");
    }
}

/// <summary>Everyone in the mailbox. Relecloud (relecloud.com) sells spend analytics and AP automation ("Relecloud Spend").</summary>
internal static class People
{
    private static Person P(string name, string address, string title, string org, Zone zone = Zone.Pacific) => new(name, address, title, org, zone);

    // The rep.
    public static readonly Person Sam = P("Sam Rivera", "sam.rivera@relecloud.com", "Senior Account Executive", "Relecloud");

    // Colleagues at Relecloud.
    public static readonly Person Dana = P("Dana Whitfield", "dana.whitfield@relecloud.com", "Regional Sales Director, West", "Relecloud");
    public static readonly Person Kevin = P("Kevin O'Brien", "kevin.obrien@relecloud.com", "Solutions Engineer", "Relecloud");
    public static readonly Person Alicia = P("Alicia Romero", "alicia.romero@relecloud.com", "Sales Development Representative", "Relecloud", Zone.Mountain);
    public static readonly Person Noah = P("Noah Feldman", "noah.feldman@relecloud.com", "Customer Success Manager", "Relecloud");
    public static readonly Person Mei = P("Mei Chen", "mei.chen@relecloud.com", "Deal Desk Analyst", "Relecloud");
    public static readonly Person Raj = P("Raj Patel", "raj.patel@relecloud.com", "Senior Counsel", "Relecloud", Zone.Eastern);
    public static readonly Person Tessa = P("Tessa Morgan", "tessa.morgan@relecloud.com", "Field Marketing Manager", "Relecloud", Zone.Central);
    public static readonly Person Luis = P("Luis Herrera", "luis.herrera@relecloud.com", "Revenue Operations Manager", "Relecloud");
    public static readonly Person Jamal = P("Jamal Wright", "jamal.wright@relecloud.com", "VP Sales, West", "Relecloud");
    public static readonly Person Owen = P("Owen Fitzgerald", "owen.fitzgerald@relecloud.com", "Account Executive", "Relecloud");
    public static readonly Person Sara = P("Sara Lindgren", "sara.lindgren@relecloud.com", "Sales Enablement Lead", "Relecloud", Zone.Mountain);
    public static readonly Person Billing = P("Relecloud Billing", "billing@relecloud.com", "", "Relecloud");
    public static readonly Person SalesWest = P("Sales - West", "sales-west@relecloud.com", "", "Relecloud");
    public static readonly Person AllStaff = P("All Relecloud", "all@relecloud.com", "", "Relecloud");

    // Relecloud systems and lists.
    public static readonly Person Crm = P("Relecloud CRM", "crm-noreply@relecloud.com", "", "Relecloud");
    public static readonly Person Expenses = P("Relecloud Expenses", "expenses-noreply@relecloud.com", "", "Relecloud");
    public static readonly Person ServiceDesk = P("IT Service Desk", "servicedesk@relecloud.com", "", "Relecloud");
    public static readonly Person PeopleTeam = P("People Team", "people@relecloud.com", "", "Relecloud");
    public static readonly Person Comms = P("Relecloud Internal Comms", "internal-comms@relecloud.com", "", "Relecloud");

    // Customers Sam looks after (ordinary mail).
    public static readonly Person Tom = P("Tom Becker", "tom.becker@woodgrovebank.com", "Procurement Manager", "Woodgrove Bank", Zone.Eastern);
    public static readonly Person Megan = P("Megan Ortiz", "megan.ortiz@fourthcoffee.com", "AP Manager", "Fourth Coffee");
    public static readonly Person Paul = P("Paul Schneider", "paul.schneider@northwindtraders.com", "Finance Systems Lead", "Northwind Traders", Zone.Central);
    public static readonly Person Derek = P("Derek Huang", "derek.huang@humongousinsurance.com", "Controller", "Humongous Insurance", Zone.Central);
    public static readonly Person Lucia = P("Lucia Ferraro", "lucia.ferraro@cohowinery.com", "Finance Manager", "Coho Winery");
    public static readonly Person Janet = P("Janet Price", "janet.price@cpandl.com", "Procurement Analyst", "City Power & Light", Zone.Mountain);
    public static readonly Person Chris = P("Chris Muller", "chris.muller@adatum.com", "IT Director", "A. Datum", Zone.Eastern);
    public static readonly Person Ana = P("Ana Lima", "ana.lima@lamnahealthcare.com", "AP Supervisor", "Lamna Healthcare", Zone.Eastern);
    public static readonly Person Rosa = P("Rosa Jimenez", "rosa.jimenez@contoso.com", "Finance Operations Manager", "Contoso");
    public static readonly Person Helen = P("Helen Park", "helen.park@blueyonderairlines.com", "Procurement Director", "Blue Yonder Airlines", Zone.Central);

    public static readonly Person[] Customers = [Tom, Megan, Paul, Derek, Lucia, Janet, Chris, Ana, Rosa, Helen];

    // Vendors and newsletters.
    public static readonly Person SaasWeekly = P("SaaS Sales Weekly", "newsletter@nodpublishers.com", "", "Nod Publishers", Zone.Eastern);
    public static readonly Person FinOps = P("Finance Ops Digest", "digest@finops.example.org", "", "Finance Ops Digest", Zone.Eastern);
    public static readonly Person NorthwindNews = P("Northwind Traders Partner News", "news@northwindtraders.com", "", "Northwind Traders", Zone.Central);
    public static readonly Person Forum = P("Procurement Leaders Forum", "events@procurementforum.example.org", "", "Procurement Leaders Forum", Zone.Central);
    public static readonly Person Airline = P("Blue Yonder Airlines", "reservations@blueyonderairlines.com", "", "Blue Yonder Airlines", Zone.Central);
    public static readonly Person Hotel = P("The Harborview Chicago", "stay@harborview.example.net", "", "The Harborview", Zone.Central);
    public static readonly Person Webinars = P("Finance Ops Digest Events", "webinars@finops.example.org", "", "Finance Ops Digest", Zone.Eastern);

    // Referral sources.
    public static readonly Person George = P("George Okafor", "george.okafor@woodgrovebank.com", "VP, Shared Services", "Woodgrove Bank", Zone.Eastern);
    public static readonly Person Marisol = P("Marisol Vega", "marisol.vega@litwareinc.com", "Principal Consultant", "Litware Inc.", Zone.Eastern);
    public static readonly Person Aisha = P("Aisha Rahman", "aisha.rahman@fourthcoffee.com", "Chief Financial Officer", "Fourth Coffee");
    public static readonly Person Ben = P("Ben Carter", "ben.carter@tailspintoys.com", "Director of Operations", "Tailspin Toys", Zone.Mountain);
    public static readonly Person Hannah = P("Hannah Lindqvist", "hannah.lindqvist@humongousinsurance.com", "VP Finance", "Humongous Insurance", Zone.Central);
    public static readonly Person Rafael = P("Rafael Souza", "rafael.souza@northwindtraders.com", "Director of Finance", "Northwind Traders", Zone.Central);
    public static readonly Person Kenji = P("Kenji Watanabe", "kenji.watanabe@cohowinery.com", "Chief Operating Officer", "Coho Winery");
    public static readonly Person Elena = P("Elena Rossi", "elena.rossi@cpandl.com", "Director of Procurement", "City Power & Light", Zone.Mountain);
    public static readonly Person Grace = P("Grace Liu", "grace.liu@blueyonderairlines.com", "Senior Manager, Finance Transformation", "Blue Yonder Airlines", Zone.Central);
    public static readonly Person Nadia = P("Nadia Petrova", "nadia.petrova@adatum.com", "Controller", "A. Datum", Zone.Eastern);
    public static readonly Person Olivia = P("Olivia Grant", "olivia.grant@contoso.com", "Head of Finance Operations", "Contoso");
    public static readonly Person Chloe = P("Chloe Dubois", "chloe.dubois@firstupconsultants.com", "Managing Partner", "First Up Consultants", Zone.Eastern);
    public static readonly Person Liam = P("Liam O'Connor", "liam.oconnor@bellowscollege.com", "Associate VP, Business Services", "Bellows College", Zone.Eastern);
    public static readonly Person Fatima = P("Fatima Khan", "fatima.khan@lamnahealthcare.com", "VP Revenue Cycle", "Lamna Healthcare", Zone.Eastern);
    public static readonly Person Isabel = P("Isabel Moreno", "isabel.moreno@fincherarchitects.com", "Partner", "Fincher Architects");
    public static readonly Person Deepa = P("Deepa Iyer", "deepa.iyer@bestforyouorganics.com", "CFO", "Best For You Organics", Zone.Central);
    public static readonly Person Greg = P("Greg Novak", "greg.novak@cpandl.com", "Treasurer", "City Power & Light", Zone.Mountain);
    public static readonly Person Kofi = P("Kofi Mensah", "kofi.mensah@example.org", "Operating Advisor", "Independent", Zone.Eastern);

    // Referred prospects.
    public static readonly Person Priya = P("Priya Natarajan", "priya.natarajan@lucernepublishing.com", "VP Finance", "Lucerne Publishing", Zone.Eastern);
    public static readonly Person Tomasz = P("Tomasz Brzezinski", "tomasz.brzezinski@wingtiptoys.com", "Controller", "Wingtip Toys", Zone.Central);
    public static readonly Person DanielKim = P("Daniel Kim", "daniel.kim@alpineskihouse.com", "Director of FP&A", "Alpine Ski House", Zone.Mountain);
    public static readonly Person Lena = P("Lena Fischer", "lena.fischer@proseware.com", "Head of Procurement", "Proseware");
    public static readonly Person Marcus = P("Marcus Bell", "marcus.bell@treyresearch.net", "Chief Financial Officer", "Trey Research", Zone.Eastern);
    public static readonly Person Emily = P("Emily Zhang", "emily.zhang@wideworldimporters.com", "VP Operations", "Wide World Importers");
    public static readonly Person Aaron = P("Aaron Whitaker", "aaron.whitaker@graphicdesigninstitute.com", "Controller", "Graphic Design Institute", Zone.Central);
    public static readonly Person Sofia = P("Sofia Marchetti", "sofia.marchetti@margiestravel.com", "Chief Operating Officer", "Margie's Travel", Zone.Eastern);
    public static readonly Person Omar = P("Omar Haddad", "omar.haddad@consolidatedmessenger.com", "Head of Finance", "Consolidated Messenger", Zone.Central);
    public static readonly Person Ethan = P("Ethan Brooks", "ethan.brooks@southridgevideo.com", "VP Finance", "Southridge Video");
    public static readonly Person Jordan = P("Jordan Lee", "jordan.lee@fabrikam.com", "Director of Finance Systems", "Fabrikam");
    public static readonly Person Victor = P("Victor Alvarez", "victor.alvarez@adventure-works.com", "Chief Financial Officer", "Adventure Works", Zone.Mountain);
    public static readonly Person Nkechi = P("Nkechi Adeyemi", "nkechi.adeyemi@fineartschool.net", "Director of Procurement", "School of Fine Art", Zone.Eastern);
    public static readonly Person William = P("William Osei", "william.osei@vanarsdelltd.com", "Chief Financial Officer", "VanArsdel", Zone.Central);
    public static readonly Person Rebecca = P("Rebecca Stone", "rebecca.stone@tailwindtraders.com", "VP Finance", "Tailwind Traders");
    public static readonly Person Hiroshi = P("Hiroshi Tanaka", "hiroshi.tanaka@baldwinmuseumofscience.com", "Director of Finance", "Baldwin Museum of Science", Zone.Central);
    public static readonly Person Gabriel = P("Gabriel Santos", "gabriel.santos@munsonspicklesandpreservesfarm.com", "Controller", "Munson's Pickles and Preserves Farm", Zone.Central);

    // People around the prospects (assistants, colleagues, untracked introductions).
    public static readonly Person Ruth = P("Ruth Palmer", "ruth.palmer@adventure-works.com", "Executive Assistant to the CFO", "Adventure Works", Zone.Mountain);
    public static readonly Person Ruby = P("Ruby Chen", "ruby.chen@vanarsdelltd.com", "Controller", "VanArsdel", Zone.Central);
    public static readonly Person Harper = P("Harper Nguyen", "harper.nguyen@tailspintoys.com", "Procurement Lead", "Tailspin Toys", Zone.Mountain);
    public static readonly Person Ines = P("Ines Duarte", "ines.duarte@lamnahealthcare.com", "Director of Finance Operations", "Lamna Healthcare", Zone.Eastern);

    public static JsonObject Me() => new()
    {
        ["id"] = Mailbox.ObjectIdOf(Sam),
        ["displayName"] = Sam.Name,
        ["givenName"] = "Sam",
        ["surname"] = "Rivera",
        ["jobTitle"] = Sam.Title,
        ["mail"] = Sam.Address,
        ["userPrincipalName"] = Sam.Address,
        ["proxyAddresses"] = new JsonArray("SMTP:sam.rivera@relecloud.com", "smtp:sam@relecloud.com", "smtp:srivera@relecloud.com"),
        ["officeLocation"] = "Seattle - Westlake",
        ["businessPhones"] = new JsonArray("+1 206 555 0147"),
        ["mobilePhone"] = "+1 206 555 0198",
        ["preferredLanguage"] = "en-US",
        ["mailboxSettings"] = new JsonObject
        {
            ["archiveFolder"] = "AAMkA" + Mailbox.Token(Mailbox.StableBytes("archive", 30)),
            ["timeZone"] = "Pacific Standard Time",
            ["dateFormat"] = "M/d/yyyy",
            ["timeFormat"] = "h:mm tt",
            ["delegateMeetingMessageDeliveryOptions"] = "sendToDelegateOnly",
            ["userPurpose"] = "user",
            ["automaticRepliesSetting"] = new JsonObject
            {
                ["status"] = "disabled",
                ["externalAudience"] = "all",
                ["internalReplyMessage"] = "",
                ["externalReplyMessage"] = "",
                ["scheduledStartDateTime"] = new JsonObject { ["dateTime"] = "2026-11-26T08:00:00.0000000", ["timeZone"] = "UTC" },
                ["scheduledEndDateTime"] = new JsonObject { ["dateTime"] = "2026-11-27T08:00:00.0000000", ["timeZone"] = "UTC" },
            },
            ["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" },
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                ["startTime"] = "08:00:00.0000000",
                ["endTime"] = "17:00:00.0000000",
                ["timeZone"] = new JsonObject { ["name"] = "Pacific Standard Time" },
            },
        },
    };
}

/// <summary>
/// The tracked referrals, each a story told in mail (and, for some, in the calendar). The state each one
/// should be in at 2026-11-23T15:00Z is in docs/mailbox-folder.md; the comments give the arithmetic.
/// </summary>
internal static class Stories
{
    private static readonly Person[] None = [];

    private static Person[] L(params Person[] people) => people;

    private static DateTimeOffset Pt(int month, int day, int hour, int minute, int second = 0) => Clock.Pt(month, day, hour, minute, second);

    private static Opt Accepted(DateTimeOffset start, int minutes, string location) =>
        new() { Kind = Kind.MeetingResponse, Quote = false, Extra = Mailbox.MeetingFields("meetingAccepted", start, minutes, location, "accepted") };

    private static Opt Declined(DateTimeOffset start, int minutes, string location) =>
        new() { Kind = Kind.MeetingResponse, Quote = false, Extra = Mailbox.MeetingFields("meetingDeclined", start, minutes, location, "declined") };

    private static Opt Invitation(DateTimeOffset start, int minutes, string location, Person? sender = null) =>
        new() { Kind = Kind.MeetingRequest, Quote = false, Sender = sender, Extra = Mailbox.MeetingFields("meetingRequest", start, minutes, location) };

    private const string TeamsBlurb = "\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: ";

    private static string TeamsFooter(Mailbox b) =>
        TeamsBlurb + $"{b.Dice.Next(200, 299)} {b.Dice.Next(100, 999)} {b.Dice.Next(100, 999)} {b.Dice.Next(100, 999)}\nPasscode: {Mailbox.Token(b.Bytes(4))[..6]}";

    public static void Write(Mailbox b)
    {
        NewPriya(b);
        NewTomasz(b);
        WaitingDaniel(b);
        WaitingLenaNoShow(b);
        WaitingHiroshiPhoneCall(b);
        QuietMarcusNoShow(b);
        QuietEmilyAskSource(b);
        QuietAaronCheckIn(b);
        QuietSofiaIndifference(b);
        QuietOmarBackFromLeave(b);
        PausedEthan(b);
        RepliedJordanNewThread(b);
        RepliedVictorReplyAll(b);
        RepliedNkechiBeforeAnyTouch(b);
        ClosedWilliamWon(b);
        ClosedRebeccaNotNow(b);
        ClosedGabrielLost(b);
        UntrackedIntroductions(b);
        LookAlikes(b);
        SourceHistory(b);
    }

    // NEW: introduced Friday, no touch yet -> first-reach-out.
    private static void NewPriya(Mailbox b)
    {
        var (george, priya, sam) = (People.George, People.Priya, People.Sam);
        var intro = b.Thread("Intro: Priya <> Sam");
        var at = Pt(11, 20, 10, 12);
        b.Mail(intro, george, L(sam, priya), None, at, "Intro: Priya <> Sam",
            "Priya, meet Sam Rivera at Relecloud. Sam's team rolled out Relecloud Spend for our shared-services group last year and it took four days out of our month-end close.\n\nSam, Priya runs finance at Lucerne Publishing and mentioned at the CFO roundtable that invoice matching is eating her team's week. I'll let you two take it from here.\n\nBest,\nGeorge");
        b.Referral(priya, george, at);
    }

    // NEW: introduced this morning (06:41 Pacific), before the capture -> first-reach-out.
    private static void NewTomasz(Mailbox b)
    {
        var (marisol, tomasz, sam) = (People.Marisol, People.Tomasz, People.Sam);
        var intro = b.Thread("Connecting you two: Tomasz (Wingtip Toys) + Sam (Relecloud)");
        var at = Pt(11, 23, 6, 41);
        b.Mail(intro, marisol, L(tomasz, sam), None, at, intro.Topic,
            "Good morning both!\n\nTomasz - Sam is the Relecloud account executive I mentioned on Friday. He knows their ERP integrations better than anyone on their side and won't waste your time.\n\nSam - Tomasz is the controller at Wingtip Toys and is scoping an AP automation project for Q1. Budget is approved; timing is the open question.\n\nI'll step back and let you connect.\nMarisol");
        b.Referral(tomasz, marisol, at);
    }

    // WAITING: two touches, the second on Friday (2 days ago); ask-source not due until 27 Nov.
    private static void WaitingDaniel(Mailbox b)
    {
        var (aisha, daniel, sam) = (People.Aisha, People.DanielKim, People.Sam);
        var intro = b.Thread("Introduction - Daniel Kim (Alpine Ski House)");
        var at = Pt(11, 12, 9, 5);
        b.Mail(intro, aisha, L(sam, daniel), None, at, intro.Topic,
            "Sam, Daniel - a quick introduction.\n\nDaniel leads FP&A at Alpine Ski House; we were comparing notes on spend visibility at the Mountain West finance summit last week. Sam has been our account executive at Relecloud for two years and has been great to work with.\n\nDaniel, it's worth 30 minutes.\nAisha");
        b.Mail(intro, sam, L(aisha), None, Pt(11, 12, 9, 48), "RE: " + intro.Topic,
            "Thank you, Aisha - I really appreciate it. I'll reach out to Daniel directly so we don't crowd your inbox.\n\nSam");
        var reach = b.Thread("Referred by Aisha Rahman - quick call?");
        b.Mail(reach, sam, L(daniel), None, Pt(11, 13, 8, 50), reach.Topic,
            "Hi Daniel,\n\nAisha Rahman suggested we connect. Fourth Coffee uses Relecloud Spend to reconcile supplier spend across 300 stores, and she thought the forecasting side might be useful for your seasonal planning.\n\nWould you have 30 minutes next week? I'm open Tuesday or Wednesday afternoon.\n\nBest,\nSam");
        b.Mail(reach, sam, L(daniel), None, Pt(11, 20, 9, 40), "RE: " + reach.Topic,
            "Hi Daniel,\n\nFloating this back up - I know November is budget season. Happy to work around your calendar, even 15 minutes to see whether it's relevant for the winter season.\n\nSam");
        b.Referral(daniel, aisha, at);
    }

    // NO-SHOW: Lena answered and accepted a Teams call for Friday 20 Nov, then did not join; Sam has not written since.
    // Sam's "sorry we missed each other" note on 19 Nov is the only touch since her last answer: 3 days.
    private static void WaitingLenaNoShow(Mailbox b)
    {
        var (ben, lena, sam, kevin) = (People.Ben, People.Lena, People.Sam, People.Kevin);
        var intro = b.Thread("Meet Lena Fischer (Proseware)");
        var at = Pt(10, 28, 11, 20);
        b.Mail(intro, ben, L(sam, lena), None, at, intro.Topic,
            "Sam, Lena - you two should know each other.\n\nLena runs procurement at Proseware and is rethinking their PO approval flow. Sam and I worked together at my last company; he's at Relecloud now and knows this space cold.\n\nBen");
        var reach = b.Thread("Ben Carter's intro - Relecloud + Proseware");
        b.Mail(reach, sam, L(lena), None, Pt(10, 29, 8, 35), reach.Topic,
            "Hi Lena,\n\nThanks to Ben Carter for connecting us. I'd love to hear how your team handles PO approvals today and share what we've seen work at companies of Proseware's size.\n\nDo you have 30 minutes in the next couple of weeks?\n\nBest,\nSam Rivera\nRelecloud");
        b.Mail(reach, lena, L(sam), None, Pt(10, 30, 7, 55), "RE: " + reach.Topic,
            "Hi Sam,\n\nThanks for reaching out. The next two weeks are packed with budget reviews, but Friday 20 November at 10am Pacific would work. Teams is fine.\n\nLena");
        var start = Pt(11, 20, 10, 0);
        var subject = "Relecloud <> Proseware: PO approvals intro";
        var teams = b.Teams(sam);
        var invite = b.Thread(subject);
        var invited = Pt(10, 30, 9, 10);
        b.Mail(invite, sam, L(lena, kevin), None, invited, subject,
            "Hi Lena, as discussed - looking forward to it. Agenda: your current approval flow, where it stalls, and a short look at Relecloud Spend. I've included Kevin O'Brien, our solutions engineer." + TeamsFooter(b),
            Invitation(start, 30, "Microsoft Teams Meeting"));
        b.Mail(invite, kevin, L(sam), None, Pt(10, 30, 9, 31), "Accepted: " + subject, "", Accepted(start, 30, "Microsoft Teams Meeting"));
        b.Mail(invite, lena, L(sam), None, Pt(10, 30, 10, 2), "Accepted: " + subject, "", Accepted(start, 30, "Microsoft Teams Meeting"));
        b.Event(subject, start, 30, sam,
            [new(lena, "accepted", Pt(10, 30, 10, 2)), new(kevin, "accepted", Pt(10, 30, 9, 31))],
            invited, "Hi Lena, as discussed - looking forward to it. Agenda: your current approval flow, where it stalls, and a short look at Relecloud Spend.", teams);
        // Sam and Kevin waited a quarter of an hour; Lena never joined.
        b.OnlineMeeting(subject, start, 30, teams, invited,
            [new(sam, "Organizer", (-2.3, 16.1)), new(kevin, "Presenter", (0.8, 16.0))]);
        b.Referral(lena, ben, at);
    }

    // WAITING (an UNCONFIRMED meeting): a phone call, no Teams report to tell whether it happened.
    // Sam's note on 18 Nov is the only touch after Hiroshi's acceptance: 4 days, second-note due 25 Nov.
    private static void WaitingHiroshiPhoneCall(Mailbox b)
    {
        var (deepa, hiroshi, sam) = (People.Deepa, People.Hiroshi, People.Sam);
        var intro = b.Thread("Intro: Hiroshi <> Sam");
        var at = Pt(10, 26, 9, 0);
        b.Mail(intro, deepa, L(hiroshi, sam), None, at, intro.Topic,
            "Hiroshi - meet Sam Rivera from Relecloud. Sam helped us get a handle on our co-packer invoices this spring and I think the museum's grant-funded purchasing would benefit from the same discipline.\n\nSam - Hiroshi is Director of Finance at the Baldwin Museum of Science. He's traveling a lot this fall, so be patient with him!\n\nDeepa");
        var reach = b.Thread("Referred by Deepa Iyer - quick call?");
        b.Mail(reach, sam, L(hiroshi), None, Pt(10, 27, 9, 30), reach.Topic,
            "Hi Hiroshi,\n\nDeepa Iyer suggested we talk - she mentioned grant-funded purchasing makes approvals and reporting painful. We help several nonprofits and museums tag spend by fund automatically.\n\nWould a 30-minute call in the next few weeks work?\n\nSam");
        b.Mail(reach, hiroshi, L(sam), None, Pt(10, 28, 17, 50), "RE: " + reach.Topic,
            "Hi Sam - thanks, Deepa speaks highly of you. I'm on the road most of November for exhibit installs, so phone is easiest. Could you call me Thursday 12 November at 11am Pacific? My cell is +1 (312) 555-0134.\n\nHiroshi\n\nSent from my phone");
        var start = Pt(11, 12, 11, 0);
        const string subject = "Call: Hiroshi Tanaka / Sam Rivera (Relecloud)";
        const string where = "Phone: Sam to call +1 (312) 555-0134";
        var invite = b.Thread(subject);
        var invited = Pt(10, 29, 8, 10);
        b.Mail(invite, sam, L(hiroshi), None, invited, subject,
            "Hi Hiroshi, holding Thursday 12 November, 11:00-11:30 Pacific. I'll call your cell. Safe travels!", Invitation(start, 30, where));
        b.Mail(invite, hiroshi, L(sam), None, Pt(10, 29, 9, 0), "Accepted: " + subject, "", Accepted(start, 30, where));
        b.Event(subject, start, 30, sam, [new(hiroshi, "accepted", Pt(10, 29, 9, 0))], invited,
            "Hi Hiroshi, holding Thursday 12 November, 11:00-11:30 Pacific. I'll call your cell. Safe travels!", location: where);
        b.Mail(reach, sam, L(hiroshi), None, Pt(11, 18, 10, 20), "RE: " + reach.Topic,
            "Hi Hiroshi,\n\nHope the installs are going smoothly. I tried your cell last Thursday at 11 and left a voicemail - not sure whether the time still worked with your travel.\n\nHappy to find another slot whenever you're back in Chicago.\n\nSam");
        b.Referral(hiroshi, deepa, at);
    }

    // QUIET -> second-note (and a NO-SHOW): Marcus accepted a Teams call for 10 Nov and did not join;
    // Sam's note that day is the only touch since his answer: 12 days, second-note due 17 Nov.
    private static void QuietMarcusNoShow(Mailbox b)
    {
        var (hannah, marcus, sam, kevin) = (People.Hannah, People.Marcus, People.Sam, People.Kevin);
        var intro = b.Thread("Intro: Marcus <> Sam");
        var at = Pt(10, 19, 14, 5);
        b.Mail(intro, hannah, L(marcus, sam), None, at, intro.Topic,
            "Marcus, as promised - Sam Rivera from Relecloud. Their spend analytics caught $410k of duplicate payments for us in the first quarter alone.\n\nSam, Marcus is CFO at Trey Research and is evaluating tools ahead of their FY27 budget.\n\nOver to you both!\nHannah");
        var reach = b.Thread("Referred by Hannah Lindqvist - quick call?");
        b.Mail(reach, sam, L(marcus), None, Pt(10, 20, 8, 20), reach.Topic,
            "Hi Marcus,\n\nHannah Lindqvist suggested I reach out. Happy to show you how Humongous Insurance found those duplicate payments - it takes about 30 minutes with your own vendor data.\n\nWould some time in the next few weeks work?\n\nSam Rivera\nSenior Account Executive, Relecloud");
        b.Mail(reach, marcus, L(sam), None, Pt(10, 21, 13, 45), "RE: " + reach.Topic,
            "Sam - yes, let's do it. Tuesday 10 November at 9am Pacific works on my side. Please include someone technical; our controller may join.\n\nMarcus");
        var start = Pt(11, 10, 9, 0);
        const string subject = "Relecloud x Trey Research - intro";
        var teams = b.Teams(sam);
        var invite = b.Thread(subject);
        var invited = Pt(10, 21, 14, 5);
        b.Mail(invite, sam, L(marcus, kevin), None, invited, subject,
            "Marcus, thanks - here's the invite. Kevin O'Brien, our solutions engineer, will join to answer the technical questions." + TeamsFooter(b),
            Invitation(start, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, kevin, L(sam), None, Pt(10, 21, 14, 20), "Accepted: " + subject, "", Accepted(start, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, marcus, L(sam), None, Pt(10, 22, 5, 30), "Accepted: " + subject, "", Accepted(start, 45, "Microsoft Teams Meeting"));
        b.Event(subject, start, 45, sam,
            [new(marcus, "accepted", Pt(10, 22, 5, 30)), new(kevin, "accepted", Pt(10, 21, 14, 20))],
            invited, "Marcus, thanks - here's the invite. Kevin O'Brien, our solutions engineer, will join to answer the technical questions.", teams);
        b.OnlineMeeting(subject, start, 45, teams, invited,
            [new(sam, "Organizer", (-3.1, 22.4)), new(kevin, "Presenter", (-0.4, 22.2))]);
        var missed = b.Thread("Missed you today - reschedule?");
        b.Mail(missed, sam, L(marcus), None, Pt(11, 10, 10, 5), missed.Topic,
            "Hi Marcus,\n\nKevin and I were on the Teams call this morning but didn't see you - completely understand if something came up.\n\nCould any of these work instead: Tuesday 17th at 9, Wednesday 18th at 1, or Friday 20th at 10 (all Pacific)?\n\nSam");
        b.Referral(marcus, hannah, at);
    }

    // QUIET -> ask-source: two touches (15 Oct, 4 Nov), no note to Rafael since: 19 days, ask-source due 11 Nov.
    private static void QuietEmilyAskSource(Mailbox b)
    {
        var (rafael, emily, sam) = (People.Rafael, People.Emily, People.Sam);
        var intro = b.Thread("Introduction - Emily Zhang, Wide World Importers");
        var at = Pt(10, 14, 13, 30);
        b.Mail(intro, rafael, L(emily, sam), None, at, intro.Topic,
            "Emily, I wanted to introduce you to Sam Rivera at Relecloud. We rolled out their platform across our three distribution centers this year and finally have one view of freight and supplier spend.\n\nSam, Emily runs operations at Wide World Importers and is wrestling with the same problem. I think you two should talk.\n\nRafael");
        b.Mail(intro, sam, L(rafael), None, Pt(10, 14, 15, 0), "RE: " + intro.Topic,
            "Thank you, Rafael - really appreciate it. I'll reach out to Emily directly this week.\n\nSam");
        var reach = b.Thread("Referred by Rafael Souza - quick call?");
        b.Mail(reach, sam, L(emily), None, Pt(10, 15, 8, 10), reach.Topic,
            "Hi Emily,\n\nRafael Souza suggested we connect. Northwind Traders now sees freight, duty and supplier spend for all three DCs in one place, and month-end accruals dropped from two days to two hours.\n\nWould you be open to a 30-minute call? I can share what they did.\n\nBest,\nSam");
        b.Mail(reach, sam, L(emily), None, Pt(11, 4, 9, 25), "RE: " + reach.Topic,
            "Hi Emily,\n\nCircling back on my note from a few weeks ago. If freight visibility is on your list for next year, I'd be glad to walk through the Northwind setup - or point you to their team directly.\n\nSam");
        b.Referral(emily, rafael, at);
    }

    // QUIET -> check-in: two touches (12 Oct, 21 Oct), then Sam asked Kenji alone for help on 3 Nov.
    // Check-in due 7 days after that note (10 Nov); no touch since: 32 days silent.
    private static void QuietAaronCheckIn(Mailbox b)
    {
        var (kenji, aaron, sam) = (People.Kenji, People.Aaron, People.Sam);
        var intro = b.Thread("Connecting you two - Aaron Whitaker / Sam Rivera");
        var at = Pt(10, 9, 10, 15);
        b.Mail(intro, kenji, L(aaron, sam), None, at, intro.Topic,
            "Aaron, Sam - connecting you as promised.\n\nAaron is the controller at the Graphic Design Institute and told me at the board dinner that their purchasing is \"a shoebox of PDFs\". Sam's team at Relecloud fixed exactly that for us at Coho Winery.\n\nCheers,\nKenji");
        var reach = b.Thread("Referred by Kenji Watanabe - quick call?");
        b.Mail(reach, sam, L(aaron), None, Pt(10, 12, 8, 45), reach.Topic,
            "Hi Aaron,\n\nKenji Watanabe suggested we talk about taming the \"shoebox of PDFs\". Coho Winery went from manual invoice entry to 85% touchless in one quarter.\n\nCould we find 30 minutes in the next two weeks?\n\nSam");
        b.Mail(reach, sam, L(aaron), None, Pt(10, 21, 10, 5), "RE: " + reach.Topic,
            "Hi Aaron,\n\nFollowing up in case my note got buried. I can also send a 3-minute recorded walkthrough if that's easier than a call.\n\nSam");
        var favor = b.Thread("Quick favor - Aaron Whitaker");
        b.Mail(favor, sam, L(kenji), None, Pt(11, 3, 14, 20), favor.Topic,
            "Hi Kenji,\n\nHope harvest wrapped up well! I've sent Aaron a couple of notes since your intro but haven't heard back. Is there a better way to reach him, or is the timing just off? No pressure at all - happy to wait if so.\n\nThanks,\nSam");
        b.Mail(favor, kenji, L(sam), None, Pt(11, 4, 8, 30), "RE: " + favor.Topic,
            "Sam - he's heads-down on their ERP cutover until around the 9th. I'll give him a nudge at the board meeting on Thursday; try him again after that.\n\nKenji");
        b.Referral(aaron, kenji, at);
    }

    // QUIET -> indifference: two touches, a note to Elena alone (12 Oct), then the check-in touch (6 Nov).
    // Indifference due 7 days after the check-in (13 Nov): 17 days silent.
    private static void QuietSofiaIndifference(Mailbox b)
    {
        var (elena, sofia, sam) = (People.Elena, People.Sofia, People.Sam);
        var intro = b.Thread("Meet Sofia Marchetti (Margie's Travel)");
        var at = Pt(9, 21, 11, 0);
        b.Mail(intro, elena, L(sofia, sam), None, at, intro.Topic,
            "Sofia, meet Sam Rivera - Relecloud has been a great partner for our procurement team at City Power & Light.\n\nSam, Sofia is COO at Margie's Travel. They're consolidating supplier contracts across their agencies and I told her you'd have ideas.\n\nElena");
        var reach = b.Thread("Referred by Elena Rossi - quick call?");
        b.Mail(reach, sam, L(sofia), None, Pt(9, 22, 8, 30), reach.Topic,
            "Hi Sofia,\n\nElena Rossi suggested I get in touch. We helped City Power & Light consolidate 1,400 supplier contracts into one searchable repository with renewal alerts.\n\nWould you have 30 minutes in the next couple of weeks?\n\nSam Rivera\nRelecloud");
        b.Mail(reach, sam, L(sofia), None, Pt(10, 1, 9, 15), "RE: " + reach.Topic,
            "Hi Sofia,\n\nJust bringing this back to the top of your inbox. Happy to send a short case study first if that's more useful.\n\nSam");
        var advice = b.Thread("Sofia Marchetti - any advice?");
        b.Mail(advice, sam, L(elena), None, Pt(10, 12, 13, 10), advice.Topic,
            "Hi Elena,\n\nThanks again for the intro to Sofia. I've reached out twice without luck - any advice on the best way to get her attention? Would a short note from you help, or should I give it some time?\n\nSam");
        b.Mail(advice, elena, L(sam), None, Pt(10, 13, 7, 45), "RE: " + advice.Topic,
            "Hi Sam - Sofia is swamped with their booking platform migration. I pinged her and mentioned you. Try once more in a few weeks.\n\nElena");
        var checkIn = b.Thread("Checking in - Relecloud / Margie's Travel");
        b.Mail(checkIn, sam, L(sofia), None, Pt(11, 6, 8, 40), checkIn.Topic,
            "Hi Sofia,\n\nElena mentioned the platform migration has been all-consuming - hope it's landing well. When things settle, I'd still love to show you the contract consolidation work we did for City Power & Light.\n\nSam");
        b.Referral(sofia, elena, at);
    }

    // QUIET -> second-note after an out-of-office: Omar's automatic reply named Monday 9 November,
    // which has passed, so the pause is over: one touch (27 Oct), 26 days silent.
    private static void QuietOmarBackFromLeave(Mailbox b)
    {
        var (grace, omar, sam) = (People.Grace, People.Omar, People.Sam);
        var intro = b.Thread("Intro: Omar Haddad <> Sam Rivera");
        var at = Pt(10, 26, 15, 40);
        b.Mail(intro, grace, L(omar, sam), None, at, intro.Topic,
            "Omar, I'd like you to meet Sam Rivera at Relecloud - they're the team behind the spend dashboards I showed you at the finance transformation meetup.\n\nSam, Omar heads finance at Consolidated Messenger and is looking at courier-fleet spend.\n\nGrace");
        var reach = b.Thread("Referred by Grace Liu - quick call?");
        var touched = Pt(10, 27, 8, 15);
        b.Mail(reach, sam, L(omar), None, touched, reach.Topic,
            "Hi Omar,\n\nGrace Liu suggested we connect about courier-fleet spend. We help logistics teams see fuel, maintenance and subcontractor costs per route.\n\nWould 30 minutes in the next couple of weeks work?\n\nSam");
        b.Mail(reach, omar, L(sam), None, touched.AddSeconds(41), "Automatic reply: " + reach.Topic,
            "Thank you for your email. I'm on leave and will be back in the office on Monday, November 9. For anything urgent, please contact Farah Siddiqui at farah.siddiqui@consolidatedmessenger.com.\n\nOmar Haddad\nHead of Finance, Consolidated Messenger",
            new Opt { Kind = Kind.ExchangeAutoReply, Quote = false });
        b.Referral(omar, grace, at);
    }

    // PAUSED: two touches (10 Nov, 18 Nov); the out-of-office after the second names Monday 30 November.
    private static void PausedEthan(Mailbox b)
    {
        var (nadia, ethan, sam) = (People.Nadia, People.Ethan, People.Sam);
        var intro = b.Thread("Introduction: Ethan Brooks (Southridge Video) / Sam Rivera (Relecloud)");
        var at = Pt(11, 9, 12, 30);
        b.Mail(intro, nadia, L(ethan, sam), L(), at, intro.Topic,
            "Ethan, Sam - introducing you two as promised.\n\nEthan is VP Finance at Southridge Video and is untangling production spend across a dozen vendors per shoot. Sam at Relecloud helped us at A. Datum get our audit support down from weeks to days.\n\nNadia");
        b.Mail(intro, sam, L(nadia), None, Pt(11, 9, 13, 0), "RE: " + intro.Topic,
            "Thanks so much, Nadia! I'll take it from here.\n\nSam");
        var reach = b.Thread("Referred by Nadia Petrova - quick call?");
        b.Mail(reach, sam, L(ethan), None, Pt(11, 10, 8, 5), reach.Topic,
            "Hi Ethan,\n\nNadia Petrova suggested we talk about production spend. We help studios see cost per shoot across vendors without chasing spreadsheets.\n\nWould you have 30 minutes next week?\n\nSam Rivera\nRelecloud");
        var second = Pt(11, 18, 9, 30);
        b.Mail(reach, sam, L(ethan), None, second, "RE: " + reach.Topic,
            "Hi Ethan,\n\nFollowing up on my note from last week - happy to work around your shoot schedule. Even 20 minutes would be enough to see if it's a fit.\n\nSam");
        b.Mail(reach, ethan, L(sam), None, second.AddSeconds(25), "Out of Office: RE: " + reach.Topic,
            "Hi, I'm on vacation with my family for the Thanksgiving holiday and back in the office on Monday, November 30. I'll have limited access to email. For anything urgent, please call the Southridge finance line at +1 (323) 555-0186.\n\nEthan",
            new Opt { Kind = Kind.VacationResponder, Quote = false });
        b.Referral(ethan, nadia, at);
    }

    // REPLIED (in another thread, address case differs): Olivia typed "Jordan.Lee@Fabrikam.com";
    // Jordan answers from that spelling in a brand-new thread, after Sam's two touches.
    private static void RepliedJordanNewThread(Mailbox b)
    {
        var (olivia, jordan, sam) = (People.Olivia, People.Jordan, People.Sam);
        var jordanAsTyped = jordan.Spelled("Jordan.Lee@Fabrikam.com");
        var intro = b.Thread("Intro: Jordan <> Sam");
        var at = Pt(11, 2, 10, 50);
        b.Mail(intro, olivia, L(sam, jordanAsTyped), None, at, intro.Topic,
            "Jordan, meet Sam Rivera, our account executive at Relecloud. Sam, Jordan runs finance systems at Fabrikam and is looking at AP automation for next year.\n\nYou both know more about ERP connectors than I ever will, so I'll leave it there.\n\nOlivia");
        var reach = b.Thread("Referred by Olivia Grant - quick call?");
        b.Mail(reach, sam, L(jordanAsTyped), L(olivia), Pt(11, 3, 9, 0), reach.Topic,
            "Hi Jordan,\n\nThanks to Olivia Grant for the intro (Olivia, keeping you cc'd on this one only). I'd love to hear what you're planning for AP next year and how your ERP is set up today.\n\nWould 30 minutes next week work?\n\nSam");
        b.Mail(reach, sam, L(jordan), None, Pt(11, 11, 8, 30), "RE: " + reach.Topic,
            "Hi Jordan,\n\nFollowing up on my note from last week. Happy to send our connector documentation ahead of a call if that helps.\n\nSam");
        var question = b.Thread("Relecloud - ERP connector question");
        b.Mail(question, jordanAsTyped, L(sam), None, Pt(11, 20, 14, 10), question.Topic,
            "Hi Sam,\n\nSorry for going dark - we were closing the quarter. Olivia's intro stuck with me. Quick question before we set up time: do you have a native connector for our ERP, or is it flat-file only? If native, I'd like to bring our systems architect to a call the week of 7 December.\n\nJordan");
        // A MEETING HELD: a short Teams call the same afternoon; Sam has not told Olivia yet (update-source due).
        b.Mail(question, sam, L(jordanAsTyped), None, Pt(11, 20, 14, 40), "RE: " + question.Topic,
            "Hi Jordan,\n\nNative, yes - for both your ERP's cloud and on-premises editions. Easier to show than tell: I've sent a 20-minute Teams invite for 4pm today, and we can plan the architect session from there.\n\nSam");
        Calendar.Organised(b, "Relecloud <> Fabrikam: ERP connector walkthrough", Pt(11, 20, 16, 0), 20, [jordan], Pt(11, 20, 14, 42),
            "Quick walkthrough of the native ERP connector ahead of the architect session.", report: true);
        b.Referral(jordan, olivia, at);
    }

    // REPLIED (reply-all with the source): Victor declined Sam's Friday slot, answered on the intro
    // thread with Chloe, and his assistant sent an invitation for 2 December (a FUTURE meeting).
    private static void RepliedVictorReplyAll(Mailbox b)
    {
        var (chloe, victor, ruth, sam) = (People.Chloe, People.Victor, People.Ruth, People.Sam);
        var intro = b.Thread("Meet Victor Alvarez - Adventure Works");
        var at = Pt(11, 16, 9, 20);
        b.Mail(intro, chloe, L(sam, victor), None, at, intro.Topic,
            "Sam, meet Victor Alvarez, CFO at Adventure Works. Victor, Sam is the Relecloud account executive behind the duplicate-payment cleanup we ran for three of our clients this year.\n\nI think there's a real fit - I'll let you two find a time.\n\nChloe");
        var reach = b.Thread("Referred by Chloe Dubois - quick call?");
        b.Mail(reach, sam, L(victor), None, Pt(11, 17, 8, 45), reach.Topic,
            "Hi Victor,\n\nChloe Dubois suggested we talk. I've sent a placeholder for Friday at 9:30 Pacific - feel free to decline if it doesn't work and suggest another time.\n\nSam Rivera\nRelecloud");
        var friday = Pt(11, 20, 9, 30);
        const string subject = "Relecloud intro - Adventure Works";
        var teams = b.Teams(sam);
        var invite = b.Thread(subject);
        var invited = Pt(11, 17, 8, 52);
        b.Mail(invite, sam, L(victor), None, invited, subject,
            "Placeholder for a first conversation - happy to move it." + TeamsFooter(b), Invitation(friday, 30, "Microsoft Teams Meeting"));
        b.Mail(invite, victor, L(sam), None, Pt(11, 18, 6, 40), "Declined: " + subject,
            "Board prep all week - see my note.", Declined(friday, 30, "Microsoft Teams Meeting"));
        b.Event(subject, friday, 30, sam, [new(victor, "declined", Pt(11, 18, 6, 40))], invited,
            "Placeholder for a first conversation - happy to move it.", teams);
        b.OnlineMeeting(subject, friday, 30, teams, invited, null);
        b.Mail(intro, victor, L(chloe, sam), None, Pt(11, 18, 6, 46), "RE: " + intro.Topic,
            "Thanks Chloe for connecting us.\n\nSam - apologies, I'm buried in board prep this week so I declined Friday. I do want to see how you handled the duplicate-payment problem for First Up's clients. My assistant Ruth will find 45 minutes in the first week of December.\n\nVictor");
        var dec2 = Pt(12, 2, 10, 0);
        const string theirs = "Adventure Works / Relecloud - spend analytics";
        var theirTeams = b.Teams(victor);
        var theirInvite = b.Thread(theirs);
        var sent = Pt(11, 19, 10, 15);
        b.Mail(theirInvite, victor, L(sam), L(ruth), sent, theirs,
            "Sam - Ruth found us a slot. Please bring the duplicate-payment case study.\n\nVictor" + TeamsFooter(b),
            Invitation(dec2, 45, "Microsoft Teams Meeting", sender: ruth));
        // Sam accepted from his phone without sending a response: the calendar knows, the mail does not.
        b.Event(theirs, dec2, 45, victor, [new(sam, "accepted", Pt(11, 19, 10, 41)), new(ruth, "none", null, "optional")], sent,
            "Sam - Ruth found us a slot. Please bring the duplicate-payment case study.", theirTeams, myResponse: "accepted", myResponseAt: Pt(11, 19, 10, 41));
        b.Referral(victor, chloe, at);
    }

    // REPLIED before any touch: Nkechi answered the introduction herself; Sam has not written yet.
    private static void RepliedNkechiBeforeAnyTouch(Mailbox b)
    {
        var (liam, nkechi, sam) = (People.Liam, People.Nkechi, People.Sam);
        var intro = b.Thread("Meet Nkechi Adeyemi (School of Fine Art)");
        var at = Pt(11, 19, 13, 0);
        b.Mail(intro, liam, L(nkechi, sam), None, at, intro.Topic,
            "Nkechi, meet Sam Rivera of Relecloud - we use their platform for purchasing across Bellows College's four campuses and it has made audit season far calmer.\n\nSam, Nkechi directs procurement at the School of Fine Art.\n\nBest,\nLiam");
        b.Mail(intro, nkechi, L(liam, sam), None, Pt(11, 20, 6, 30), "RE: " + intro.Topic,
            "Thank you, Liam!\n\nSam, lovely to meet you. We're reviewing purchasing tools for the spring term - could you send a short overview and your pricing for education customers? Happy to talk after the holiday.\n\nNkechi");
        b.Referral(nkechi, liam, at);
    }

    // CLOSED (won): discovery call with a late joiner, a demo, a proposal and a signed order form.
    private static void ClosedWilliamWon(Mailbox b)
    {
        var (fatima, william, ruby, sam, kevin, noah, raj) = (People.Fatima, People.William, People.Ruby, People.Sam, People.Kevin, People.Noah, People.Raj);
        var intro = b.Thread("Intro: William <> Sam");
        var at = Pt(8, 10, 9, 30);
        b.Mail(intro, fatima, L(william, sam), None, at, intro.Topic,
            "William, meet Sam Rivera from Relecloud. Sam, William is CFO at VanArsdel and mentioned over dinner that accruals are still done in spreadsheets.\n\nYou two should talk - I'll stay out of the way.\nFatima");
        var reach = b.Thread("Referred by Fatima Khan - quick call?");
        b.Mail(reach, sam, L(william), None, Pt(8, 10, 13, 15), reach.Topic,
            "Hi William,\n\nFatima Khan suggested we connect about accruals. Lamna Healthcare moved theirs out of spreadsheets in about six weeks.\n\nWould you have 45 minutes for a discovery conversation?\n\nSam");
        b.Mail(reach, william, L(sam), None, Pt(8, 11, 8, 5), "RE: " + reach.Topic,
            "Sam, good timing - we're replacing the spreadsheet-based accruals before year-end. Thursday the 20th at 10am Pacific?\n\nWilliam");
        var discovery = Pt(8, 20, 10, 0);
        const string subject = "VanArsdel / Relecloud - discovery";
        var teams = b.Teams(sam);
        var invite = b.Thread(subject);
        var invited = Pt(8, 11, 8, 40);
        b.Mail(invite, sam, L(william, kevin), None, invited, subject, "Looking forward to it, William." + TeamsFooter(b), Invitation(discovery, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, kevin, L(sam), None, Pt(8, 11, 8, 52), "Accepted: " + subject, "", Accepted(discovery, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, william, L(sam), None, Pt(8, 11, 9, 10), "Accepted: " + subject, "", Accepted(discovery, 45, "Microsoft Teams Meeting"));
        b.Event(subject, discovery, 45, sam, [new(william, "accepted", Pt(8, 11, 9, 10)), new(kevin, "accepted", Pt(8, 11, 8, 52))], invited,
            "Looking forward to it, William.", teams);
        // William joined seven minutes late.
        b.OnlineMeeting(subject, discovery, 45, teams, invited,
            [new(sam, "Organizer", (-1.8, 46.2)), new(kevin, "Presenter", (-0.6, 46.0)), new(william, "Attendee", (7.2, 44.5))]);
        var recap = b.Thread("Recap + next steps - VanArsdel / Relecloud");
        b.Mail(recap, sam, L(william), L(kevin), Pt(8, 20, 12, 30), recap.Topic,
            "William, thanks for the time today. Recap: accruals in spreadsheets across 4 entities, close takes 9 days, goal is 5. Next step: a demo with Ruby on your own sample data. Kevin will send the data template.\n\nSam", new Opt { Attach = true });
        b.Mail(recap, william, L(sam), L(ruby), Pt(8, 21, 7, 50), "RE: " + recap.Topic,
            "Thanks Sam - good summary. Copying Ruby, our controller. Please set up the demo for early September.\n\nWilliam");
        var demo = Pt(9, 3, 10, 0);
        const string demoSubject = "Relecloud Spend demo - VanArsdel";
        var demoTeams = b.Teams(sam);
        var demoInvite = b.Thread(demoSubject);
        var demoInvited = Pt(8, 21, 9, 0);
        b.Mail(demoInvite, sam, L(william, ruby, kevin), None, demoInvited, demoSubject, "Demo on your sample data." + TeamsFooter(b), Invitation(demo, 60, "Microsoft Teams Meeting"));
        b.Mail(demoInvite, ruby, L(sam), None, Pt(8, 21, 9, 40), "Accepted: " + demoSubject, "", Accepted(demo, 60, "Microsoft Teams Meeting"));
        b.Mail(demoInvite, william, L(sam), None, Pt(8, 21, 11, 5), "Accepted: " + demoSubject, "", Accepted(demo, 60, "Microsoft Teams Meeting"));
        b.Event(demoSubject, demo, 60, sam,
            [new(william, "accepted", Pt(8, 21, 11, 5)), new(ruby, "accepted", Pt(8, 21, 9, 40)), new(kevin, "accepted", Pt(8, 21, 9, 3))], demoInvited,
            "Demo on your sample data.", demoTeams);
        b.OnlineMeeting(demoSubject, demo, 60, demoTeams, demoInvited,
            [new(sam, "Organizer", (-1.0, 58.3)), new(kevin, "Presenter", (-0.2, 58.3)), new(william, "Attendee", (0.1, 57.9)), new(ruby, "Attendee", (1.9, 57.6))]);
        var proposal = b.Thread("Relecloud proposal - VanArsdel");
        b.Mail(proposal, sam, L(william), L(ruby), Pt(9, 15, 15, 30), proposal.Topic,
            "William, Ruby - attached is our proposal: Relecloud Spend for 4 entities, 60 users, accruals and AP modules, 3-year term. Implementation in 8 weeks, live before your January close.\n\nSam", new Opt { Attach = true });
        b.Mail(proposal, william, L(sam), L(ruby), Pt(9, 22, 9, 10), "RE: " + proposal.Topic,
            "Sam, two questions on the implementation timeline: can we phase the Canadian entity in February, and who from your side runs the data migration?\n\nWilliam");
        b.Mail(proposal, sam, L(william), L(ruby, noah), Pt(9, 22, 11, 40), "RE: " + proposal.Topic,
            "Yes to phasing Canada in February - it actually de-risks the January close. Noah Feldman (cc) leads onboarding and our implementation team runs the migration end to end.\n\nSam");
        b.Mail(proposal, william, L(sam), None, Pt(10, 14, 12, 0), "RE: " + proposal.Topic,
            "Sam - redlines from our legal team attached. Mostly the data processing addendum.\n\nWilliam", new Opt { Attach = true });
        var legal = b.Thread("VanArsdel DPA redlines");
        b.Mail(legal, sam, L(raj), None, Pt(10, 14, 12, 30), legal.Topic,
            "Raj, VanArsdel's redlines attached - mostly the DPA (sub-processor notice period and audit rights). They'd like to sign this month. Can you take a look?\n\nSam", new Opt { Attach = true });
        b.Mail(legal, raj, L(sam), None, Pt(10, 15, 10, 5), "RE: " + legal.Topic,
            "All acceptable except unlimited audit rights - offer one audit per year plus our SOC 2 report. Clean version attached.\n\nRaj", new Opt { Attach = true });
        b.Mail(proposal, sam, L(william), None, Pt(10, 15, 16, 0), "RE: " + proposal.Topic,
            "William, revised order form and DPA attached. We accepted everything except unlimited audit rights - we've offered one audit a year plus our SOC 2 Type II report.\n\nSam", new Opt { Attach = true });
        b.Mail(proposal, william, L(sam), None, Pt(10, 28, 14, 20), "RE: " + proposal.Topic,
            "Signed order form attached. Looking forward to getting started!\n\nWilliam", new Opt { Attach = true });
        b.Mail(proposal, sam, L(william), L(noah), Pt(10, 28, 15, 0), "RE: " + proposal.Topic,
            "Fantastic - thank you, William! Noah will reach out this week to schedule the kickoff.\n\nSam");
        var thanks = b.Thread("Thank you for the VanArsdel introduction");
        b.Mail(thanks, sam, L(fatima), None, Pt(10, 30, 9, 0), thanks.Topic,
            "Fatima, I wanted you to hear it from me: VanArsdel signed this week. Thank you for the introduction - dinner is on me next time I'm in Boston.\n\nSam");
        b.Mail(thanks, fatima, L(sam), None, Pt(10, 30, 11, 30), "RE: " + thanks.Topic,
            "That's wonderful news! William is going to love it. I'll hold you to that dinner.\n\nFatima");
        var kickoff = b.Thread("VanArsdel kickoff - agenda and data checklist");
        b.Mail(kickoff, noah, L(william, ruby), L(sam), Pt(11, 4, 10, 0), kickoff.Topic,
            "William, Ruby - welcome to Relecloud! Attached is the kickoff agenda and the data checklist for the four entities. Kickoff is Tuesday the 10th.\n\nNoah Feldman\nCustomer Success Manager", new Opt { Attach = true });
        b.Mail(kickoff, ruby, L(noah), L(william, sam), Pt(11, 5, 8, 20), "RE: " + kickoff.Topic,
            "Thanks Noah. We'll have the vendor master and the open PO extract ready by Monday.\n\nRuby");
        b.Referral(william, fatima, at, Pt(10, 30, 11, 0), "won");
    }

    // CLOSED (not now): Rebecca organised a Teams overview, then CANCELLED it (vendor freeze until Q2).
    private static void ClosedRebeccaNotNow(Mailbox b)
    {
        var (isabel, rebecca, sam) = (People.Isabel, People.Rebecca, People.Sam);
        var intro = b.Thread("Introduction - Rebecca Stone (Tailwind Traders)");
        var at = Pt(9, 14, 10, 10);
        b.Mail(intro, isabel, L(rebecca, sam), None, at, intro.Topic,
            "Rebecca, Sam - introducing you as promised. Rebecca is VP Finance at Tailwind Traders; Sam is the Relecloud account executive who set us up at Fincher Architects.\n\nIsabel");
        var reach = b.Thread("Referred by Isabel Moreno - quick call?");
        b.Mail(reach, sam, L(rebecca), None, Pt(9, 15, 8, 30), reach.Topic,
            "Hi Rebecca,\n\nIsabel Moreno suggested we talk. Would you have 45 minutes in the next few weeks for an overview of Relecloud Spend?\n\nSam");
        b.Mail(reach, rebecca, L(sam), None, Pt(9, 16, 11, 20), "RE: " + reach.Topic,
            "Hi Sam, Isabel speaks highly of you. I'll send an invite for early October - we're on Teams too.\n\nRebecca");
        var start = Pt(10, 8, 13, 0);
        const string subject = "Relecloud overview";
        var teams = b.Teams(rebecca);
        var invite = b.Thread(subject);
        var sent = Pt(9, 16, 11, 35);
        b.Mail(invite, rebecca, L(sam), None, sent, subject, "Overview of Relecloud Spend for the Tailwind finance leadership team." + TeamsFooter(b), Invitation(start, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, sam, L(rebecca), None, Pt(9, 16, 12, 0), "Accepted: " + subject, "", Accepted(start, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, rebecca, L(sam), None, Pt(10, 6, 16, 5), "Canceled: " + subject,
            "Sam - apologies, we've frozen new vendor evaluations until our Q2 planning cycle. Let's reconnect in the spring.",
            new Opt { Kind = Kind.MeetingCancel, Quote = false, Importance = "high", Extra = Mailbox.MeetingFields("meetingCancelled", start, 45, "Microsoft Teams Meeting") });
        b.Event("Canceled: " + subject, start, 45, rebecca, [new(sam, "accepted", Pt(9, 16, 12, 0))], sent,
            "Sam - apologies, we've frozen new vendor evaluations until our Q2 planning cycle. Let's reconnect in the spring.", teams,
            cancelled: true, myResponse: "accepted", myResponseAt: Pt(9, 16, 12, 0));
        b.Mail(reach, sam, L(rebecca), None, Pt(10, 6, 16, 40), "RE: " + reach.Topic,
            "Understood, Rebecca - thanks for letting me know. I'll check back in March ahead of your Q2 planning.\n\nSam");
        b.Referral(rebecca, isabel, at, Pt(10, 7, 9, 0), "not-now");
    }

    // CLOSED (lost): a held discovery call, a proposal, then the prospect chose a bundled vendor.
    private static void ClosedGabrielLost(Mailbox b)
    {
        var (greg, gabriel, sam, kevin) = (People.Greg, People.Gabriel, People.Sam, People.Kevin);
        var intro = b.Thread("Connecting you two - Gabriel Santos (Munson's) and Sam Rivera (Relecloud)");
        var at = Pt(8, 24, 11, 0);
        b.Mail(intro, greg, L(gabriel, sam), None, at, intro.Topic,
            "Gabriel, Sam - connecting you as discussed. Gabriel is controller at Munson's Pickles and Preserves Farm and is outgrowing their AP inbox. Sam's team at Relecloud has been solid for us at City Power & Light.\n\nGreg");
        var reach = b.Thread("Referred by Greg Novak - quick call?");
        b.Mail(reach, sam, L(gabriel), None, Pt(8, 25, 8, 40), reach.Topic,
            "Hi Gabriel,\n\nGreg Novak suggested we talk about your AP inbox. Would 45 minutes next week work for a discovery call?\n\nSam");
        b.Mail(reach, gabriel, L(sam), None, Pt(8, 25, 12, 0), "RE: " + reach.Topic,
            "Sure - next Wednesday at 9am Pacific?\n\nGabriel");
        var start = Pt(9, 2, 9, 0);
        const string subject = "Munson's / Relecloud - discovery";
        var teams = b.Teams(sam);
        var invite = b.Thread(subject);
        var invited = Pt(8, 25, 13, 0);
        b.Mail(invite, sam, L(gabriel, kevin), None, invited, subject, "Discovery call." + TeamsFooter(b), Invitation(start, 45, "Microsoft Teams Meeting"));
        b.Mail(invite, gabriel, L(sam), None, Pt(8, 25, 13, 30), "Accepted: " + subject, "", Accepted(start, 45, "Microsoft Teams Meeting"));
        b.Event(subject, start, 45, sam, [new(gabriel, "accepted", Pt(8, 25, 13, 30)), new(kevin, "accepted", Pt(8, 25, 13, 6))], invited, "Discovery call.", teams);
        b.OnlineMeeting(subject, start, 45, teams, invited,
            [new(sam, "Organizer", (-1.2, 47.0)), new(gabriel, "Attendee", (0.3, 45.1)), new(kevin, "Presenter", (1.1, 47.0))]);
        var recap = b.Thread("Recap - Munson's / Relecloud");
        b.Mail(recap, sam, L(gabriel), L(kevin), Pt(9, 2, 11, 0), recap.Topic,
            "Gabriel, thanks for the time this morning. Recap attached: ~2,200 invoices a month, three approvers, goal is to stop paying late fees. I'll send pricing next week.\n\nSam", new Opt { Attach = true });
        b.Mail(recap, gabriel, L(sam), None, Pt(9, 10, 7, 30), "RE: " + recap.Topic,
            "Thanks Sam. Any update on pricing? Our board meets on the 24th.\n\nGabriel");
        b.Mail(recap, sam, L(gabriel), None, Pt(9, 11, 10, 0), "RE: " + recap.Topic,
            "Pricing attached - AP module for 25 users, annual term, with the seasonal-volume option we discussed.\n\nSam", new Opt { Attach = true });
        b.Mail(recap, sam, L(gabriel), None, Pt(9, 28, 9, 0), "RE: " + recap.Topic,
            "Hi Gabriel, how did the board meeting go? Happy to answer any questions they raised.\n\nSam");
        b.Mail(recap, gabriel, L(sam), None, Pt(10, 16, 8, 15), "RE: " + recap.Topic,
            "Sam, thanks for all your help. We've decided to go with the AP add-on that comes bundled with our ERP - hard to argue with the price. I'll keep you in mind if it doesn't work out.\n\nGabriel");
        b.Mail(recap, sam, L(gabriel), None, Pt(10, 16, 9, 30), "RE: " + recap.Topic,
            "Understood, Gabriel - thanks for telling me directly. If the bundled tool struggles with your seasonal volume, I'm a phone call away.\n\nSam");
        var fyi = b.Thread("FYI - Munson's");
        b.Mail(fyi, sam, L(greg), None, Pt(10, 16, 10, 0), fyi.Topic,
            "Greg, quick FYI: Munson's went with their ERP's bundled AP tool. Thank you again for the introduction - Gabriel was great to work with.\n\nSam");
        b.Referral(gabriel, greg, at, Pt(10, 19, 10, 0), "lost");
    }

    // Introductions nobody added to referrals.json (a later feature should detect them).
    private static void UntrackedIntroductions(Mailbox b)
    {
        var (ben, harper, kofi, ines, sam) = (People.Ben, People.Harper, People.Kofi, People.Ines, People.Sam);
        var harperIntro = b.Thread("Intro: Harper <> Sam");
        b.Mail(harperIntro, ben, L(harper, sam), None, Pt(11, 18, 15, 20), harperIntro.Topic,
            "Harper just joined Tailspin Toys as our procurement lead and is inheriting a very manual PO process. Sam, you're the first person I thought of.\n\nHarper, Sam is at Relecloud - we worked together years ago and he's the real deal.\n\nBen");
        var inesIntro = b.Thread("Introduction - Ines Duarte / Sam Rivera");
        b.Mail(inesIntro, kofi, L(ines, sam), None, Pt(10, 6, 7, 10), inesIntro.Topic,
            "Ines, Sam - I've been meaning to connect you two for months. Ines runs finance operations at Lamna Healthcare's new ambulatory division; Sam helped their parent company roll out Relecloud last year.\n\nKofi");
        b.Mail(inesIntro, sam, L(ines), L(kofi), Pt(10, 6, 19, 30), "RE: " + inesIntro.Topic,
            "Thanks Kofi! Ines, great to e-meet you. I'm at the Procurement Leaders Forum in Chicago this week but would love to find 30 minutes when I'm back.\n\nSam");
        b.Mail(inesIntro, ines, L(sam), L(kofi), Pt(10, 8, 6, 45), "RE: " + inesIntro.Topic,
            "Hi Sam - thanks for the quick reply. We're mid-migration until year-end; could we talk in January?\n\nInes");
    }

    // Mail that looks like an introduction and is not one: a newsletter and a forward.
    private static void LookAlikes(Mailbox b)
    {
        var news = b.Thread("Meet our new CFO");
        b.Mail(news, People.NorthwindNews, L(People.Sam), None, Pt(10, 22, 6, 0), "Partner News: Meet our new CFO",
            "Northwind Traders Partner News - October 2026\n\nMeet our new CFO: Adaeze Okonjo joins Northwind Traders from a global logistics group, where she led finance for the Americas. Adaeze takes over from...\n\nAlso in this issue: holiday shipping cut-offs, our new Memphis DC, and the partner portal refresh.",
            new Opt { Kind = Kind.Bulk, ListName = "partner-news", Read = false });
        var fw = b.Thread("Please welcome Alex Park, Director of Channel Partnerships");
        b.Mail(fw, People.Jamal, L(People.SalesWest), None, Pt(11, 5, 10, 30), "FW: Please welcome Alex Park, Director of Channel Partnerships",
            "Team - forwarding in case you missed it on the all-hands list. Alex will be working closely with our implementation partners in the West; please loop him in on partner-sourced deals.\n\nJamal\n\n________________________________\nFrom: Relecloud Internal Comms\nSubject: Please welcome Alex Park\n\nPlease join us in welcoming Alex Park...");
    }

    // Ordinary mail with the sources, all before the moments their referrals' cadence looks at.
    private static void SourceHistory(Mailbox b)
    {
        var sam = People.Sam;
        var t = b.Thread("Reference call for a bank prospect?");
        b.Mail(t, sam, L(People.George), None, Pt(9, 8, 10, 20), t.Topic,
            "Hi George, would you be open to a 20-minute reference call with a regional bank's shared-services lead? They want to hear about the close-time improvement first-hand.\n\nSam");
        b.Mail(t, People.George, L(sam), None, Pt(9, 9, 6, 55), "RE: " + t.Topic,
            "Happy to, Sam. Have them book through my assistant - Thursdays are best.\n\nGeorge");
        t = b.Thread("FY27 renewal timing");
        b.Mail(t, People.Aisha, L(sam), L(People.Megan), Pt(8, 18, 14, 5), t.Topic,
            "Sam, our fiscal year starts in February. Can we line up the renewal discussion for October so it lands in the budget? Megan will own the details.\n\nAisha");
        b.Mail(t, sam, L(People.Aisha), L(People.Megan), Pt(8, 18, 15, 30), "RE: " + t.Topic,
            "Absolutely, Aisha. I'll send a proposal by the first week of October and set up time with Megan.\n\nSam");
        t = b.Thread("Humongous Insurance QBR - recap");
        b.Mail(t, sam, L(People.Hannah), L(People.Derek, People.Noah), Pt(9, 24, 13, 0), t.Topic,
            "Hannah, Derek - thanks for a great QBR. Recap attached: duplicate payments prevented this quarter $126k, auto-match rate 81%, and three roadmap asks logged.\n\nSam", new Opt { Attach = true });
        b.Mail(t, People.Hannah, L(sam), L(People.Derek, People.Noah), Pt(9, 24, 15, 10), "RE: " + t.Topic,
            "Thanks Sam - I've shared the savings number with our CFO. By the way, I have someone in mind you should meet. More soon.\n\nHannah");
        t = b.Thread("Adding the Memphis DC");
        b.Mail(t, People.Rafael, L(sam), L(People.Paul), Pt(8, 27, 9, 45), t.Topic,
            "Sam, we're bringing the Memphis distribution center onto Relecloud in Q4. Can you send a quote for 15 more users? Paul will handle the technical side.\n\nRafael");
        b.Mail(t, sam, L(People.Rafael), L(People.Paul), Pt(8, 27, 11, 15), "RE: " + t.Topic,
            "Great news, Rafael. Quote attached - same per-user price as your current contract, co-termed to March.\n\nSam", new Opt { Attach = true });
        b.Mail(t, People.Rafael, L(sam), L(People.Paul), Pt(9, 3, 7, 20), "RE: " + t.Topic,
            "Approved - PO to follow from procurement.\n\nRafael");
        t = b.Thread("Pausing training sessions during harvest");
        b.Mail(t, People.Kenji, L(sam), L(People.Lucia), Pt(8, 13, 10, 0), t.Topic,
            "Sam, harvest starts next week and the finance team will be thin on the ground until late October. Can we pause the Wednesday training sessions until then?\n\nKenji");
        b.Mail(t, sam, L(People.Kenji), L(People.Lucia), Pt(8, 13, 11, 10), "RE: " + t.Topic,
            "Of course, Kenji - paused until the first week of November. Good luck with the harvest!\n\nSam");
        t = b.Thread("Thank you for speaking at the customer council");
        b.Mail(t, sam, L(People.Elena), None, Pt(8, 6, 16, 0), t.Topic,
            "Elena, thank you for sharing the contract-consolidation story at the customer council - several people asked me for your slides afterwards.\n\nSam");
        b.Mail(t, People.Elena, L(sam), None, Pt(8, 7, 7, 30), "RE: " + t.Topic,
            "My pleasure! Feel free to share them.\n\nElena");
        t = b.Thread("Audit support letter");
        b.Mail(t, People.Nadia, L(sam), L(People.Chris), Pt(10, 20, 7, 15), t.Topic,
            "Sam, our auditors are asking for a SOC 1 bridge letter covering October to December. Can Relecloud provide one?\n\nNadia");
        b.Mail(t, sam, L(People.Nadia), L(People.Chris), Pt(10, 20, 9, 5), "RE: " + t.Topic,
            "Hi Nadia, yes - attached is the bridge letter. The full SOC 1 report for next year will be out in February.\n\nSam", new Opt { Attach = true });
        t = b.Thread("Contoso renewal - signed");
        b.Mail(t, People.Olivia, L(sam), L(People.Rosa), Pt(9, 30, 15, 45), t.Topic,
            "Sam, signed renewal attached. Thanks for making the procurement process painless this time.\n\nOlivia", new Opt { Attach = true });
        b.Mail(t, sam, L(People.Olivia), L(People.Rosa), Pt(9, 30, 16, 20), "RE: " + t.Topic,
            "Thank you, Olivia! Countersigned copy to follow from our legal team.\n\nSam");
        t = b.Thread("Lamna go-live - thank you");
        b.Mail(t, People.Fatima, L(sam), L(People.Ana), Pt(7, 29, 8, 10), t.Topic,
            "Sam, the revenue-cycle team asked me to pass on their thanks - first month on Relecloud and the AP backlog is gone.\n\nFatima");
        b.Mail(t, sam, L(People.Fatima), L(People.Ana), Pt(7, 29, 9, 40), "RE: " + t.Topic,
            "That made my week, Fatima. Thank you and Ana for being such great partners through the rollout.\n\nSam");
    }
}

/// <summary>
/// Four months of ordinary mail around the stories: colleagues, customers, vendors, newsletters and
/// notifications. None of it involves a tracked prospect or source, so it never changes a referral's state.
/// </summary>
internal static class Ordinary
{
    private sealed record Step(string From, string To, string Cc, double MinHours, double MaxHours, string Text, bool Attach = false);

    private sealed record Template(string Subject, bool Client, params Step[] Steps);

    // Local (Pacific) calendar days: iterating UTC instants would slip a day when daylight time ends.
    private static readonly DateTime First = new(2026, 7, 27, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly DateTime LastDay = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] Leads = ["Quillfeather Supply", "Brightwater Ceramics", "Copperleaf Dental Partners", "Tidewell Freight", "Larkspur Outdoor Co.", "Marrowbone Bakeries", "Ironbark Fabrication", "Silverpine Clinics"];

    private static readonly string[] Industries = ["manufacturing", "healthcare", "higher education", "logistics", "financial services", "retail"];

    private static readonly string[] Features = [
        "multi-entity consolidation in the spend dashboard",
        "approval routing by cost center and amount",
        "a Spanish-language supplier portal",
        "exporting the duplicate-payment report to our BI tool",
        "bulk re-coding of invoices after a GL change",
        "holding payments automatically when a W-9 is missing"];

    private static readonly string[] Topics = [
        "the new pricing calculator", "multi-threading into finance leadership", "running a mutual action plan",
        "handling security questionnaires", "the FY27 packaging changes", "discovery questions for AP leaders"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly string[] Departments = ["procurement", "treasury", "shared services", "facilities", "marketing operations"];

    private static readonly Template[] Templates =
    [
        new("Forecast update - week of {weekof}", false,
            new("dana", "me,owen", "", 0, 0, "Team - please have commit and best-case numbers updated in the CRM by Thursday noon. I'll roll up for Jamal on Friday morning. Flag anything that slipped since last week.\n\nThanks,\nDana"),
            new("me", "dana", "", 2, 20, "Done. {acct} renewal stays in commit at ${amt}k; I moved the {acct2} expansion to best case since their procurement team wants a second round. Net change -${amt2}k."),
            new("dana", "me", "", 1, 6, "Thanks Sam. Let's talk through {acct2} in our 1:1 - I want to understand who's blocking.")),
        new("Sandbox for the {acct} session", false,
            new("me", "kevin", "", 0, 0, "Hi Kevin, could you set up a sandbox with the {acct} sample ledger before {day}? They want to see three-way match and the duplicate-payment report.\n\nThanks!\nSam"),
            new("kevin", "me", "", 1, 5, "On it - I'll clone the manufacturing template and load their vendor list. Should be ready by tomorrow afternoon."),
            new("me", "kevin", "", 0.5, 3, "Perfect, thank you!")),
        new("Discount approval - {acct} renewal", false,
            new("me", "mei", "dana", 0, 0, "Hi Mei, requesting approval for {disc}% on a {term}-year renewal for {acct} (ARR ${amt}k). They're consolidating two business units onto one contract. Business case attached.\n\nSam", true),
            new("mei", "me", "dana", 2, 24, "Approved at {disc2}% with annual prepay. I've updated the quote in the CRM - please use version 3."),
            new("me", "mei", "", 0.5, 4, "Thanks Mei, sending it to {acct} today.")),
        new("{acct} MSA redlines", false,
            new("raj", "me", "", 0, 0, "Sam, {acct}'s counsel sent back redlines. Main issues: limitation of liability (9.2) and data residency (Exhibit C). I can accept the residency language; the liability cap needs your call on the commercial trade-off.\n\nRaj", true),
            new("me", "raj", "", 1, 8, "Thanks Raj. Can we offer 2x annual fees instead of unlimited for data breaches? That's where we landed with Woodgrove."),
            new("raj", "me", "", 1, 8, "2x works within policy. I'll send a clean version by end of day.")),
        new("Onboarding handoff - {acct} expansion", false,
            new("me", "noah", "", 0, 0, "Hi Noah, {acct} signed the expansion for their {dept} team ({seats} users). Main contact stays {cfirst}. Can you schedule the kickoff for next week?\n\nSam"),
            new("noah", "me", "", 1, 6, "Great news! Kickoff invite going out now for {day}. I'll loop in {cfirst} and their IT admin.")),
        new("Opportunities with past close dates", false,
            new("luis", "me", "", 0, 0, "Hi Sam, quick hygiene check - {n} of your opportunities have close dates in the past. Could you update them before Friday's forecast roll-up? The report link is in the CRM under My Pipeline.\n\nLuis"),
            new("me", "luis", "", 1, 20, "Updated - thanks for the nudge.")),
        new("Discovery call booked: {lead}", false,
            new("alicia", "me", "", 0, 0, "Hi Sam, I booked a discovery call for {day} at 11 with the AP manager at {lead} - she downloaded the month-end close guide and replied to step 3 of the sequence. Notes are in the CRM.\n\nAlicia"),
            new("me", "alicia", "", 0.5, 4, "Nice work, Alicia! I'll prep. Anything on their ERP?"),
            new("alicia", "me", "", 0.5, 5, "She mentioned an older on-prem system and a migration next year - could be a good angle.")),
        new("Lunch {day}?", false,
            new("owen", "me", "", 0, 0, "Want to grab lunch {day}? The new place on 4th does a decent poke bowl."),
            new("me", "owen", "", 0.2, 3, "I'm in - 12:15?"),
            new("owen", "me", "", 0.1, 2, "Works. See you then.")),
        new("Enablement this week: {topic}", false,
            new Step("sara", "saleswest", "", 0, 0, "Hi team,\n\nThis week's enablement session covers {topic}. Wednesday 11:00 Pacific, 45 minutes. The recording will be posted in the enablement channel if you can't make it live.\n\nSara")),
        new("Reference request: {industry}", false,
            new("owen", "me", "", 0, 0, "Do you have a customer in {industry} who'd take a reference call? My prospect wants to talk to someone who's been live for six months or more."),
            new("me", "owen", "", 0.5, 6, "Try {cname} at {acct} - they've done two for us this year. I'll give them a heads-up first."),
            new("owen", "me", "", 0.2, 3, "You're the best, thanks.")),
        new("{acct} - invoice sync errors", false,
            new("noah", "me", "kevin", 0, 0, "Heads up: {acct} has had failed invoice syncs since Tuesday. Engineering traced it to the API token rotation; the fix ships tonight. I've let {cfirst} know."),
            new("me", "noah", "kevin", 0.5, 4, "Thanks for the heads-up. I'll call {cfirst} tomorrow to make sure they're OK.")),
        new("QBR deck - {acct}", false,
            new("me", "noah", "", 0, 0, "Draft QBR deck for {acct} attached. Can you add the adoption metrics (active users, auto-match %) by Wednesday?\n\nSam", true),
            new("noah", "me", "", 2, 24, "Added. Auto-match is up to {pct}% from {pct2}% last quarter - nice story to lead with.", true),
            new("me", "noah", "", 0.5, 6, "Love it. Thanks Noah.")),
        new("Expense report ER-{num}: missing attendee names", false,
            new("billing", "me", "", 0, 0, "Hi Sam, your expense report ER-{num} includes a meal receipt without attendee names. Please add them so we can process the report this cycle.\n\nRelecloud Finance"),
            new("me", "billing", "", 1, 24, "Added - it was the {acct} team dinner.")),
        new("Security questionnaire - {acct}", false,
            new("me", "kevin", "raj", 0, 0, "Kevin, Raj - {acct} sent a 180-question security questionnaire. Most answers are in our standard pack; the custom ones are on the second tab. Due {day}.\n\nSam", true),
            new("kevin", "me", "raj", 4, 30, "Technical tab done - two questions about key rotation need an engineer's eye, I've asked in the security channel.", true),
            new("raj", "me", "kevin", 2, 20, "Legal answers done. We're good to send once Kevin's two are back.")),
        new("Pricing change for FY27 contracts", false,
            new Step("jamal", "saleswest", "", 0, 0, "Team,\n\nStarting with contracts signed after 1 January, list prices for the AP module go up 6% and the analytics add-on becomes part of the Professional tier. Quotes issued before then are honoured for 60 days. Sara will run a session on talk tracks.\n\nJamal")),
        new("Mutual action plan template", false,
            new("dana", "me,owen", "", 0, 0, "Sharing the mutual action plan template that worked well on the Contoso renewal. Please use it for anything over $100k in Q4.", true),
            new("owen", "dana", "me", 1, 8, "Thanks Dana - using it for my manufacturing deal this week.")),
        new("Can you cover my Friday demo?", false,
            new("owen", "me", "", 0, 0, "I'm out Friday for my sister's wedding. Any chance you could cover a 30-minute demo at 10 with {lead}? Kevin has the sandbox ready."),
            new("me", "owen", "", 0.5, 5, "Happy to. Send me your notes and a quick background on the contact."),
            new("owen", "me", "", 0.2, 3, "Sent. Owe you one!", true)),
        new("Booth leads from the Forum", false,
            new("tessa", "me,owen,kevin", "", 0, 0, "Hi all - the badge scans from the Procurement Leaders Forum are loaded into the CRM as a campaign (212 leads). Please work your territory's A-leads within 10 days.\n\nTessa"),
            new("me", "tessa", "", 1, 10, "Thanks Tessa - great show. I'm taking the 14 A-leads in the Pacific Northwest.")),

        new("{acct} QBR agenda", true,
            new("me", "a", "noah", 0, 0, "Hi {cfirst},\n\nAhead of our quarterly review on {day}, here's a proposed agenda: adoption review, the duplicate-payment savings report, and your FY27 roadmap asks. Anything you'd like to add?\n\nSam"),
            new("a", "me", "noah", 2, 30, "Looks good, Sam. Could we add ten minutes on the approval-routing changes? Our new controller has questions."),
            new("me", "a", "noah", 0.5, 6, "Absolutely - added. See you {day}.")),
        new("Renewal quote for FY27", true,
            new("a", "me", "", 0, 0, "Hi Sam,\n\nOur budget cycle closes at month-end - could you send the FY27 renewal quote, including the extra {seats} seats we discussed?\n\nThanks,\n{cfirst}"),
            new("me", "a", "", 1, 20, "Hi {cfirst}, quote attached: {term}-year term, {seats} additional seats, pricing held flat for year one. Happy to walk through it.\n\nSam", true),
            new("a", "me", "", 2, 48, "Thanks, forwarding to procurement. I'll let you know if they have questions.")),
        new("SSO setup question", true,
            new("a", "me", "", 0, 0, "Hi Sam, our IT team is setting up SSO with Relecloud and hit an error on the SAML assertion. Who's the right person to talk to?"),
            new("me", "a", "noah", 0.5, 5, "Looping in Noah Feldman, our customer success manager - Noah, can you connect {cfirst}'s IT team with support?"),
            new("noah", "a", "me", 0.5, 5, "Hi {cfirst}, I've opened ticket {num} and an identity engineer will reach out today.")),
        new("Invoice INV-{num}", true,
            new("a", "me", "", 0, 0, "Sam, our AP team has a question on invoice INV-{num} - it looks like the new seats were billed from the 1st instead of the go-live date."),
            new("me", "a", "billing", 1, 8, "Thanks for flagging, {cfirst}. I've asked our billing team (cc) to issue a credit memo for the difference; you should see it within a week."),
            new("billing", "a", "me", 4, 30, "Hello, credit memo CM-{num} has been issued for the difference and applied to your account.\n\nRelecloud Billing", true)),
        new("Feature request: {feature}", true,
            new("a", "me", "", 0, 0, "Hi Sam, one thing that would help us a lot: {feature}. Is that on the roadmap?"),
            new("me", "a", "", 1, 24, "Great suggestion - I've logged it with product and added {acct} as a requesting customer. I'll share the beta when it's available.")),
        new("Thanks for today", true,
            new("a", "me", "", 0, 0, "Sam, thanks for running the session today - the team found the variance dashboard really useful. Could you send the slides?"),
            new("me", "a", "", 0.5, 5, "Here you go! The recording link is on the last slide.", true)),
        new("Training for new AP hires", true,
            new("a", "me", "", 0, 0, "Hi Sam, we have three new AP clerks starting next month. Do you offer a refresher training?"),
            new("me", "a", "noah", 1, 12, "Yes - we run a live onboarding session every other Wednesday. Noah will send the next two dates."),
            new("a", "me", "", 1, 24, "Perfect, thank you.")),
        new("{month} usage report - {acct}", true,
            new("me", "a", "", 0, 0, "Hi {cfirst},\n\nAttaching the {month} usage report. Highlights: {pct}% of invoices auto-matched, {n} duplicate invoices flagged before payment.\n\nSam", true),
            new("a", "me", "", 2, 48, "Great numbers, thanks Sam. Sharing with our CFO.")),
        new("Question about the approval workflow", true,
            new("a", "me", "", 0, 0, "Hi Sam, can an approver delegate their queue while on vacation, or does an admin have to reassign it?"),
            new("me", "a", "", 0.5, 8, "Approvers can set a delegate themselves under Settings > Out of office; admins can also reassign. Quick guide attached.", true)),
        new("Upcoming price change?", true,
            new("a", "me", "", 0, 0, "Sam, I heard there's a price change coming in January. How does that affect our renewal?"),
            new("me", "a", "", 1, 10, "Good question - your renewal is protected: the current price holds if we sign before 31 December. Happy to send paperwork early."),
            new("a", "me", "", 2, 40, "Let's do that. Please send it over.")),
    ];

    public static void Write(Mailbox b)
    {
        Threads(b);
        Newsletters(b);
        Notifications(b);
        Travel(b);
        Weekend(b);
    }

    // Mostly weekdays - but not only.
    private static void Weekend(Mailbox b)
    {
        var t = b.Thread("Monday forecast - heads up");
        b.Mail(t, People.Sam, L(People.Dana), [], Clock.Pt(11, 15, 19, 40), t.Topic,
            "Dana - heads up before tomorrow's forecast: Fourth Coffee renewal is now verbally committed for December 1, and I'm moving the Contoso add-on to January. Details in the CRM.");
        b.Mail(t, People.Dana, L(People.Sam), [], Clock.Pt(11, 15, 20, 5), "RE: " + t.Topic,
            "Thanks Sam - great news on Fourth Coffee. Go enjoy your Sunday.");
        t = b.Thread("Saturday deploy - invoice matching service");
        b.Mail(t, People.Noah, L(People.Sam, People.Kevin), [], Clock.Pt(9, 12, 10, 15), t.Topic,
            "FYI: engineering is deploying the new invoice matching service this morning. No customer impact expected; I'm watching the Woodgrove and Northwind syncs just in case.");
    }

    private static Person Role(string role, Person client) => role switch
    {
        "me" => People.Sam,
        "a" => client,
        "dana" => People.Dana,
        "kevin" => People.Kevin,
        "noah" => People.Noah,
        "mei" => People.Mei,
        "raj" => People.Raj,
        "tessa" => People.Tessa,
        "luis" => People.Luis,
        "jamal" => People.Jamal,
        "owen" => People.Owen,
        "sara" => People.Sara,
        "alicia" => People.Alicia,
        "billing" => People.Billing,
        "saleswest" => People.SalesWest,
        _ => throw new InvalidOperationException(role),
    };

    private static Person[] Roles(string roles, Person client) =>
        roles.Length == 0 ? [] : roles.Split(',').Select(r => Role(r, client)).ToArray();

    private static string Fill(string text, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }
        return text;
    }

    private static void Threads(Mailbox b)
    {
        var dice = b.Dice;
        var usedOnce = new HashSet<string>(StringComparer.Ordinal);
        for (var local = First; local <= LastDay; local = local.AddDays(1))
        {
            if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || (local.Month == 9 && local.Day == 7))
            {
                continue;
            }
            var atForum = local.Month == 10 && local.Day is >= 6 and <= 8;
            var internals = dice.Next(0, 3) + (dice.Next(10) < 3 ? 1 : 0) - (atForum ? 1 : 0);
            var clients = dice.Next(0, 2) + (dice.Next(10) < 3 ? 1 : 0);
            for (var i = 0; i < internals + clients; i++)
            {
                var pool = Templates.Where(t => t.Client == (i >= internals)).ToArray();
                var template = pool[dice.Next(pool.Length)];
                // Announcements happen once (the booth follow-up only after the Forum).
                var once = template.Subject.StartsWith("Pricing", StringComparison.Ordinal)
                    || template.Subject.StartsWith("Booth", StringComparison.Ordinal)
                    || template.Subject.StartsWith("Mutual", StringComparison.Ordinal);
                var tooEarly = template.Subject.StartsWith("Booth", StringComparison.Ordinal) && local < new DateTime(2026, 10, 9);
                if (once && (tooEarly || !usedOnce.Add(template.Subject)))
                {
                    continue;
                }
                var start = Clock.Pt(local.Month, local.Day, 8, 0).AddMinutes(dice.Next(0, 560));
                Instantiate(b, template, start);
            }
        }
    }

    private static void Instantiate(Mailbox b, Template template, DateTimeOffset start)
    {
        var dice = b.Dice;
        var client = People.Customers[dice.Next(People.Customers.Length)];
        var other = People.Customers.Where(c => c != client).ToArray();
        var acctPerson = template.Client ? client : People.Customers[dice.Next(People.Customers.Length)];
        var localStart = Clock.Local(start, Zone.Pacific);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["acct2"] = other[dice.Next(other.Length)].Org,
            ["acct"] = acctPerson.Org,
            ["cfirst"] = acctPerson.First,
            ["cname"] = acctPerson.Name,
            ["weekof"] = localStart.AddDays(-(int)localStart.DayOfWeek + 1).ToString("MMM d", Clock.Inv),
            ["amt2"] = dice.Next(20, 140).ToString(Clock.Inv),
            ["amt"] = dice.Next(80, 420).ToString(Clock.Inv),
            ["day"] = Days[dice.Next(Days.Length)],
            ["disc2"] = dice.Next(6, 10).ToString(Clock.Inv),
            ["disc"] = dice.Next(10, 16).ToString(Clock.Inv),
            ["term"] = dice.Next(2, 4).ToString(Clock.Inv),
            ["seats"] = (dice.Next(2, 9) * 5).ToString(Clock.Inv),
            ["dept"] = Departments[dice.Next(Departments.Length)],
            ["lead"] = Leads[dice.Next(Leads.Length)],
            ["industry"] = Industries[dice.Next(Industries.Length)],
            ["feature"] = Features[dice.Next(Features.Length)],
            ["topic"] = Topics[dice.Next(Topics.Length)],
            ["month"] = localStart.AddMonths(-1).ToString("MMMM", Clock.Inv),
            ["pct2"] = dice.Next(62, 75).ToString(Clock.Inv),
            ["pct"] = dice.Next(76, 93).ToString(Clock.Inv),
            ["num"] = dice.Next(10000, 99999).ToString(Clock.Inv),
            ["n"] = dice.Next(3, 17).ToString(Clock.Inv),
        };
        var subject = Fill(template.Subject, values);
        var thread = b.Thread(subject);
        var at = start;
        for (var i = 0; i < template.Steps.Length; i++)
        {
            var step = template.Steps[i];
            if (i > 0)
            {
                at = Clock.IntoWorkday(at.AddMinutes(dice.Next((int)(step.MinHours * 60), (int)(step.MaxHours * 60) + 15) + 3), dice);
            }
            if (at > Clock.Now.AddMinutes(-10))
            {
                return;
            }
            var from = Role(step.From, client);
            var to = Roles(step.To, client);
            var cc = Roles(step.Cc, client);
            b.Mail(thread, from, to, cc, at, i == 0 ? subject : "RE: " + subject, Fill(step.Text, values) + Signature(from),
                new Opt { Attach = step.Attach });
        }
    }

    private static string Signature(Person from) =>
        from.Address == People.Sam.Address || from.Title.Length == 0 ? "" : $"\n\n{from.Name}\n{from.Title} | {from.Org}";

    private static void Newsletters(Mailbox b)
    {
        string[] saas = [
            "Why your champions go quiet after the first call", "The 3-touch rule is dead (long live the 3-touch rule)", "Pricing pages that convert in 2026",
            "What 400 CFOs told us about vendor fatigue", "Referral pipelines: the cheapest quota you'll ever carry", "Q4 deal hygiene checklist",
            "Stop sending 'just checking in'", "Multi-threading without annoying anyone", "The anatomy of a no-show", "How top AEs spend Monday morning",
            "Procurement is not the enemy", "Forecasting with fewer spreadsheets", "Mutual action plans, revisited", "Introductions that actually convert",
            "Holiday-season selling: what works", "Your CRM is lying to you", "Discovery questions for finance buyers", "The best follow-up email we saw this year"];
        string[] finops = [
            "Month-end close benchmarks for mid-market", "Duplicate payments: the silent budget leak", "AP automation buyer's guide, part 1",
            "AP automation buyer's guide, part 2", "What auditors ask about spend controls", "Three-way match in practice", "Accrual automation without the pain",
            "Supplier onboarding fraud is rising", "Treasury and AP: finally talking", "Budget season survival kit", "E-invoicing mandates to watch",
            "Controller salary survey 2026", "Card programs and rebates explained", "Closing the books in three days", "FP&A meets procurement",
            "Year-end vendor master clean-up", "Working capital in a slow quarter", "Your 2027 finance tech stack"];
        var week = 0;
        for (var local = First; local <= LastDay; local = local.AddDays(7), week++)
        {
            var thu = Clock.Pt(local.AddDays(3).Month, local.AddDays(3).Day, 4, 2);
            if (thu < Clock.Now)
            {
                b.Mail(b.Thread("SaaS Sales Weekly"), People.SaasWeekly, L(People.Sam), [], thu, $"SaaS Sales Weekly: {saas[week % saas.Length]}",
                    $"This week: {saas[week % saas.Length]}. Plus: five subject lines that got replies, the deal of the week, and a reader question on renewals. Read online | Manage preferences",
                    new Opt { Kind = Kind.Bulk, ListName = "saas-sales-weekly", Read = b.Dice.Next(3) > 0 });
            }
            var tue = Clock.Pt(local.AddDays(1).Month, local.AddDays(1).Day, 5, 30);
            if (tue < Clock.Now)
            {
                b.Mail(b.Thread("Finance Ops Digest"), People.FinOps, L(People.Sam), [], tue, $"Finance Ops Digest | {finops[week % finops.Length]}",
                    $"{finops[week % finops.Length]} - plus the week's reading list for controllers, AP leaders and procurement teams. View in browser. You are receiving this because you subscribed at finops.example.org.",
                    new Opt { Kind = Kind.Bulk, ListName = "digest", Read = b.Dice.Next(2) > 0 });
            }
            var mon = Clock.Pt(local.Month, local.Day, 6, 0);
            if (mon < Clock.Now)
            {
                b.Mail(b.Thread("Your weekly pipeline summary"), People.Crm, L(People.Sam), [], mon, $"Your weekly pipeline summary - week of {local:MMM d}",
                    $"Sam Rivera - week of {local.ToString("MMMM d", Clock.Inv)}\nOpen pipeline: ${(1.2 + week * 0.07 + b.Dice.NextDouble() * 0.3).ToString("0.0", Clock.Inv)}M across {18 + b.Dice.Next(0, 9)} opportunities\nCommit this quarter: ${b.Dice.Next(180, 460)}k\n{b.Dice.Next(1, 5)} opportunities have had no activity for 14 days.\nOpen dashboard",
                    new Opt { Kind = Kind.Notification });
            }
            var fri = Clock.Pt(local.AddDays(4).Month, local.AddDays(4).Day, 14, 0);
            if (fri < Clock.Now)
            {
                string[] headlines = ["Q3 kickoff recap", "New office in Denver", "Customer council highlights", "Engineering demo day", "Benefits open enrollment", "Forum recap and photos", "Holiday giving drive", "Product launch: Spend 5.2"];
                b.Mail(b.Thread("Relecloud Weekly"), People.Comms, L(People.AllStaff), [], fri, $"Relecloud Weekly: {headlines[week % headlines.Length]}",
                    $"Happy Friday, Relecloud! This week: {headlines[week % headlines.Length]}, shout-outs from the customer success team, and who's new. Read the full issue on the intranet.",
                    new Opt { Kind = Kind.Bulk, ListName = "relecloud-weekly", Read = b.Dice.Next(2) > 0 });
            }
        }
        string[] partnerNews = ["Partner News: Summer logistics update", "Partner News: Our new Memphis distribution center"];
        b.Mail(b.Thread(partnerNews[0]), People.NorthwindNews, L(People.Sam), [], Clock.Pt(8, 20, 6, 0), partnerNews[0],
            "Northwind Traders Partner News - August 2026\n\nPeak-season capacity, new carrier partners, and what our customers told us in the summer survey. Read online.",
            new Opt { Kind = Kind.Bulk, ListName = "partner-news" });
        b.Mail(b.Thread(partnerNews[1]), People.NorthwindNews, L(People.Sam), [], Clock.Pt(9, 22, 6, 0), partnerNews[1],
            "Northwind Traders Partner News - September 2026\n\nOur Memphis distribution center opens in Q4 with same-day service to the mid-South. Also: partner portal downtime on 3 October.",
            new Opt { Kind = Kind.Bulk, ListName = "partner-news" });
        b.Mail(b.Thread("Partner News: Holiday shipping cut-offs"), People.NorthwindNews, L(People.Sam), [], Clock.Pt(11, 19, 6, 0), "Partner News: Holiday shipping cut-offs",
            "Northwind Traders Partner News - November 2026\n\nHoliday shipping cut-off dates for every region, our winter service schedule, and a thank-you from the team.",
            new Opt { Kind = Kind.Bulk, ListName = "partner-news", Read = false });
        b.Mail(b.Thread("Webinar"), People.Webinars, L(People.Sam), [], Clock.Pt(9, 15, 7, 0), "Webinar: Closing the books in 3 days (Sept 30)",
            "Join controllers from three mid-market companies as they walk through how they cut close time in half. Wednesday, September 30, 11am ET. Register now.",
            new Opt { Kind = Kind.Bulk, ListName = "events" });
        b.Mail(b.Thread("Webinar"), People.Webinars, L(People.Sam), [], Clock.Pt(11, 10, 7, 0), "Last chance: Year-end vendor master clean-up (Nov 18)",
            "Seats are filling up for our year-end clean-up clinic. Wednesday, November 18, 1pm ET. Register now.",
            new Opt { Kind = Kind.Bulk, ListName = "events", Read = false });
    }

    private static Person[] L(params Person[] people) => people;

    private static void Notifications(Mailbox b)
    {
        var sam = People.Sam;
        var n = 0;
        foreach (var (m, d) in new[] { (8, 7), (8, 28), (9, 18), (10, 16), (11, 13) })
        {
            n++;
            var er = $"ER-2026-{(n * 97 + 1180).ToString(Clock.Inv)}";
            b.Mail(b.Thread("Expense report " + er), People.Expenses, L(sam), [], Clock.Pt(m, d, 11, 15), $"Expense report {er} approved",
                $"Your expense report {er} (${b.Dice.Next(120, 1900)}.{b.Dice.Next(10, 99)}) was approved by Dana Whitfield and will be reimbursed in the next payroll cycle.",
                new Opt { Kind = Kind.Notification });
        }
        b.Mail(b.Thread("Ticket INC0041877"), People.ServiceDesk, L(sam), [], Clock.Pt(8, 4, 9, 30), "Ticket INC0041877 opened: Docking station not detecting second monitor",
            "Hi Sam, we've received your request and assigned it to Desktop Support. Reference: INC0041877. Reply to this email to add information.", new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("Ticket INC0041877"), People.ServiceDesk, L(sam), [], Clock.Pt(8, 5, 14, 10), "Ticket INC0041877 resolved: Docking station not detecting second monitor",
            "Your ticket INC0041877 has been resolved: firmware updated and dock replaced at the Westlake IT bar. If the problem persists, reply within 5 days to reopen.", new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("Password expiry"), People.ServiceDesk, L(sam), [], Clock.Pt(9, 14, 6, 0), "Your password expires in 7 days",
            "Your Relecloud password expires on September 21. Change it now from the account portal to avoid losing access to email and the CRM.", new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("VPN maintenance"), People.ServiceDesk, L(People.AllStaff), [], Clock.Pt(10, 22, 15, 0), "Planned maintenance: VPN unavailable Saturday 6-10am PT",
            "The VPN will be unavailable this Saturday, October 24, from 6:00 to 10:00 Pacific while we upgrade the gateways. Email and Teams are not affected.", new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("Open enrollment"), People.PeopleTeam, L(People.AllStaff), [], Clock.Pt(11, 2, 9, 0), "Open enrollment is open through November 20",
            "It's that time of year: benefits open enrollment runs November 2-20. New this year: a second dental plan and expanded parental leave. Make your elections in the benefits portal.",
            new Opt { Kind = Kind.Bulk, ListName = "people" });
        b.Mail(b.Thread("Open enrollment"), People.PeopleTeam, L(People.AllStaff), [], Clock.Pt(11, 16, 9, 0), "Reminder: open enrollment closes Friday",
            "Open enrollment closes this Friday, November 20. If you don't make elections, your current coverage rolls over, but FSA elections do not.",
            new Opt { Kind = Kind.Bulk, ListName = "people" });
        b.Mail(b.Thread("Holiday schedule"), People.PeopleTeam, L(People.AllStaff), [], Clock.Pt(11, 10, 10, 0), "Holiday schedule: Thanksgiving and year-end",
            "Our offices are closed Thursday and Friday, November 26-27, and from December 24 through January 1. Customer support keeps its usual on-call coverage.",
            new Opt { Kind = Kind.Bulk, ListName = "people" });
        b.Mail(b.Thread("Welcome new hires"), People.PeopleTeam, L(People.AllStaff), [], Clock.Pt(9, 8, 9, 0), "Please welcome our September new hires",
            "Please welcome 14 new Relecloudians this month across engineering, sales and customer success. Say hi in the welcome channel!",
            new Opt { Kind = Kind.Bulk, ListName = "people" });
        b.Mail(b.Thread("Forum badge"), People.Forum, L(sam), [], Clock.Pt(9, 24, 8, 0), "Your exhibitor badge - Procurement Leaders Forum, Chicago",
            "Your exhibitor badge for the Procurement Leaders Forum (October 6-8, Chicago) is ready. Show the QR code at exhibitor registration, Hall B, from 7am on October 6.",
            new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("Forum survey"), People.Forum, L(sam), [], Clock.Pt(10, 12, 7, 0), "How was the Forum? 2-minute exhibitor survey",
            "Thank you for exhibiting at the Procurement Leaders Forum. Tell us how we did - and lock in early pricing for next year's booth.",
            new Opt { Kind = Kind.Bulk, ListName = "exhibitors", Read = false });
        b.Mail(b.Thread("CRM task"), People.Crm, L(sam), [], Clock.Pt(11, 20, 16, 5), "Task due Monday: Send proposal - Fourth Coffee renewal",
            "Reminder: the task \"Send proposal - Fourth Coffee renewal\" on opportunity Fourth Coffee FY27 Renewal is due Monday, November 23.",
            new Opt { Kind = Kind.Notification, Read = false });
    }

    private static void Travel(Mailbox b)
    {
        var sam = People.Sam;
        b.Mail(b.Thread("Itinerary BYA7QK2"), People.Airline, L(sam), [], Clock.Pt(9, 25, 13, 40), "Your trip confirmation: Seattle to Chicago (BYA7QK2)",
            "Confirmation BYA7QK2. Mon, Oct 5: BY 1184 SEA 7:05am - ORD 1:10pm. Thu, Oct 8: BY 1191 ORD 6:40pm - SEA 9:05pm. Traveler: Sam Rivera. Manage your trip online.",
            new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("Harborview reservation"), People.Hotel, L(sam), [], Clock.Pt(9, 25, 13, 55), "Reservation confirmed: The Harborview Chicago, Oct 5-8",
            "Thank you for choosing The Harborview. Confirmation 88214507. Check-in Monday, October 5; check-out Thursday, October 8. One king room, corporate rate.",
            new Opt { Kind = Kind.Notification });
        b.Mail(b.Thread("Check in BYA7QK2"), People.Airline, L(sam), [], Clock.Pt(10, 4, 7, 5), "It's time to check in: BY 1184 to Chicago",
            "Check in now for your flight tomorrow, BY 1184 Seattle to Chicago, departing 7:05am from gate assignments to be announced. Your seat: 14C.",
            new Opt { Kind = Kind.Notification });
    }
}

/// <summary>
/// The ordinary calendar: two recurring internal series (as occurrences), internal meetings, customer
/// reviews, the Forum, holidays and a few future meetings, with the invitations and responses they send.
/// </summary>
internal static class Calendar
{
    private static DateTimeOffset Pt(int month, int day, int hour, int minute) => Clock.Pt(month, day, hour, minute);

    public static void Write(Mailbox b)
    {
        // Dana cancelled the Labor Day occurrence; Sam declined the one on his travel day to the Forum.
        Series(b, "West pipeline review", People.Dana, [People.Sam, People.Owen, People.Alicia, People.Luis],
            Pt(7, 27, 8, 30), 45, every: 7, until: Pt(12, 15, 0, 0), declinedOn: Pt(10, 5, 8, 30), cancelledOn: Pt(9, 7, 8, 30),
            body: "Weekly walk through commit, best case and anything that slipped. Please update the CRM before the meeting.");
        Series(b, "Sam / Dana 1:1", People.Dana, [People.Sam], Pt(7, 30, 14, 0), 30, every: 14, until: Pt(12, 18, 0, 0), declinedOn: null, cancelledOn: null,
            body: "Standing 1:1. Agenda in our shared notes.");

        // Meetings Sam organised with customers (Teams, with attendance reports once they have ended).
        Organised(b, "Woodgrove Bank - quarterly business review", Pt(8, 26, 11, 0), 60, [People.Tom, People.Noah], Pt(8, 12, 10, 5),
            "Agenda: adoption, savings report, FY27 roadmap asks.", report: true);
        Organised(b, "Northwind Traders - Memphis DC rollout plan", Pt(9, 17, 8, 30), 45, [People.Paul, People.Noah], Pt(9, 8, 9, 40),
            "Rollout plan for the 15 Memphis users: SSO, approval chains, training.", report: true);
        Organised(b, "Humongous Insurance - quarterly business review", Pt(9, 23, 13, 0), 60, [People.Hannah, People.Derek, People.Noah], Pt(9, 1, 10, 30),
            "Quarterly review: savings, adoption, roadmap.", report: true);
        Organised(b, "Fourth Coffee - FY27 renewal discussion", Pt(10, 14, 10, 0), 45, [People.Megan, People.Mei], Pt(10, 2, 15, 20),
            "Walk through the FY27 renewal proposal and the multi-year options.", report: true);
        Organised(b, "Coho Winery - post-harvest check-in", Pt(11, 4, 11, 0), 30, [People.Lucia], Pt(10, 26, 9, 10),
            "Restarting training sessions after harvest; review open tickets.", report: true);
        Organised(b, "Contoso - renewal kickoff for FY27 add-ons", Pt(11, 12, 9, 30), 45, [People.Rosa, People.Noah], Pt(11, 2, 14, 0),
            "Scope the analytics add-on for Contoso's second business unit.", report: true);
        Organised(b, "Demo prep - sandbox walkthrough", Pt(9, 1, 15, 0), 30, [People.Kevin], Pt(8, 31, 16, 10),
            "Dry run of the VanArsdel demo on their sample data.", report: true);
        Organised(b, "Fourth Coffee - renewal signing call", Pt(12, 1, 10, 0), 30, [People.Megan, People.Mei], Pt(11, 20, 15, 45),
            "Final review of the order form before signature.", report: false);

        // Meetings others organised.
        Invited(b, "Deal review: Fourth Coffee renewal", People.Dana, [People.Sam, People.Mei], Pt(10, 9, 13, 0), 30, Pt(10, 7, 16, 0),
            "Pricing and term strategy before the renewal discussion.", "accepted");
        Invited(b, "Procurement Leaders Forum - booth briefing", People.Tessa, [People.Sam, People.Owen, People.Kevin], Pt(10, 1, 12, 0), 30, Pt(9, 22, 11, 0),
            "Booth logistics, demo stations and lead capture for the Forum.", "accepted");
        Invited(b, "Q4 territory kickoff", People.Jamal, [People.Sam, People.Owen, People.Dana, People.Alicia], Pt(10, 1, 9, 0), 90, Pt(9, 15, 8, 0),
            "Q4 targets, territory changes and partner programme.", "accepted");
        Invited(b, "Enablement: multi-threading into finance leadership", People.Sara, [People.SalesWest], Pt(10, 21, 11, 0), 45, Pt(10, 15, 9, 0),
            "Recording will be posted afterwards.", "tentativelyAccepted");
        Invited(b, "Relecloud all-hands (November)", People.Comms, [People.AllStaff], Pt(11, 4, 10, 0), 60, Pt(10, 20, 9, 0),
            "Quarterly results, product roadmap and Q&A.", "accepted");
        Invited(b, "Contoso SSO troubleshooting", People.Rosa, [People.Sam, People.Noah], Pt(9, 10, 13, 30), 30, Pt(9, 9, 10, 0),
            "Working session with our IT team on the SAML error.", "accepted");
        Invited(b, "City Power & Light - vendor review", People.Janet, [People.Sam], Pt(11, 17, 9, 0), 60, Pt(11, 3, 13, 0),
            "Annual vendor review: service levels, security, roadmap.", "accepted");
        Invited(b, "Year-end forecast review", People.Jamal, [People.Sam, People.Owen, People.Dana], Pt(12, 8, 9, 0), 60, Pt(11, 18, 16, 0),
            "Final Q4 forecast, commit by account.", "accepted");

        // An event kept in the rep's own zone (Graph returns start/end in the zone the request prefers or the event was saved in).
        var (join, thread) = b.Teams(People.Dana);
        b.Event("FY27 territory planning", Pt(11, 24, 9, 0), 120, People.Dana, [new(People.Sam, "accepted", Pt(11, 16, 8, 30)), new(People.Owen, "accepted", Pt(11, 16, 9, 0))],
            Pt(11, 16, 8, 0), "Working session on FY27 account assignments for the West. Bring your top-20 account list.", (join, thread),
            myResponse: "accepted", myResponseAt: Pt(11, 16, 8, 30), timeZone: "Pacific Standard Time");
        var planning = b.Thread("FY27 territory planning");
        b.Mail(planning, People.Dana, [People.Sam, People.Owen], [], Pt(11, 16, 8, 0), "FY27 territory planning",
            "Working session on FY27 account assignments for the West. Bring your top-20 account list.",
            new Opt { Kind = Kind.MeetingRequest, Quote = false, Extra = Mailbox.MeetingFields("meetingRequest", Pt(11, 24, 9, 0), 120, "Microsoft Teams Meeting") });
        b.Mail(planning, People.Sam, [People.Dana], [], Pt(11, 16, 8, 30), "Accepted: FY27 territory planning", "",
            new Opt { Kind = Kind.MeetingResponse, Quote = false, Extra = Mailbox.MeetingFields("meetingAccepted", Pt(11, 24, 9, 0), 120, "Microsoft Teams Meeting", "accepted") });

        // All-day events.
        AllDay(b, "Procurement Leaders Forum - Chicago (booth 214)", 10, 6, 3, "oof", "Hall B, Lakeshore Expo Center", Pt(9, 20, 10, 0));
        AllDay(b, "Labor Day - office closed", 9, 7, 1, "free", "", Pt(7, 1, 9, 0), People.PeopleTeam);
        AllDay(b, "Thanksgiving - office closed", 11, 26, 2, "oof", "", Pt(7, 1, 9, 0), People.PeopleTeam);
    }

    private static void Series(Mailbox b, string subject, Person organizer, Person[] attendees, DateTimeOffset first, int minutes,
        int every, DateTimeOffset until, DateTimeOffset? declinedOn, DateTimeOffset? cancelledOn, string body)
    {
        var masterId = b.ItemId("NAAA");
        var teams = b.Teams(organizer);
        var uid = "040000008200E00074C5B7101A82E00800000000" + b.Hex(8) + "000000000000000010000000" + b.Hex(16);
        var created = first.AddDays(-10);
        for (var start = first; start < until; start = start.AddDays(every))
        {
            // Keep the wall-clock time across the daylight-saving change.
            var local = Clock.Local(start, Zone.Pacific);
            var at = Clock.Pt(local.Month, local.Day, Clock.Local(first, Zone.Pacific).Hour, Clock.Local(first, Zone.Pacific).Minute);
            var declined = declinedOn is { } d && Clock.Local(d, Zone.Pacific).Date == Clock.Local(at, Zone.Pacific).Date;
            var cancelled = cancelledOn is { } c && Clock.Local(c, Zone.Pacific).Date == Clock.Local(at, Zone.Pacific).Date;
            b.Event(cancelled ? "Canceled: " + subject : subject, at, minutes, organizer,
                attendees.Select(a => new Mailbox.Attendee(a, a == People.Sam && declined ? "declined" : "accepted", created.AddHours(2))).ToList(),
                created, body, teams, myResponse: declined ? "declined" : "accepted", myResponseAt: declined ? at.AddDays(-5) : created.AddHours(2),
                type: "occurrence", seriesMasterId: masterId, iCalUId: uid, cancelled: cancelled);
            start = at;
        }
    }

    internal static void Organised(Mailbox b, string subject, DateTimeOffset start, int minutes, Person[] invitees, DateTimeOffset sent, string body, bool report)
    {
        var sam = People.Sam;
        var teams = b.Teams(sam);
        var thread = b.Thread(subject);
        b.Mail(thread, sam, invitees, [], sent, subject, body,
            new Opt { Kind = Kind.MeetingRequest, Quote = false, Extra = Mailbox.MeetingFields("meetingRequest", start, minutes, "Microsoft Teams Meeting") });
        var attendees = new List<Mailbox.Attendee>();
        foreach (var invitee in invitees)
        {
            var answered = Clock.IntoWorkday(sent.AddMinutes(b.Dice.Next(10, 900)), b.Dice);
            var tentative = b.Dice.Next(6) == 0;
            if (answered < Clock.Now)
            {
                b.Mail(thread, invitee, [sam], [], answered, (tentative ? "Tentative: " : "Accepted: ") + subject, "",
                    new Opt
                    {
                        Kind = Kind.MeetingResponse, Quote = false,
                        Extra = Mailbox.MeetingFields(tentative ? "meetingTenativelyAccepted" : "meetingAccepted", start, minutes, "Microsoft Teams Meeting", tentative ? "tentativelyAccepted" : "accepted"),
                    });
            }
            attendees.Add(new(invitee, tentative ? "tentativelyAccepted" : "accepted", answered));
        }
        b.Event(subject, start, minutes, sam, attendees, sent, body, teams);
        if (report && start.AddMinutes(minutes) < Clock.Now)
        {
            var records = new List<Mailbox.Attendance> { new(sam, "Organizer", (-1.5, minutes + 0.5)) };
            foreach (var invitee in invitees)
            {
                var join = b.Dice.Next(-2, 4) + b.Dice.NextDouble();
                records.Add(new(invitee, invitee.Domain == Mailbox.TenantDomain ? "Presenter" : "Attendee", (join, minutes - b.Dice.NextDouble() * 3)));
            }
            b.OnlineMeeting(subject, start, minutes, teams, sent, records);
        }
        else
        {
            b.OnlineMeeting(subject, start, minutes, teams, sent, null);
        }
    }

    private static void Invited(Mailbox b, string subject, Person organizer, Person[] attendees, DateTimeOffset start, int minutes, DateTimeOffset sent, string body, string response)
    {
        var sam = People.Sam;
        var teams = b.Teams(organizer);
        var thread = b.Thread(subject);
        b.Mail(thread, organizer, attendees, [], sent, subject, body,
            new Opt { Kind = Kind.MeetingRequest, Quote = false, Extra = Mailbox.MeetingFields("meetingRequest", start, minutes, "Microsoft Teams Meeting") });
        var answered = Clock.IntoWorkday(sent.AddMinutes(b.Dice.Next(5, 240)), b.Dice);
        // Sam answers personal invitations; a list invitation he just accepts without a response.
        if (attendees.Contains(sam) && answered < Clock.Now)
        {
            var tentative = response == "tentativelyAccepted";
            b.Mail(thread, sam, [organizer], [], answered, (tentative ? "Tentative: " : "Accepted: ") + subject, "",
                new Opt
                {
                    Kind = Kind.MeetingResponse, Quote = false,
                    Extra = Mailbox.MeetingFields(tentative ? "meetingTenativelyAccepted" : "meetingAccepted", start, minutes, "Microsoft Teams Meeting", response),
                });
        }
        b.Event(subject, start, minutes, organizer,
            attendees.Select(a => new Mailbox.Attendee(a, a == sam ? response : "accepted", answered)).ToList(),
            sent, body, teams, myResponse: response, myResponseAt: answered);
    }

    private static void AllDay(Mailbox b, string subject, int month, int day, int days, string showAs, string location, DateTimeOffset created, Person? organizer = null)
    {
        var start = new DateTimeOffset(2026, month, day, 0, 0, 0, TimeSpan.Zero);
        b.Event(subject, start, days * 24 * 60, organizer ?? People.Sam, [], created, location: location, allDay: true, showAs: showAs,
            myResponse: "accepted", myResponseAt: created);
    }
}
