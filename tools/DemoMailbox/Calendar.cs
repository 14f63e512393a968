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
        CustomerMeetings(b);
        MeetingsOthersOrganised(b);
        TerritoryPlanning(b);
        AllDayEvents(b);
    }

    // Meetings Sam organised with customers (Teams, with attendance reports once they have ended).
    private static void CustomerMeetings(Mailbox b)
    {
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
    }

    // Meetings others organised.
    private static void MeetingsOthersOrganised(Mailbox b)
    {
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
    }

    // An event kept in the rep's own zone (Graph returns start/end in the zone the request prefers or the event was saved in).
    private static void TerritoryPlanning(Mailbox b)
    {
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
    }

    // All-day events.
    private static void AllDayEvents(Mailbox b)
    {
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
