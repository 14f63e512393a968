/// <summary>The mailbox being written: messages, events, online meetings and referrals.</summary>
internal sealed class Mailbox(int seed)
{
    public Random Dice { get; } = new(seed);

    public List<(DateTimeOffset At, JsonObject Json)> Inbox { get; } = [];

    public List<(DateTimeOffset At, JsonObject Json)> Sent { get; } = [];

    public List<(DateTimeOffset Start, JsonObject Json)> Events { get; } = [];

    public List<JsonObject> OnlineMeetings { get; } = [];

    public List<ReferralSeed> Referrals { get; } = [];

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
        var text = Quoted(thread, body, o);
        var sentAt = fromRep ? at : at.AddSeconds(-Dice.Next(2, 48));
        var id = ItemId(fromRep ? "JAAA" : "MAAA");
        var json = new JsonObject();
        if (EventMessageType(o.Kind) is { } type)
        {
            json["@odata.type"] = type;
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
        }
        (fromRep ? Sent : Inbox).Add((at, json));
        thread.MessageIds.Add(messageId);
        thread.Said.Add((from, at, string.Join("; ", to.Select(p => p.Name))));
        return json;
    }

    // Outlook quotes the message replied to below the reply, as the copy in the mailbox shows it.
    private static string Quoted(Conversation thread, string body, Opt o)
    {
        if (!o.Quote || thread.Said.Count == 0 || o.Kind is not Kind.Normal)
        {
            return body;
        }
        var (prevFrom, prevAt, prevTo) = thread.Said[^1];
        return body + $"\n\n________________________________\nFrom: {prevFrom.Name} <{prevFrom.Address}>\nSent: {Clock.Outlook(prevAt)}\nTo: {prevTo}\nSubject: {thread.Topic}";
    }

    private static string? EventMessageType(Kind kind) => kind switch
    {
        Kind.MeetingRequest => "#microsoft.graph.eventMessageRequest",
        Kind.MeetingResponse => "#microsoft.graph.eventMessageResponse",
        Kind.MeetingCancel => "#microsoft.graph.eventMessage",
        _ => null,
    };

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
        h.AddRange(KindHeaders(from, o));
        foreach (var extra in o.Headers)
        {
            h.Add(extra);
        }
        h.Add(("MIME-Version", "1.0"));
        h.Add(("Content-Type", ContentType(o)));
        return new JsonArray(h.Select(x => (JsonNode)new JsonObject { ["name"] = x.Item1, ["value"] = x.Item2 }).ToArray());
    }

    // The headers that mark what kind of mail it is: auto-replies, bulk mail, notifications, meeting mail.
    private List<(string, string)> KindHeaders(Person from, Opt o)
    {
        var h = new List<(string, string)>();
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
        return h;
    }

    private string ContentType(Opt o) => o.Kind switch
    {
        Kind.ExchangeAutoReply or Kind.VacationResponder => "text/plain; charset=\"utf-8\"",
        Kind.MeetingRequest or Kind.MeetingResponse or Kind.MeetingCancel => $"multipart/alternative; boundary=\"_000_{Hex(8)}_\"; type=\"text/calendar\"",
        _ when o.Attach => $"multipart/mixed; boundary=\"_004_{Hex(8)}_\"",
        _ => $"multipart/alternative; boundary=\"_000_{Hex(8)}_\"",
    };

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
            ["location"] = EventLocation(location, teams is not null),
            ["recurrence"] = null,
            ["attendees"] = new JsonArray(attendees.Select(a => (JsonNode)EventAttendee(a)).ToArray()),
            ["organizer"] = Address(organizer),
            ["onlineMeeting"] = teams is { } tm ? new JsonObject { ["joinUrl"] = tm.JoinUrl } : null,
        };
        Events.Add((start, json));
        return json;
    }

    private static JsonObject EventLocation(string? location, bool online) => new()
    {
        ["displayName"] = location ?? (online ? "Microsoft Teams Meeting" : ""),
        ["locationType"] = "default",
        ["uniqueIdType"] = location is null && !online ? "unknown" : "private",
    };

    private static JsonObject EventAttendee(Attendee a) => new()
    {
        ["type"] = a.Type,
        ["status"] = new JsonObject { ["response"] = a.Response, ["time"] = a.At is { } t ? Clock.Iso(t) : "0001-01-01T00:00:00Z" },
        ["emailAddress"] = new JsonObject { ["name"] = a.Who.Name, ["address"] = a.Who.Address },
    };

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
            reports.Add((JsonNode)AttendanceReport(teams.ThreadId, start, attended));
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

    // Teams' attendance report: who joined, when and for how long, whole seconds as Graph returns them.
    private static JsonObject AttendanceReport(string threadId, DateTimeOffset start, IReadOnlyList<Attendance> attended)
    {
        var first = attended.SelectMany(a => a.Intervals).Min(i => i.Join);
        var last = attended.SelectMany(a => a.Intervals).Max(i => i.Leave);
        return new JsonObject
        {
            ["id"] = StableGuid("report:" + threadId).ToString(),
            ["totalParticipantCount"] = attended.Count,
            ["meetingStartDateTime"] = Clock.Iso(WholeSeconds(start.AddMinutes(first))),
            ["meetingEndDateTime"] = Clock.Iso(WholeSeconds(start.AddMinutes(last))),
            ["attendanceRecords"] = new JsonArray(attended.Select(a => (JsonNode)AttendanceRecord(a, start)).ToArray()),
        };
    }

    private static JsonObject AttendanceRecord(Attendance a, DateTimeOffset start)
    {
        var intervals = a.Intervals.Select(i => (Join: WholeSeconds(start.AddMinutes(i.Join)), Leave: WholeSeconds(start.AddMinutes(i.Leave)))).ToList();
        var seconds = intervals.Sum(i => (int)(i.Leave - i.Join).TotalSeconds);
        return new JsonObject
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

    public void Referral(Person prospect, Person source, DateTimeOffset introducedAt, DateTimeOffset? closedAt = null, string? outcome = null) =>
        Referrals.Add(new ReferralSeed(
            new SeedParty(prospect.Name, prospect.Address.ToLowerInvariant()), new SeedParty(source.Name, source.Address.ToLowerInvariant()),
            introducedAt, closedAt, closedAt is null ? null : outcome));

    // ---- output ----------------------------------------------------------------------------

    public void Save(string folder)
    {
        var writer = new MailboxFolderWriter(folder, indented: true);
        writer.WriteMe(People.Me());
        // Graph lists a folder newest first.
        writer.WriteCollection(MailboxFolderWriter.InboxFile, Inbox.OrderByDescending(m => m.At).ThenBy(m => (string?)m.Json["id"], StringComparer.Ordinal).Select(m => m.Json));
        writer.WriteCollection(MailboxFolderWriter.SentItemsFile, Sent.OrderByDescending(m => m.At).ThenBy(m => (string?)m.Json["id"], StringComparer.Ordinal).Select(m => m.Json));
        // calendarView lists by start.
        writer.WriteCollection(MailboxFolderWriter.EventsFile, Events.OrderBy(e => e.Start).ThenBy(e => (string?)e.Json["subject"], StringComparer.Ordinal).Select(e => e.Json));
        writer.WriteCollection(MailboxFolderWriter.OnlineMeetingsFile, OnlineMeetings.OrderBy(m => (string?)m["startDateTime"], StringComparer.Ordinal));
        writer.WriteReferrals(Referrals);
        writer.WriteCapturedAt(Clock.Now);
        Console.WriteLine($"{folder}: {Inbox.Count} inbox, {Sent.Count} sent, {Events.Count} events, {OnlineMeetings.Count} online meetings, {Referrals.Count} referrals");
    }
}
