using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

/// <summary>
/// Round three of held-out cases, written without reading the detector and run before changing it.
/// First run: found 24 of 27 prospects, 4 false alarms (3 messages). Missed: the double opt-in intro
/// made as a reply adding the prospect; "+Lars" in a reply to the rep's ask; an inbound referral
/// naming "Alicia Gomez" without the accent. False alarms: a recruiter's "Hannah Okafor suggested I
/// reach out"; an intro between two others with the rep cc'd for visibility (both named as prospects);
/// a supplier handing the rep to a new account manager. Whole corpus before the round: 85 messages,
/// precision 100 %, recall 97.8 % (45 of 46; the one miss, "Hannah suggested I get in touch", is older);
/// with it: 138 messages, precision 94.5 %, recall 94.5 % (69 of 73).
/// After the detector learned from this round (accent-folded names, introductions made inside a reply that
/// adds someone new, recruiters, supplier hand-overs, the rep copied to watch): 27 of 27, no false alarms;
/// whole corpus 100 % and 100 %. Those figures are fitted to this round: only the first run above is held out.
/// </summary>
internal static partial class IntroductionCorpus
{
    public static IEnumerable<CorpusCase> HeldOut3() => HeldOut3Introductions().Concat(HeldOut3LookAlikes());

    private static IEnumerable<CorpusCase> HeldOut3Introductions()
    {
        // Double opt-in: the ask goes to the rep alone; after the yes, the source introduces in the same thread.
        const string Yara = "Yara Haddad <yara@lucernepublishing.com>";
        const string Felipe = "Felipe Ortega <felipe.ortega@cohowinery.com>";
        yield return Nothing("r3 context: double opt-in ask, to the rep alone", Message(Yara, [Sam], "Would you be open to an intro?",
            "Hi Sam, would you be open to an intro to Felipe Ortega? He runs finance at Coho Winery and is looking at new reporting tools. Happy to connect you if useful – no pressure either way.",
            conversation: "r3-felipe"));
        yield return Nothing("r3 context: the rep says yes", Message(Sam, [Yara], "RE: Would you be open to an intro?",
            "Yes please – thanks Yara!", conversation: "r3-felipe", folder: MailFolderKind.SentItems));
        yield return Introduces("r3 double opt-in: the intro itself, a reply adding the prospect", Message(Yara, [Sam, Felipe], "RE: Would you be open to an intro?",
            "Great! Felipe, meet Sam – the Contoso partner lead I mentioned. Sam, Felipe is the one at Coho Winery. I'll let you two find a time.",
            conversation: "r3-felipe"),
            Yara, Felipe);

        const string Kasia = "Katarzyna Wójcik <k.wojcik@blueyonderairlines.com>";
        yield return Introduces("r3 'thanks both for saying yes', nickname in the body", Message("Noor Al-Sayed <noor@treyresearch.net>", [Sam, Kasia],
            "Sam <> Kasia – as promised",
            "Thanks both for saying yes! Kasia, Sam is the Contoso lead I told you about; Sam, Kasia is heading up the loyalty data programme at Blue Yonder. Over to you."),
            "Noor Al-Sayed <noor@treyresearch.net>", Kasia);

        const string PriyaRaman = "Priya Raman <priya.raman@wideworldimporters.com>";
        yield return Introduces("r3 'Sam, meet Priya. Priya, meet Sam.'", Message("Tobias Klein <tobias.klein@alpineskihouse.com>", [Sam, PriyaRaman],
            "Two people I admire",
            "Sam, meet Priya. Priya, meet Sam. Priya runs operations at Wide World Importers and is drowning in spreadsheets; Sam's team fixes exactly that. I'll step back and let you two find a time."),
            "Tobias Klein <tobias.klein@alpineskihouse.com>", PriyaRaman);

        const string Anneke = "Anneke de Vries <anneke@treyresearch.net>";
        yield return Introduces("r3 'Connecting you two as promised!' under a company-name subject", Message(Marcus, [Anneke, Sam], "Trey Research",
            "Connecting you two as promised! Anneke is rebuilding the research-ops stack at Trey; Sam and team did the same for us last year. I'll let you take it from here."),
            Marcus, Anneke);

        const string Rafael = "Rafael Souza <rafael.souza@lucernepublishing.com>";
        yield return Introduces("r3 'E-intro:' subject, 'e-intro'ing you here'", Message(Hannah, [Sam, Rafael], "E-intro: Sam (Contoso) / Rafael (Lucerne)",
            "Rafael, Sam – as discussed, e-intro'ing you here. Rafael owns the content platform budget at Lucerne Publishing; Sam is the partner lead I rate most. Have a great weekend!"),
            Hannah, Rafael);

        const string Nadia = "Nadia Petrenko <nadia.petrenko@blueyonderairlines.com>";
        yield return Introduces("r3 'Intro - X (Acme) // Sam (Contoso)'", Message(Ben, [Nadia, Sam], "Intro - Nadia Petrenko (Blue Yonder) // Sam Rivera (Contoso)",
            "Adding you both. Nadia is rolling out a new crew-scheduling system and wants a partner for the reporting side. Sam, Nadia. Nadia, Sam. Over to you two.",
            conversation: "r3-nadia"),
            Ben, Nadia);

        const string Kenji = "Kenji Watanabe <kenji@humongousinsurance.com>";
        yield return Introduces("r3 'Putting you two in touch'", Message(Olivia, [Sam, Kenji], "Putting you two in touch",
            "Hi Sam, hi Kenji – putting you two in touch after our chat at the offsite. Kenji is leading claims analytics at Humongous and Sam's team built our dealer dashboards."),
            Olivia, Kenji);

        const string Tariq = "Tariq Aziz <tariq.aziz@margiestravel.com>";
        yield return Introduces("r3 'I wanted to connect you with X (cc'd)'", Message(Alicia, [Sam], "Tariq Aziz – Margie's Travel",
            "Hi Sam, I wanted to connect you with Tariq (cc'd), who heads up operations at Margie's Travel. He's looking for help consolidating their booking reports and I immediately thought of you.",
            cc: [Tariq]),
            Alicia, Tariq);

        const string Ingrid = "Ingrid Solberg <ingrid@adventure-works.com>";
        yield return Introduces("r3 'Hi both,' names in the body only, 'get you two together'", Message(Rachel, [Sam, Ingrid], "Quick hello",
            "Hi both,\r\n\r\nI've been meaning to get you two together for a while. Ingrid is heading up revenue operations at Adventure Works and Sam runs partnerships at Contoso – I think you'd get a lot out of a conversation. I'll leave it with you!"),
            Rachel, Ingrid);

        // The rep asks a friend; the friend answers in the thread with "+Lars" and the introduction.
        const string Lars = "Lars Eriksen <lars.eriksen@fabrikam.com>";
        yield return Nothing("r3 context: the rep asks a friend for an intro", Message(Sam, [George], "Anyone at Fabrikam's analytics team?",
            "George, do you know anyone on the analytics side at Fabrikam? Would love an intro if so.", conversation: "r3-lars", folder: MailFolderKind.SentItems));
        yield return Introduces("r3 '+Lars' in a reply to the rep's ask", Message(George, [Sam, Lars], "RE: Anyone at Fabrikam's analytics team?",
            "+Lars\r\n\r\nSam – Lars runs the analytics team at Fabrikam and is shortlisting vendors for next year. Lars, Sam is the Contoso partner lead I mentioned at dinner. I'll let you two take it from here.",
            conversation: "r3-lars"),
            George, Lars);

        const string Arjun = "Arjun Mehta <arjun.mehta@wideworldimporters.com>";
        yield return Introduces("r3 'I am hereby introducing Mr. X', Indian business English", Message("Venkat Raman <venkat.r@humongousinsurance.com>", [Sam, Arjun],
            "Introduction - Mr. Arjun Mehta, Wide World Importers",
            "Dear Sam,\r\nGreetings of the day!\r\nAs discussed, I am hereby introducing Mr. Arjun Mehta, Head of Procurement at Wide World Importers. Arjun ji, Sam is the partner lead at Contoso. Kindly take the discussion forward."),
            "Venkat Raman <venkat.r@humongousinsurance.com>", Arjun);

        const string Vogel = "Klaus Vogel <klaus.vogel@graphicdesigninstitute.com>";
        yield return Introduces("r3 'allow me to introduce you to each other', German business English", Message("Johanna Becker <johanna.becker@southridgevideo.com>", [Vogel, Sam],
            "Contact",
            "Dear Mr. Vogel, dear Sam,\r\nallow me to introduce you to each other. Mr. Vogel is responsible for IT purchasing at the Graphic Design Institute; Sam Rivera leads partnerships at Contoso. I am sure a conversation will be fruitful.\r\nBest regards, Johanna Becker"),
            "Johanna Becker <johanna.becker@southridgevideo.com>", Vogel);

        const string Henrik = "Henrik Lund <henrik.lund@alpineskihouse.com>";
        yield return Introduces("r3 small talk before the intro sentence, to the rep's other alias", Message("Daniel Okoye <daniel@fourthcoffee.com>", ["Sam Rivera <sam.rivera@contoso.com>"],
            "Lisbon follow-up",
            "Hi Sam,\r\n\r\nHope you had a great summer and that the kids have settled back into school. It was so good to catch up in Lisbon – I still owe you a dinner.\r\n\r\nAs promised, I'm introducing you to Henrik Lund (cc), who runs IT at Alpine Ski House and is about to replace their whole reporting stack.",
            cc: [Henrik]),
            "Daniel Okoye <daniel@fourthcoffee.com>", Henrik);

        const string Leila = "Leila Ahmadi <leila.ahmadi@margiestravel.com>";
        yield return Introduces("r3 external-sender banner before the intro", Message("Wei Zhang <wei.zhang@southridgevideo.com>", [Sam, Leila], "[External] Sam / Leila",
            "CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\nSam, Leila – introducing you two, as promised. Leila is the new COO at Margie's Travel; Sam is the partner behind our reporting rebuild."),
            "Wei Zhang <wei.zhang@southridgevideo.com>", Leila);

        const string Greta = "Greta Holm <greta.holm@lucernepublishing.com>";
        yield return Introduces("r3 HTML-ish preview: inline image and non-breaking spaces", Message("Paulo Mendes <paulo.mendes@southridgevideo.com>", [Greta, Sam], "Greta + Sam",
            "[cid:image001.png@01DB2C3A.5F1E0A20]\r\n\u00a0\r\nHi Greta, hi Sam,\u00a0\r\n\u00a0\r\nI'd like to introduce you\u00a0– Greta leads digital at Lucerne Publishing and Sam's team at Contoso builds exactly the dashboards she's after.\u00a0Take it away!"),
            "Paulo Mendes <paulo.mendes@southridgevideo.com>", Greta);

        const string Ayo = "Ayo Adebayo <ayo@cohowinery.com>";
        const string Mina = "Mina Park <mina.park@fourthcoffee.com>";
        yield return Introduces("r3 two prospects from two companies in one message", Message(Marcus, [Sam, Ayo, Mina], "Two intros for you, Sam",
            "Sam, I'd like to introduce you to two friends who are wrestling with the same problem: Ayo runs finance at Coho Winery and Mina heads up ops at Fourth Coffee. Ayo, Mina – Sam is the person I keep telling you about."),
            Marcus, Ayo, Mina);

        const string Oskar = "Oskar Nyberg <oskar.nyberg@wideworldimporters.com>";
        yield return Introduces("r3 'Sam meet Oskar, Oskar meet Sam' from a phone", Message(George, [Sam, Oskar], "Oskar",
            "Sam meet Oskar, Oskar meet Sam. You two should talk about the warehouse project.\r\n\r\nSent from my iPhone", conversation: "r3-oskar"),
            George, Oskar);

        const string Eva = "Eva Novak <eva.novak@alpineskihouse.com>";
        yield return Introduces("r3 emoji and company names: '🤝 Contoso <> Alpine Ski House'", Message(Alicia, [Eva, Sam], "🤝 Contoso <> Alpine Ski House",
            "Eva, Sam – as promised. Eva is leading the season-pass platform rebuild at Alpine Ski House and Sam's team built ours. Will let you two take it from here."),
            Alicia, Eva);

        const string Beatrice = "Beatrice Moreau <beatrice@treyresearch.net>";
        yield return Introduces("r3 'Sam, please meet Beatrice', 'here is Sam'", Message(Hannah, [Beatrice, Sam], "Sam, please meet Beatrice",
            "Beatrice, as promised here is Sam. Sam, Beatrice is the new CIO at Trey Research and wants to move off spreadsheets before year-end."),
            Hannah, Beatrice);

        // Inbound referrals: the prospect writes first and names someone the rep knows.
        const string DanaLee = "Dana Lee <dana.lee@cohowinery.com>";
        yield return Nothing("r3 context: ordinary mail from Dana Lee", Message(DanaLee, [Sam], "Re: Panel on Thursday",
            "Thanks Sam, see you at the panel!", at: Start.AddDays(-10)));
        yield return Refers("r3 inbound: 'X passed along your name'", Message("Marta Kowalski <marta.kowalski@southridgevideo.com>", [Sam], "Reporting for Southridge",
            "Hi Sam, Dana Lee passed along your name – she said your team rebuilt Coho's reporting in six weeks. Would you be open to a call?"),
            DanaLee);

        yield return Refers("r3 inbound: 'I was referred to you by X', source written 'Last, First'", Message("Hugo Brandt <hugo.brandt@alpineskihouse.com>", [Sam],
            "Referral from Rachel Smith",
            "Dear Sam,\r\nI was referred to you by Rachel Smith at Fabrikam. We are looking for a partner for our ticketing analytics and she was full of praise for your work."),
            Rachel);

        yield return Refers("r3 inbound: 'X mentioned you'd be the right person'", Message("Selin Kaya <selin.kaya@blueyonderairlines.com>", [Sam], "Loyalty analytics",
            "Hi Sam, Olivia Brandt mentioned you'd be the right person to speak to about loyalty analytics. Do you have 30 minutes next week?"),
            Olivia);

        yield return Refers("r3 inbound: 'X (copied) recommended I get in touch'", Message("Fatima Noor <fatima.noor@humongousinsurance.com>", [Sam], "Claims dashboards",
            "Hi Sam, Ben Walsh (copied) recommended I get in touch – we're replacing our claims dashboards next quarter and he says you're the person to talk to.",
            cc: [Ben]),
            Ben);

        yield return Refers("r3 inbound: source's name typed without its accent", Message("Rui Costa <rui.costa@margiestravel.com>", [Sam], "Hello from Margie's Travel",
            "Hi Sam, Alicia Gomez thought it would be worth us connecting – we're about to choose a reporting partner and she said you're excellent."),
            Alicia);

        yield return Refers("r3 inbound: 'X pointed me your way' after a greeting line", Message("Jonas Weber <jonas.weber@fourthcoffee.com>", [Sam], "Franchise reporting",
            "Good afternoon Sam,\r\n\r\nMarcus Chen pointed me your way when I asked who could help with our franchise reporting. Could we find a time for a call?"),
            Marcus);

        yield return Refers("r3 inbound: 'X kindly shared your contact details'", Message("Chen Jie <chen.jie@lucernepublishing.com>", [Sam], "Introduction via Hannah Okafor",
            "Dear Sam, Hannah Okafor kindly shared your contact details. I lead data at Lucerne Publishing and would value your advice on our BI roadmap."),
            Hannah);
    }

    private static IEnumerable<CorpusCase> HeldOut3LookAlikes()
    {
        const string Kim = "Kim Lee <kim.lee@fabrikam.com>";

        yield return Nothing("r3 vendor: 'let me introduce myself and our company', colleague cc'd", Message("Petra Lang <petra.lang@lucernepublishing.com>", [Sam],
            "Introduction: Lucerne Publishing x Contoso",
            "Hi Sam, let me introduce myself and our company – I'm Petra, enterprise partnerships at Lucerne Publishing. My colleague Oliver (cc) and I would love to show you what we've built for sales teams.",
            cc: ["Oliver Stone <oliver.stone@lucernepublishing.com>"]));

        yield return Nothing("r3 product newsletter 'Introducing… meet…' with no list headers", Message("Fourth Coffee <hello@fourthcoffee.com>", [Sam],
            "Introducing Fourth Coffee for Teams – meet your new office barista",
            "View this email in your browser\r\nIntroducing Fourth Coffee for Teams. Meet the easiest way to connect your office with great coffee.\r\nUnsubscribe | Manage preferences"));

        yield return Nothing("r3 webinar 'meet the team' from a person to two customers", Message("Grant Miller <grant.miller@southridgevideo.com>", [Sam, "Lydia Chen <lydia.chen@cohowinery.com>"],
            "Meet the team behind Southridge Analytics – live, 14 Oct",
            "Hi Sam, Lydia – join us for a 30-minute webinar where you'll meet the team behind Southridge Analytics and see the new connectors live. Register here."));

        yield return Nothing("r3 event 'networking intro session' to a cohort", Message("Ines Duarte <ines.duarte@blueyonderairlines.com>",
            [Sam, "Paul Grant <paul.grant@litwareinc.com>", "Mia Ross <mia.ross@cohowinery.com>"],
            "Networking intro session – autumn partner cohort",
            "Hello all, welcome to the autumn partner cohort! Our networking intro session is on Wednesday at 9:00 – a chance to meet each other and the programme team."));

        yield return Nothing("r3 colleague introduces a new colleague", Message(Tom, [Sam, "Ravi Shah <ravi.shah@contoso.com>"],
            "Intro: Sam <> Ravi (new AE, Benelux)",
            "Sam, meet Ravi – he joined the Benelux team this week. Ravi, Sam is the one to ask about partner deals. Over to you two!"));

        yield return Nothing("r3 recruiter naming someone the rep knows", Message("Jess Moore <jess@northpeakpartners.com>", [Sam],
            "Head of Partnerships role – confidential",
            "Hi Sam, Hannah Okafor suggested I reach out – I'm hiring a Head of Partnerships for a Series B client in London and your background looks like a great fit. Open to a confidential chat?"));

        yield return Nothing("r3 recruiter 'wanted to connect you with my colleague'", Message("Amir Khan <amir.khan@northpeakpartners.com>", [Sam],
            "Exciting VP Sales opportunity",
            "Hi Sam, I wanted to connect you with my colleague Beth (cc'd), who is leading a VP Sales search I think you'd be perfect for.",
            cc: ["Beth Lowe <beth.lowe@northpeakpartners.com>"]));

        yield return Nothing("r3 out-of-office reply without auto-reply headers", Message("Oskar Nyberg <oskar.nyberg@wideworldimporters.com>", [Sam],
            "Automatic reply: Oskar",
            "Thank you for your email. I am out of the office until Monday 12 October with limited access to email. For urgent matters please contact my colleague Ulla Berg.",
            conversation: "r3-oskar"));

        yield return Nothing("r3 colleague forwards 'FW: Intro:' with no intro of his own, prospect cc'd", Message(Tom, [Sam],
            "FW: Intro: Katja (Trey Research) <> Tom (Contoso)",
            "Sam – this one's more your patch, over to you.\r\n\r\nFrom: George Smith <george@adatum.com>\r\nSent: Monday, 5 October 2026 09:12\r\nTo: Katja Horvat; Tom Becker\r\nSubject: Intro: Katja (Trey Research) <> Tom (Contoso)\r\n\r\nKatja, meet Tom...",
            cc: ["Katja Horvat <katja.horvat@treyresearch.net>"]));

        yield return Nothing("r3 the prospect's 'RE: Intro' adding her colleague", Message("Nadia Petrenko <nadia.petrenko@blueyonderairlines.com>", [Sam],
            "RE: Intro - Nadia Petrenko (Blue Yonder) // Sam Rivera (Contoso)",
            "Thanks Ben (to bcc)! Sam, great to e-meet you. Adding Jan from my team – could we meet Tuesday or Wednesday?",
            cc: ["Jan Ek <jan.ek@blueyonderairlines.com>"], conversation: "r3-nadia"));

        string[] council = [Sam, .. Enumerable.Range(1, 7).Select(n => $"Member {n} <member{n}@council{n}.example>")];
        string[] councilCc = [.. Enumerable.Range(8, 4).Select(n => $"Member {n} <member{n}@council{n}.example>")];
        yield return Nothing("r3 'introducing you to each other' to twelve people, four in Cc", Message(Ben, council, "Intro: autumn partner council",
            "Hi all – as promised, introducing you to each other ahead of the council dinner. Sam, meet everyone; short bios below.", cc: councilCc));

        yield return Nothing("r3 a second source introduces a prospect the rep already tracks", Message(Rachel, [Sam, "Jordan Blake <JORDAN@tailspintoys.com>"],
            "Sam, meet Jordan",
            "Jordan, Sam – I know Olivia already put you in touch, but I wanted to second it: you two should definitely talk."));

        yield return Nothing("r3 Teams invitation 'Intro call' with no calendar header", Message("Leila Ahmadi <leila.ahmadi@margiestravel.com>", [Sam, "Omar Said <omar.said@margiestravel.com>"],
            "Intro call: Margie's Travel / Contoso",
            "________________________________________________________________________________\r\nMicrosoft Teams meeting\r\nJoin on your computer, mobile app or room device\r\nClick here to join the meeting\r\nMeeting ID: 318 442 907 115\r\nPasscode: 7hQx2b"));

        yield return Nothing("r3 social network 'wants to introduce you'", Message("LinkedIn <messages-noreply@linkedin.com>", [Sam],
            "Tobias Klein wants to introduce you to Kai Berg",
            "Tobias Klein has introduced you to Kai Berg, Head of Sales at Alpine Ski House. Accept introduction · View profile. You are receiving LinkedIn notification emails. Unsubscribe"));

        yield return Nothing("r3 'can we meet Tuesday?' with 'happy to connect'", Message("Kenji Watanabe <kenji@humongousinsurance.com>", [Sam, "Rosa Diaz <rosa.diaz@humongousinsurance.com>"],
            "Can we meet Tuesday?",
            "Hi Sam, Rosa and I can meet Tuesday at 10 – does that work? Happy to connect on Teams if you're travelling."));

        yield return Nothing("r3 'Q3 / Q4 planning' to two contacts", Message(George, [Sam, Kim], "Q3 / Q4 planning",
            "Hi both, draft for the Q3 / Q4 planning session attached. Kim, Sam – can we meet Thursday to go through it?"));

        yield return Nothing("r3 the source's nudge later in the intro thread", Message(George, [Sam, "Lars Eriksen <lars.eriksen@fabrikam.com>"],
            "RE: Anyone at Fabrikam's analytics team?", "Did you two manage to connect? Happy to help find a time.", conversation: "r3-lars"));

        yield return Nothing("r3 an intro between two others, the rep cc'd for visibility", Message(George, [Kim, "Hiro Tanaka <hiro.tanaka@treyresearch.net>"],
            "Intro: Kim (Fabrikam) <> Hiro (Trey Research)",
            "Kim, meet Hiro – Hiro runs the Trey Research lab I mentioned. Hiro, Kim is the procurement lead at Fabrikam. (Sam cc'd for visibility, since Contoso works with you both.)",
            cc: [Sam]));

        yield return Nothing("r3 vendor adds its solutions architect in a reply", Message("Nora Field <nora.field@southridgevideo.com>", [Sam],
            "RE: SSO questions",
            "Hi Sam, I wanted to connect you with Hal (cc'd), our solutions architect, who can answer the SSO questions from Tuesday's demo.",
            cc: ["Hal Becker <hal.becker@southridgevideo.com>"]));

        yield return Nothing("r3 supplier hands over to a new account manager", Message("Lucy Grey <lucy.grey@cohowinery.com>", [Sam],
            "Introducing your new account team",
            "Hi Sam, I'm moving to a new role, so I'd like to introduce you to Sean (cc'd), who will be your account manager from 1 November.",
            cc: ["Sean Park <sean.park@cohowinery.com>"]));

        yield return Nothing("r3 onboarding welcome 'meet your onboarding manager'", Message("Trey Research Onboarding <onboarding@treyresearch.net>", [Sam, Priya],
            "Welcome! An introduction to onboarding",
            "Welcome to Trey Research! This introduction to our onboarding process will help you and your team get started. Meet your onboarding manager, Alex."));

        yield return Nothing("r3 colleague forwards an inbound referral meant for her", Message(Priya, [Sam],
            "FW: George Smith suggested I reach out",
            "Sam, can you take this one?\r\n\r\nFrom: Leo Grant <leo.grant@treyresearch.net>\r\nSent: Tuesday\r\nHi Priya, George Smith suggested I reach out about your onboarding service."));

        yield return Nothing("r3 'nice to meet you' from a new contact copying her boss", Message("Katarzyna Wójcik <k.wojcik@blueyonderairlines.com>", [Sam],
            "Nice to meet you",
            "Hi Sam, nice to meet you yesterday! Copying Piotr, who owns the loyalty budget – can we meet again next week?",
            cc: ["Piotr Zielinski <piotr.z@blueyonderairlines.com>"]));
    }
}
