using static OutlookReferral.Tests.Introductions.IntroMail;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    public static IEnumerable<CorpusCase> LookAlikes()
    {
        const string Kim = "Kim Lee <kim.lee@fabrikam.com>";
        var unsubscribe = Header("List-Unsubscribe", "<https://news.relecloud.com/u/8812>");

        yield return Nothing("newsletter 'Meet our new CFO'", Message("Relecloud News <news@relecloud.com>", [Sam],
            "Meet our new CFO, Anita Rao", "This month: meet Anita, our new CFO, plus three things you missed at Relecloud Live.", headers: [unsubscribe]));

        yield return Nothing("product launch newsletter 'Introducing'", Message("Relecloud <marketing@relecloud.com>", [Sam],
            "Introducing Relecloud Insights 3.0", "Meet the fastest way to connect your teams' data.", headers: [Header("List-Id", "<customers.relecloud.com>")]));

        yield return Nothing("Google-style invitation to an intro call", Message("Ella Price <ella@wingtiptoys.com>", [Sam, "Dana Whitfield <dana@wingtiptoys.com>"],
            "Invitation: Intro call with Dana @ Tue 6 Oct 2026 10am - 10:30am (GMT)",
            "Ella Price has invited you to the following event. Intro call with Dana Whitfield and Sam Rivera."));

        yield return Nothing("Outlook meeting request named like an intro", Message(Marcus, [Sam, "Dana Whitfield <dana@wingtiptoys.com>"],
            "Intro: Sam / Dana", "When: Tuesday, October 6, 2026 10:00 AM-10:30 AM. Where: Microsoft Teams meeting. Sam, meet Dana!",
            headers: [Header("Content-Class", "urn:content-classes:calendarmessage")]));

        yield return Nothing("colleagues introducing a new hire to each other", Message(Priya, [Sam, Tom],
            "Intro: Tom <> Sam (new SE)", "Sam, meet Tom, who joins the solutions team on Monday. Tom, Sam knows every account in the north region."));

        yield return Nothing("colleague in a regional subdomain", Message(Lena, [Sam, "Raj Menon <raj@eu.contoso.com>"],
            "Connecting you two", "Connecting you two – Raj runs EMEA pre-sales and has the Fabrikam deck you were after."));

        string[] dinnerGuests = [.. Enumerable.Range(1, 11).Select(n => $"guest{n}@partner{n}.example"), Sam];
        yield return Nothing("introductions to twelve people at once", Message(Hannah, dinnerGuests,
            "Introductions – Litware partner circle", "Hi everyone, I'd like to introduce you all to each other ahead of Thursday's dinner. Quick bios below."));

        yield return Nothing("forward of an intro with no introduction of its own", Message(Olivia, [Sam],
            "Fwd: Intro: Mei <> Sam", "See below – can you two pick a time?\r\n\r\n---------- Forwarded message ---------\r\nFrom: Olivia Brandt\r\nSubject: Intro: Mei <> Sam\r\nMei, meet Sam...",
            cc: ["Mei Tanaka <mei.tanaka@relecloud.com>"]));

        yield return Nothing("the prospect's reply-all to an introduction", Message(Kim, [Sam],
            "Re: Intro: Kim (Fabrikam) <> Sam (Contoso)", "Thanks George (moving you to bcc)! Sam, great to meet you – how does Thursday look?", cc: [George]));

        yield return Nothing("German reply to an introduction", Message("Lukas Weber <lukas.weber@adatum.com>", [Sam, George],
            "AW: Intro: Lukas <> Sam", "Danke George! Sam, I'd be glad to meet – Wednesday works for me."));

        yield return Nothing("'Let's meet Tuesday'", Message(Ben, [Sam, "Isla Fraser <isla@northwindtraders.com>"],
            "Let's meet Tuesday", "Hi Sam, Isla and I are in town next week – let's meet Tuesday at your office? We'd like to walk through the renewal."));

        yield return Nothing("out-of-office reply to an introduction", Message(Kim, [Sam, George],
            "Automatic reply: Intro: Kim (Fabrikam) <> Sam (Contoso)", "I'm out of the office until 12 October. For urgent matters please contact Jo Park.",
            headers: [Header("Auto-Submitted", "auto-replied")]));

        yield return Nothing("introduction of a prospect the rep already tracks", Message(Olivia, [Sam, "Jordan Blake <jordan@tailspintoys.com>"],
            "Intro: Jordan <> Sam", "Jordan, Sam – connecting you as promised. Jordan owns the dealer programme at Tailspin."));

        yield return Nothing("inbound naming someone the rep has never written with", Message("Ravi Menon <ravi@wingtiptoys.com>", [Sam],
            "Warehouse analytics", "Hi Sam, Michael Brennan suggested I reach out about warehouse analytics. Do you have time next week?"));

        yield return Nothing("inbound naming a name two of the rep's contacts share", Message("Hana Ito <hana.ito@relecloud.com>", [Sam],
            "Pilot programme", "Hello Sam, Chris Taylor recommended I contact you about your pilot programme."));

        yield return Nothing("cold sales email copying the seller's manager", Message("Laura Bennett <laura@proseware.com>", [Sam],
            "Introduction", "Hi Sam, I'd love to introduce our product, Proseware Flow, which helps sales teams like yours close 20% faster. My colleague Mark (cc'd) leads our enterprise team.",
            cc: ["Mark Hughes <mark.hughes@proseware.com>"]));

        yield return Nothing("cold email introducing the sender", Message("Ryan Cole <ryan@litwareinc.com>", [Sam],
            "Quick intro - Litware", "Hi Sam, let me introduce myself – I'm Ryan from Litware's partnerships team, copying my colleague Ana who covers your region.",
            cc: ["Ana Ruiz <ana.ruiz@litwareinc.com>"]));

        yield return Nothing("cold email 'introduce you to our new platform' under a pair subject", Message("Zoe Adams <zoe.adams@tailspintoys.com>", [Sam],
            "Tailspin x Contoso", "Hi Sam, I'd like to introduce you to our new partner platform. Liam (cc) and I would love 15 minutes to show you around.",
            cc: ["Liam Ward <liam.ward@tailspintoys.com>"]));

        yield return Nothing("event mail from a no-reply sender", Message("Relecloud Events <no-reply@events.relecloud.com>", [Sam],
            "Meet the speakers: Contoso Summit 2026", "Meet Dana Whitfield and 20 other speakers. Connect with peers in Seattle."));

        yield return Nothing("an assistant scheduling an intro call", Message("Ella Price <ella@wingtiptoys.com>", [Sam, "Dana Whitfield <dana@wingtiptoys.com>"],
            "Intro call – next week?", "Hi Sam, Dana would like to set up a 30 minute intro call. Would Tuesday or Wednesday afternoon suit?"));

        yield return Nothing("forward whose only intro wording is quoted", Message(George, [Sam], "Fw: Pricing for Fabrikam",
            "FYI\r\n________________________________\r\nFrom: Kim Lee\r\nSent: Monday\r\nGeorge, I'd like you to meet our new buyer, Jo Park.", cc: [Kim]));

        yield return Nothing("meeting recap with 'meet & greet'", Message("Dana Whitfield <dana@wingtiptoys.com>", [Sam, "Camille Roy <camille.roy@wingtiptoys.com>"],
            "Recap: meet & greet with Wingtip", "Thanks for coming by yesterday, Sam. Attaching the slides from the session and the action items."));

        yield return Nothing("support mail about connecting to the VPN", Message("Proseware Support <support@proseware.com>", [Sam, "Raymond Doyle <raymond.doyle@proseware.com>"],
            "Connecting to the VPN from home", "Hi Sam, to connect you to the VPN we need you to install the new client first. Raymond will follow up."));

        yield return Nothing("'Terms & Conditions' subject", Message("Fabrikam Legal <legal@fabrikam.com>", [Sam, Kim],
            "Terms & Conditions – Fabrikam order 4471", "Please find the updated terms attached for countersignature."));

        yield return Nothing("an introduction the rep sent", Message(Sam, [Kim, Priya], "Intro: Kim <> Priya",
            "Kim, meet Priya, who runs onboarding on our side.", folder: MailFolderKind.SentItems));

        yield return Nothing("the prospect's thank-you in a new thread", Message(Kim, [Sam], "Thanks for the introduction",
            "George, thanks for connecting us – Sam, looking forward to Thursday.", cc: [George]));

        yield return Nothing("social network notification", Message("Relecloud Connect <notifications@connect.relecloud.com>", [Sam],
            "George Smith recommended you", "George Smith recommended you for Sales Leadership. See who else endorsed you."));

        yield return Nothing("partner portal announcement to a handful of partners", Message("Alicia Gómez <alicia@woodgrovebank.com>", [Sam, "ops@fabrikam.com", "pm@adatum.com"],
            "Introduction to the new partner portal", "Dear partners, from Monday all orders go through the new portal. A short walkthrough is attached."));

        yield return Nothing("bulk-sent 'suggested I reach out'", Message("Dev Kapoor <dev@wingtiptoys.com>", [Sam],
            "Quick question", "Hi Sam, George Smith suggested I reach out about your Q4 plans.", headers: [Header("Precedence", "bulk")]));

        yield return Nothing("vendor handing a support case to a colleague", Message("Tina Marsh <tina@litwareinc.com>", [Sam, "Paul Grant <paul.grant@litwareinc.com>"],
            "Ticket 5521: export failing", "Hi Sam, I'm connecting you with our support team – Paul will take it from here."));
    }
}
