using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    public static IEnumerable<CorpusCase> TrueIntroductions()
    {
        const string Kim = "Kim Lee <kim.lee@fabrikam.com>";
        yield return Introduces("classic 'Intro:' subject with A <> B", Message(George, [Sam, Kim],
            "Intro: Kim (Fabrikam) <> Sam (Contoso)",
            "Sam, Kim – as promised. Kim runs procurement at Fabrikam and is looking at options for next year. Sam leads partnerships at Contoso and is the person I'd trust on this. I'll let you two take it from here."),
            George, Kim);

        const string Raj = "Raj Patel <raj.patel@northwindtraders.com>";
        yield return Introduces("bare 'Introduction' subject, introduce you to each other", Message(Alicia, [Raj, Sam],
            "Introduction",
            "Hi Raj, hi Sam,\r\n\r\nI'd like to introduce you to each other. Raj is heading up the finance transformation at Northwind and Sam's team has done exactly this for two of our clients."),
            Alicia, Raj);

        const string Dana = "Dana Whitfield <dana@wingtiptoys.com>";
        yield return Introduces("body-only wording: 'Sam — meet Dana'", Message(Marcus, [Sam, Dana],
            "Someone you should know",
            "Sam — meet Dana. Dana is VP Operations at Wingtip Toys and mentioned last week she's evaluating new tooling for the warehouse teams. Dana, Sam is the one I keep telling you about."),
            Marcus, Dana);

        const string Ayesha = "Ayesha Khan <ayesha@tailspintoys.com>";
        const string Jonas = "Jonas Berg <jonas.berg@tailspintoys.com>";
        yield return Introduces("two prospects in one introduction", Message(Hannah, [Sam, Ayesha, Jonas],
            "Intro: Sam / Ayesha & Jonas (Tailspin)",
            "Hi all — connecting you as discussed. Ayesha and Jonas are rebuilding Tailspin's partner programme and Sam has lived through that twice."),
            Hannah, Ayesha, Jonas);

        const string Leo = "Leo Martins <leo@proseware.com>";
        yield return Introduces("the rep in Cc, the prospect in To", Message(Ben, [Leo],
            "Leo, meet Sam", "Leo, meet Sam Rivera (cc'd) from Contoso – the person I mentioned over lunch. Sam, Leo is CTO at Proseware and is about to choose a partner for the migration.",
            cc: [Sam]),
            Ben, Leo);

        const string Mei = "Mei Tanaka <mei.tanaka@relecloud.com>";
        yield return Introduces("double opt-in wording", Message(Olivia, [Mei, Sam],
            "Connecting you two",
            "Hi Mei and Sam, both of you said yes to an intro, so here it is! Mei is building out Relecloud's data team; Sam helped us set up ours last spring."),
            Olivia, Mei);

        const string Sofia = "Sofia Rossi <sofia@woodgrovebank.com>";
        const string Owen = "Owen Price <owen.price@litwareinc.com>";
        yield return Introduces("'happy to connect you' from a source the rep never wrote with", Message(Sofia, [Sam, Owen],
            "Sam <> Owen",
            "Happy to connect you two! Owen, Sam is the one I told you about at the conference. Sam, Owen looks after vendor selection at Litware."),
            Sofia, Owen);

        const string Jake = "Jake Morrison <jake@fourthcoffee.com>";
        const string Nina = "Nina Petrova <nina.petrova@adventure-works.com>";
        yield return Introduces("lower-case, casual", Message(Jake, [Nina, Sam],
            "quick intro",
            "hey both — putting you in touch as promised. nina, sam's the guy i mentioned who sorted out our licensing mess. sam, nina's at adventure works and has the same headache. ill let you take it from here"),
            Jake, Nina);

        const string Elena = "Elena Vasquez <elena.vasquez@fabrikam.com>";
        yield return Refers("inbound referral with the source in Cc, first name only", Message(Elena, [Sam],
            "Referred by George",
            "Hi Sam, George (cc'd) suggested I reach out – we're reviewing our vendor contracts for 2027 and he spoke highly of your team.",
            cc: [George]),
            George);

        yield return Refers("inbound: 'X suggested I get in touch'", Message("Grace Liu <grace.liu@litwareinc.com>", [Sam],
            "Quick question about your onboarding service",
            "Hello Sam,\r\nHannah Okafor suggested I get in touch with you. I run IT at Litware and we're planning to move 400 people to the new platform in Q1."),
            Hannah);

        yield return Refers("inbound: 'I was referred to you by X' under an 'Introduction' subject", Message("Peter Novak <peter.novak@wingtiptoys.com>", [Sam],
            "Introduction",
            "Dear Mr Rivera, I was referred to you by Marcus Chen at Relecloud regarding your reporting services. Would you have time for a short call?"),
            Marcus);

        yield return Refers("inbound: 'X gave me your details'", Message("Amara Osei <amara@adatum.com>", [Sam],
            "Contract analytics",
            "Hi Sam – George Smith gave me your details after our board meeting. Would you have 20 minutes next week to talk about contract analytics?"),
            George);

        yield return Refers("inbound: 'At X's suggestion'", Message("Felix Wagner <felix.wagner@proseware.com>", [Sam],
            "Reporting for Proseware",
            "Good morning Sam, At Alicia Gómez's suggestion I'm reaching out about the reporting work you did for Woodgrove."),
            Alicia);

        yield return Refers("inbound: 'X recommended that I contact you'", Message("Isla Fraser <isla@northwindtraders.com>", [Sam],
            "Data migration",
            "Hi Sam, Ben Walsh recommended that I contact you about our data migration. We're on a tight timeline and he says you're the best."),
            Ben);

        const string Tomas = "Tomás Herrera <tomas.herrera@relecloud.com>";
        yield return Introduces("'I'd like you to meet', from a 'Last, First' display name", Message(Rachel, [Sam, Tomas],
            "Introducing Tomás Herrera",
            "Sam, I'd like you to meet Tomás. He's just joined Relecloud as head of sales ops and is looking for exactly what you do."),
            Rachel, Tomas);

        const string Victor = "Victor Lindqvist <victor@woodgrovebank.com>";
        yield return Introduces("company names on both sides of a slash", Message(Marcus, [Victor, Sam],
            "Contoso / Woodgrove Bank",
            "Victor, Sam: as discussed at the summit, I think there's a lot you could do together on treasury reporting. Victor, Sam's team built the reconciliation tool we use."),
            Marcus, Victor);

        const string Ines = "Ines Moreau <ines.moreau@relecloud.com>";
        const string Chloe = "Chloe Dubois <chloe.dubois@litwareinc.com>";
        yield return Introduces("the source copies her own colleague, who is not the prospect", Message(Ines, [Sam, Chloe],
            "Intro - Sam Rivera / Chloe Dubois",
            "Chloe, Sam — e-introducing you as promised. Chloe is rolling out a new CRM at Litware; Sam has done a dozen of these. (Copying my colleague for visibility.)",
            cc: ["Hugo Laurent <hugo@relecloud.com>"]),
            Ines, Chloe);

        const string Lucas = "Lucas Meyer <lucas@fabrikam.com>";
        const string Sara = "Sara Holm <sara.holm@fabrikam.com>";
        const string Ade = "Ade Bello <ade@fabrikam.com>";
        yield return Introduces("three prospects from one company", Message(George, [Sam, Lucas, Sara, Ade],
            "Intro: Fabrikam design team <> Sam",
            "Sam, meet the Fabrikam design leads: Lucas, Sara and Ade. They're kicking off a tooling review this quarter and I said you'd be a good person to talk to."),
            George, Lucas, Sara, Ade);

        const string Yusuf = "Yusuf Demir <yusuf@adatum.com>";
        yield return Introduces("a forward whose own opening introduces", Message(Olivia, [Sam, Yusuf],
            "Fwd: Treasury automation RFP",
            "Sam, Yusuf – forwarding the note below so you have context. Yusuf, Sam is the person I was telling you about; I think you two should talk before the RFP goes out.\r\n\r\n---------- Forwarded message ---------\r\nFrom: Yusuf Demir"),
            Olivia, Yusuf);

        const string Camille = "Camille Roy <camille.roy@wingtiptoys.com>";
        yield return Introduces("'wanted to introduce you both'", Message(Ben, [Sam, Camille],
            "Camille at Wingtip",
            "Hi Sam and Camille, I wanted to introduce you both – Camille is taking over vendor management at Wingtip and Sam is the partner we've relied on for years."),
            Ben, Camille);

        const string Mateo = "Mateo Silva <mateo.silva@proseware.com>";
        yield return Introduces("'connecting you with X' under a 'Proseware + Contoso' subject", Message(Hannah, [Sam, Mateo],
            "Proseware + Contoso",
            "Hi Sam, connecting you with Mateo, who runs revenue operations at Proseware. Mateo, Sam is the partner I mentioned on Tuesday."),
            Hannah, Mateo);

        const string Jin = "Jin Park <jin.park@tailspintoys.com>";
        yield return Introduces("a colleague of the rep introduces an outside prospect", Message(Priya, [Jin],
            "Intro: Jin / Sam",
            "Jin, great chatting at the expo. As promised, here's the intro to Sam, who looks after accounts like yours at Contoso.",
            cc: [Sam]),
            Priya, Jin);

        yield return Refers("inbound: a colleague of the rep 'mentioned you'", Message("Oscar Lind <oscar.lind@woodgrovebank.com>", [Sam],
            "Reconciliation tooling",
            "Hi Sam, your colleague Priya Nair mentioned you're the right person to talk to about reconciliation tooling for a mid-size bank."),
            Priya);

        const string Zara = "Zara Ahmed <zara.ahmed@adatum.com>";
        yield return Introduces("subject-only wording: 'Sam, meet Zara'", Message(Alicia, [Sam, Zara],
            "Sam, meet Zara",
            "Hi both! Zara and I worked together at Woodgrove for years. She's now at Adatum and has a project you'd be perfect for."),
            Alicia, Zara);

        yield return Refers("inbound: 'X said I should drop you a line'", Message("Noah Fischer <noah@tailspintoys.com>", [Sam],
            "Hello from Tailspin",
            "Hi Sam, I met George at the Adatum customer day last week. George Smith said I should drop you a line about our reporting backlog."),
            George);

        const string Freya = "Freya Nilsen <freya@northwindtraders.com>";
        yield return Introduces("'Double opt-in intro' subject", Message(Marcus, [Freya, Sam],
            "Double opt-in intro: Sam Rivera <> Freya Nilsen",
            "Thanks both for the OK on this one. Freya runs the PMO at Northwind Traders; Sam is my go-to for delivery tooling."),
            Marcus, Freya);

        yield return Refers("inbound naming the source by first name only, not copied", Message("Dmitri Volkov <dmitri@litwareinc.com>", [Sam],
            "Hannah suggested I get in touch",
            "Hi Sam, Hannah suggested I get in touch – I've just taken over the Litware account on our side and would love to understand what you did for her team."),
            Hannah);

        const string Maya = "Maya Singh <maya.singh@wingtiptoys.com>";
        yield return Introduces("'Introduction:' with names and companies, rep in Cc", Message(Olivia, [Maya],
            "Introduction: Maya Singh (Wingtip Toys) – Sam Rivera (Contoso)",
            "Maya, as promised, copying Sam who I think can help with the dealer portal. I'll leave you to it!",
            cc: [Sam]),
            Olivia, Maya);

        const string Ruth = "Ruth Adeyemi <ruth@proseware.com>";
        yield return Introduces("the source's own colleague is the prospect", Message(ChrisAtProseware, [Sam, Ruth],
            "Intro to Ruth",
            "Sam, let me introduce my colleague Ruth, who has just taken over our analytics budget. Ruth, Sam ran the pilot with us last year."),
            ChrisAtProseware, Ruth);

        const string Ahmed = "Ahmed Karimi <a.karimi@relecloud.com>";
        yield return Introduces("'you two should know each other' with an [EXTERNAL] tag on the subject", Message(Ben, [Ahmed, Sam],
            "[EXTERNAL] Ahmed & Sam",
            "Ahmed, Sam – you two should know each other. Ahmed leads procurement at Relecloud and Sam helped us with almost the same project."),
            Ben, Ahmed);
    }
}
