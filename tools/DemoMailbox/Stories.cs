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
        var at = WilliamIntroduced(b);
        WilliamDiscoveryCall(b);
        WilliamRecapAndDemo(b);
        WilliamProposalSigned(b);
        WilliamThanksAndKickoff(b);
        b.Referral(People.William, People.Fatima, at, Pt(10, 30, 11, 0), "won");
    }

    // Fatima introduces William; Sam reaches out and William proposes a time.
    private static DateTimeOffset WilliamIntroduced(Mailbox b)
    {
        var (fatima, william, sam) = (People.Fatima, People.William, People.Sam);
        var intro = b.Thread("Intro: William <> Sam");
        var at = Pt(8, 10, 9, 30);
        b.Mail(intro, fatima, L(william, sam), None, at, intro.Topic,
            "William, meet Sam Rivera from Relecloud. Sam, William is CFO at VanArsdel and mentioned over dinner that accruals are still done in spreadsheets.\n\nYou two should talk - I'll stay out of the way.\nFatima");
        var reach = b.Thread("Referred by Fatima Khan - quick call?");
        b.Mail(reach, sam, L(william), None, Pt(8, 10, 13, 15), reach.Topic,
            "Hi William,\n\nFatima Khan suggested we connect about accruals. Lamna Healthcare moved theirs out of spreadsheets in about six weeks.\n\nWould you have 45 minutes for a discovery conversation?\n\nSam");
        b.Mail(reach, william, L(sam), None, Pt(8, 11, 8, 5), "RE: " + reach.Topic,
            "Sam, good timing - we're replacing the spreadsheet-based accruals before year-end. Thursday the 20th at 10am Pacific?\n\nWilliam");
        return at;
    }

    // The discovery call, invited and accepted, with William joining late.
    private static void WilliamDiscoveryCall(Mailbox b)
    {
        var (william, sam, kevin) = (People.William, People.Sam, People.Kevin);
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
    }

    // The recap that brings in Ruby, and the demo on their sample data.
    private static void WilliamRecapAndDemo(Mailbox b)
    {
        var (william, ruby, sam, kevin) = (People.William, People.Ruby, People.Sam, People.Kevin);
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
    }

    // The proposal, William's questions, the legal redlines with Raj, and the signed order form.
    private static void WilliamProposalSigned(Mailbox b)
    {
        var (william, ruby, sam, noah, raj) = (People.William, People.Ruby, People.Sam, People.Noah, People.Raj);
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
    }

    // Sam thanks Fatima; Noah kicks off onboarding.
    private static void WilliamThanksAndKickoff(Mailbox b)
    {
        var (fatima, william, ruby, sam, noah) = (People.Fatima, People.William, People.Ruby, People.Sam, People.Noah);
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
