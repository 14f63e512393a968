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
        Weekly(b);
        PartnerNewsAndWebinars(b);
    }

    // Every week: two newsletters, the CRM's pipeline summary and the company's own weekly.
    private static void Weekly(Mailbox b)
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
    }

    // The one-off bulk mail: a vendor's partner newsletter and two webinar invitations.
    private static void PartnerNewsAndWebinars(Mailbox b)
    {
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
