using static OutlookReferral.Tests.Introductions.HtmlBody;
using static OutlookReferral.Tests.Introductions.IntroMail;
using static OutlookReferral.Tests.Introductions.RoundMailbox;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    /// <summary>Round 4, English: a rep at Contoso US. Mid-thread hand-offs, forwards, short names, look-backs.</summary>
    private static CorpusMailbox Round4English()
    {
        var box = new RoundMailbox("en", "Elena Park <elena.park@contoso.com>", "elena@contoso.com");
        var elena = box.Me;
        const string Liz = "Elizabeth Moreno <elizabeth.moreno@woodgrovebank.com>";
        const string Bill = "William Turner <bill.turner@northwindtraders.com>";
        const string Kate = "Katherine O'Neill <katherine.oneill@litwareinc.com>";
        const string Rob = "Robert Hughes <rob.hughes@relecloud.com>";
        const string Jon = "Jonathan Pike <jonathan.pike@adatum.com>";
        const string Marco = "Marco Bianchi <marco.bianchi@fourthcoffee.com>";
        const string Priyanka = "Priyanka Das <priyanka.das@cohowinery.com>";
        const string Alexander = "Alexander Weber <alexander.weber@graphicdesigninstitute.com>";
        const string Derek = "Derek Shaw <derek.shaw@contoso.com>";
        var en = ForwardLabels.English;

        box.Knows(Liz, "Board dinner", "Lovely to see you on Thursday!", 120);
        box.Knows(Bill, "RE: Northwind renewal", "Signed and returned, thanks Elena.", 95);
        box.Knows(Kate, "Litware offsite", "Slides attached.", 80);
        box.Knows(Rob, "Migration retro", "Notes from the retro attached.", 70);
        box.Knows(Jon, "Intro: Elena (Contoso) <> Marco (Fourth Coffee)", "Elena, meet Marco – Marco, Elena. Over to you!", 240, "r4en-marco", [Marco]);
        box.Wrote([Marco], "RE: Intro: Elena (Contoso) <> Marco (Fourth Coffee)", "Lovely to meet you, Marco – Tuesday works.", 239, "r4en-marco", [Jon]);
        box.Knows(Marco, "Kick-off", "See you Monday.", 200);
        box.Knows(Priyanka, "Month-end close", "Numbers attached.", 150, cc: [Kate]);
        box.Wrote([Priyanka], "RE: Month-end close", "Thanks Priyanka!", 149);
        box.Knows(Alexander, "Licence count", "We need 40 more seats.", 60);
        box.Knows(Derek, "Pipeline review", "Friday 10am.", 20);

        // Introductions.
        const string Ana = "Ana Souza <ana.souza@margiestravel.com>";
        box.Introduces("r4 en mid-thread: source adds the rep on cc to a thread with the prospect", Mail(Rob, [Ana], "RE: Data warehouse options", Outlook(
            "Ana – adding Elena Park from Contoso (cc) as promised. She led our warehouse migration and is the person I'd call.",
            "Elena, Ana runs data at Margie's Travel; her question is below.", "", "Rob", "",
            OutlookHeader(en, "Ana Souza <ana.souza@margiestravel.com>", "Monday, October 5, 2026 4:12 PM", "Robert Hughes", "Data warehouse options"),
            "Hi Rob, any thoughts on who could help us move off our old warehouse?"), cc: [elena]),
            Rob, Ana);

        const string Omar = "Omar Haddad <omar.haddad@wideworldimporters.com>";
        box.Introduces("r4 en mid-thread: '+Elena' with the prospect in To", Mail(Bill, [Omar, elena], "RE: Q1 planning", Gmail(
            "+Elena (Contoso)", "",
            "Omar, Elena is the partner I mentioned on Tuesday's call – she can walk you through the licensing question. Moving myself to bcc.", "",
            "Bill"), conversation: "r4en-omar"),
            Bill, Omar);

        const string Tomas = "Tomás Reyes <tomas.reyes@blueyonderairlines.com>";
        box.Introduces("r4 en FW: the prospect's request with a line of introduction, prospect cc'd", Mail(Liz, [elena], "FW: Looking for a reporting partner", Outlook(
            "Elena – forwarding Tomás's note below; I think you're exactly who he needs. Tomás, Elena runs partnerships at Contoso. I'll let you two connect.", "",
            "Liz", "",
            OutlookHeader(en, "Tomás Reyes <tomas.reyes@blueyonderairlines.com>", "Friday, October 2, 2026 9:03 AM", "Elizabeth Moreno", "Looking for a reporting partner"),
            "Hi Liz, do you know a good partner for our reporting rebuild?"), cc: [Tomas]),
            Liz, Tomas);

        const string Grace = "Grace Kim <grace.kim@lucernepublishing.com>";
        box.Introduces("r4 en Fwd: the prospect named only in the forwarded header", Mail(Kate, [elena], "Fwd: Help with Dynamics rollout?", Gmail(
            "Elena, see below – Grace at Lucerne is looking for help with exactly what you do. Could you reach out to her directly? She knows to expect you.", "",
            "Kate", "",
            GmailHeader(en, "Grace Kim <grace.kim@lucernepublishing.com>", "Thu, Oct 1, 2026 at 5:40 PM", "Katherine O'Neill <katherine.oneill@litwareinc.com>", "Help with Dynamics rollout?"),
            "Kate – who helped you with your rollout?")),
            Kate, Grace);

        const string Sven = "Sven Olsen <sven.olsen@alpineskihouse.com>";
        box.Introduces("r4 en 'Fw:' intro request, 'Sven, meet Elena'", Mail(Jon, [elena], "Fw: intro request", Outlook(
            "Elena – Sven asked me for an introduction to someone who knows Contoso's platform inside out. That's you! Sven, meet Elena.", "", "Jon", "",
            OutlookHeader(en, "Sven Olsen", "Tuesday, September 29, 2026 11:20 AM", "Jonathan Pike", "intro request")), cc: [Sven]),
            Jon, Sven);

        const string Yusuf = "Yusuf Demir <yusuf.demir@cohowinery.com>";
        box.Introduces("r4 en mid-thread 'looping in Elena'", Mail(Jon, [Yusuf], "RE: Supply-chain dashboards", Outlook(
            "Yusuf – looping in Elena from Contoso, who I mentioned at lunch. Elena, Yusuf is rethinking Coho's supply-chain reporting; would you two find a time?", "", "Jon"),
            cc: [elena], conversation: "r4en-yusuf"),
            Jon, Yusuf);

        const string Amara = "Amara Obi <amara.obi@adventure-works.com>";
        box.Introduces("r4 en forward from a source the rep met once, the prospect is his colleague", Mail("Hiroshi Sato <hiroshi.sato@adventure-works.com>", [elena],
            "Fwd: Partner recommendation?", Gmail(
            "Elena, we met at the Seattle summit. Amara on my team is looking for a Contoso partner – forwarding her question below. Amara, Elena is who I mentioned.", "",
            GmailHeader(en, "Amara Obi <amara.obi@adventure-works.com>", "Wed, Sep 30, 2026", "Hiroshi Sato", "Partner recommendation?")), cc: [Amara]),
            "Hiroshi Sato <hiroshi.sato@adventure-works.com>", Amara);

        box.Refers("r4 en inbound: 'Liz suggested I reach out', source not copied", Mail("Noah Fischer <noah.fischer@treyresearch.net>", [elena], "CRM migration", Outlook(
            "Hi Elena,", "", "Liz suggested I reach out – we're evaluating partners for our CRM migration and she spoke very highly of your team.", "", "Best, Noah")),
            Liz);

        box.Refers("r4 en inbound: 'Bill Turner mentioned' for William Turner", Mail("Chloe Martin <chloe.martin@tailspintoys.com>", [elena], "Partner portal", Gmail(
            "Hello Elena,", "", "Bill Turner mentioned you might be able to help us with our partner portal. Would you have time for a short call next week?", "", "Chloe")),
            Bill);

        box.Refers("r4 en inbound: 'Katie (cc'd) said you're the person', source copied", Mail("Raj Patel <raj.patel@humongousinsurance.com>", [elena], "Claims reporting", Outlook(
            "Hi Elena – Katie (cc'd) said you're the person to talk to about claims reporting. Could we set up 30 minutes?", "", "Raj"), cc: [Kate]),
            Kate);

        box.Refers("r4 en inbound: 'Jon Pike put me onto you'", Mail("Lea Novak <lea.novak@southridgevideo.com>", [elena], "Hello from Southridge", Gmail(
            "Hi Elena,", "Jon Pike put me onto you – he said Contoso transformed Adatum's reporting. We're at the same starting point. Are you free for a call?", "Lea")),
            Jon);

        box.Refers("r4 en inbound: 'Rob from Relecloud … suggested I get in touch'", Mail("Ines Carvalho <ines.carvalho@wingtiptoys.com>", [elena], "Migration help", Outlook(
            "Hi Elena,", "", "Rob from Relecloud told me you helped them with their migration and suggested I get in touch. We start ours in January.", "", "Kind regards,", "Ines Carvalho")),
            Rob);

        // Look-alikes.
        box.Nothing("r4 en look-back: a customer thanks source and rep for an introduction made last spring", Mail(Marco, [Jon, elena], "Go-live 🎉", Outlook(
            "Jon, Elena – thank you both again for the introduction last spring. We went live today and the team loves it!", "", "Marco")));

        box.Nothing("r4 en look-back: 'ever since you put me in touch with Elena'", Mail(Priyanka, [Kate], "Thank you", Gmail(
            "Kate – ever since you put me in touch with Elena last year our month-end close takes two days instead of ten. Elena, see you at the renewal meeting.", "Priyanka"),
            cc: [elena]));

        box.Nothing("r4 en reply deep in the old intro thread", Mail(Marco, [elena], "RE: RE: Intro: Elena (Contoso) <> Marco (Fourth Coffee)", Outlook(
            "Elena, attaching the signed SOW for phase two. Thanks!", "", "Marco", "",
            OutlookHeader(en, "Elena Park", "Tuesday, February 3, 2026", "Marco Bianchi", "RE: Intro: Elena (Contoso) <> Marco (Fourth Coffee)"),
            "Lovely to meet you, Marco – Tuesday works."), conversation: "r4en-marco"));

        box.Nothing("r4 en recruiter: 'Liz Moreno suggested I reach out'", Mail("Dana Whitfield <dana.whitfield@brightpathsearch.com>", [elena], "Confidential – VP Partnerships", Outlook(
            "Hi Elena, Liz Moreno suggested I reach out – I'm recruiting a VP of Partnerships for a fintech client, and your background is a great fit. Open to a confidential chat?")));

        box.Nothing("r4 en supplier hands the rep to a new customer success manager", Mail("Connor Blake <connor.blake@fabrikam.com>", [elena], "Introducing your new Customer Success Manager", Outlook(
            "Hi Elena,", "", "I'm moving to our EMEA team, so I'd like to introduce you to Ruth Adler (cc), who'll be your customer success manager from January.", "", "Connor"),
            cc: ["Ruth Adler <ruth.adler@fabrikam.com>"]));

        box.Nothing("r4 en intro between two others, rep cc'd FYI", Mail(Rob, ["Nina Kowalski <nina.k@margiestravel.com>", "Paul Weiss <paul.weiss@treyresearch.net>"],
            "Nina <> Paul", Gmail(
            "Nina, Paul – introducing you two as promised: Nina needs a translator for the Lisbon office, Paul runs a translation agency. (Elena cc'd, FYI.)", "Rob"),
            cc: [elena]));

        box.Nothing("r4 en internal hand-off: a colleague forwards an inquiry", Mail(Derek, [elena], "FW: Inquiry from Fourth Coffee", Outlook(
            "Elena – can you take this one? I'm out next week.", "",
            OutlookHeader(en, "Jamal Reed <jamal.reed@fourthcoffee.com>", "Monday, October 5, 2026", "Derek Shaw", "Inquiry"),
            "Hi Derek, Marco Bianchi suggested I contact you about adding a second site.")));

        box.Nothing("r4 en newsletter: 'Meet your new relationship team'", Mail("Woodgrove Bank <news@woodgrovebank.com>", [elena], "Meet your new relationship team", Outlook(
            "Meet the people behind your business account. We're delighted to introduce our new relationship managers for the West region.", "Unsubscribe | Privacy"),
            headers: [Header("List-Unsubscribe", "<mailto:unsubscribe@woodgrovebank.com>"), Header("Precedence", "bulk")]));

        box.Nothing("r4 en a known contact forwards an article", Mail(Bill, [elena], "FW: Analyst note on partner ecosystems", Outlook(
            "Thought you'd like this one.", "",
            OutlookHeader(en, "Research Digest <digest@northwindtraders.com>", "Sunday, October 4, 2026", "William Turner", "Analyst note on partner ecosystems"),
            "This week: why partner ecosystems outgrow their first CRM.")));

        box.Nothing("r4 en 'Alex from our IT team' is not the Alexander the rep knows", Mail("Felix Braun <felix.braun@southridgevideo.com>", [elena], "Licences", Gmail(
            "Hi Elena, Alex from our IT team mentioned you're the contact for Contoso licences – can you send me the price list?", "Felix")));

        box.Nothing("r4 en the prospect's reply-all thanking the source for the intro", Mail(Yusuf, [Jon, elena], "RE: Supply-chain dashboards", Outlook(
            "Thanks Jon for the intro! Elena, lovely to meet you – does Thursday at 2pm work?", "", "Yusuf"), conversation: "r4en-yusuf"));

        box.Nothing("r4 en out-of-office naming a colleague, without auto-reply headers", Mail(Grace, [elena], "Automatic reply: Help with Dynamics rollout?", Outlook(
            "I'm out of the office until 14 October. For urgent matters, please contact my colleague Mark Lee (mark.lee@lucernepublishing.com).")));

        return box.Build();
    }
}
