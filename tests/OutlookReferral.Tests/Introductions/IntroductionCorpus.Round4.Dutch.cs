using static OutlookReferral.Tests.Introductions.HtmlBody;
using static OutlookReferral.Tests.Introductions.IntroMail;
using static OutlookReferral.Tests.Introductions.RoundMailbox;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    /// <summary>Round 4, Dutch: a rep at Contoso Nederland with contacts in the Netherlands and Flanders. Jij, u, Doorst:, Antw:.</summary>
    private static CorpusMailbox Round4Dutch()
    {
        var box = new RoundMailbox("nl", "Daan de Jong <daan.dejong@contoso.nl>");
        var daan = box.Me;
        const string Wim = "Willem van den Berg <willem.vandenberg@northwindtraders.nl>";
        const string Johanna = "Johanna Visser <johanna.visser@litware.nl>";
        const string Pieter = "Pieter Bakker <pieter.bakker@adatum.be>";
        const string Sanne = "Sanne Jansen <sanne.jansen@relecloud.nl>";
        const string Eva = "Eva Mulder <eva.mulder@cohowinery.nl>";
        const string Emma = "Emma Smit <emma.smit@contoso.nl>";
        var nl = ForwardLabels.Dutch;

        box.Knows(Wim, "Lunch", "Donderdag is prima. Wim", 95);
        box.Knows(Johanna, "Antw: Contract", "Getekend retour.", 80);
        box.Knows(Pieter, "Partnerdag Gent", "Bedankt voor je komst!", 60);
        box.Knows(Sanne, "Workshop", "Hierbij de slides.", 40);
        box.Knows(Sanne, "Kennismaking Eva / Daan", "Ik stel jullie graag aan elkaar voor.", 320, "r4nl-eva", [Eva]);
        box.Knows(Eva, "Aftrap project", "Tot maandag!", 290);
        box.Wrote([Eva], "RE: Aftrap project", "Top, tot maandag.", 289);
        box.Knows(Emma, "Teamoverleg", "Maandag 9 uur.", 8);

        // Introductions.
        const string Ruben = "Ruben de Vries <ruben.devries@margiestravel.nl>";
        box.Introduces("r4 nl 'ik wil jullie graag aan elkaar voorstellen'", Mail(Sanne, [daan, Ruben], "Kennismaking Daan (Contoso) – Ruben (Margie's Travel)", Gmail(
            "Hoi Daan, hoi Ruben,", "",
            "ik wil jullie graag aan elkaar voorstellen. Ruben is IT-manager bij Margie's Travel en zoekt een partner voor hun rapportages; Daan heeft ons daar enorm mee geholpen. Ik laat het verder aan jullie over!", "",
            "Groetjes,", "Sanne")),
            Sanne, Ruben);

        const string Lotte = "Lotte Hendriks <lotte.hendriks@treyresearch.nl>";
        box.Introduces("r4 nl 'zoals beloofd breng ik je hierbij in contact met Lotte (in cc)'", Mail(Johanna, [daan], "Lotte Hendriks – Trey Research", Outlook(
            "Beste Daan,", "",
            "zoals beloofd breng ik je hierbij in contact met Lotte Hendriks (in cc), CFO van Trey Research. Lotte, Daan is de specialist van Contoso over wie ik je vertelde. Succes samen!", "",
            "Met vriendelijke groet,", "Johanna"), cc: [Lotte]),
            Johanna, Lotte);

        const string Koen = "Koen Peeters <koen.peeters@humongousinsurance.be>";
        box.Introduces("r4 nl Flanders: 'graag stel ik jullie aan elkaar voor'", Mail(Pieter, [daan, Koen], "Voorstelling", Outlook(
            "Beste Daan, beste Koen,", "",
            "graag stel ik jullie aan elkaar voor. Koen leidt het dataproject bij Humongous Insurance; Daan is partnermanager bij Contoso. Ik denk dat jullie elkaar goed kunnen helpen.", "",
            "Met vriendelijke groeten,", "Pieter")),
            Pieter, Koen);

        const string Femke = "Femke Vos <femke.vos@lucernepublishing.nl>";
        box.Introduces("r4 nl Doorst: the prospect's question with a note on top, prospect cc'd", Mail(Wim, [daan], "Doorst: Vraag over Dynamics", Outlook(
            "Hoi Daan,", "",
            "hierbij de vraag van Femke (in cc) – volgens mij kun jij haar het beste helpen. Femke, Daan is degene die ik noemde.", "", "Groet, Wim", "",
            OutlookHeader(nl, "Femke Vos <femke.vos@lucernepublishing.nl>", "dinsdag 29 september 2026 15:40", "Willem van den Berg", "Vraag over Dynamics"),
            "Hoi Wim, weet jij iemand die ons met Dynamics kan helpen?"), cc: [Femke]),
            Wim, Femke);

        const string Thijs = "Thijs Meijer <thijs.meijer@adventure-works.nl>";
        box.Introduces("r4 nl mid-thread Antw: 'ik zet Daan de Jong even in de cc'", Mail(Johanna, [Thijs], "Antw: Offerte rapportage", Outlook(
            "Hoi Thijs,", "",
            "ik zet Daan de Jong van Contoso even in de cc – hij kan je veel beter helpen met deze vraag dan ik. Daan, zie Thijs' vraag hieronder.", "", "Groet, Johanna"),
            cc: [daan]),
            Johanna, Thijs);

        box.Refers("r4 nl inbound u: 'via Sanne Jansen kreeg ik uw naam'", Mail("Bram Kuipers <bram.kuipers@southridgevideo.nl>", [daan], "Implementatiepartner CRM", Outlook(
            "Geachte heer De Jong,", "",
            "Via Sanne Jansen van Relecloud kreeg ik uw naam. Wij zijn op zoek naar een implementatiepartner voor ons CRM. Zou u tijd hebben voor een kort gesprek?", "",
            "Met vriendelijke groet,", "Bram Kuipers")),
            Sanne);

        box.Refers("r4 nl inbound: 'Wim van den Berg raadde me aan' for Willem", Mail("Sophie Dekker <sophie.dekker@fourthcoffee.nl>", [daan], "Data-aanpak", Gmail(
            "Hallo Daan,", "",
            "Wim van den Berg raadde me aan om contact met je op te nemen over onze data-aanpak. Heb je volgende week even tijd?", "", "Sophie")),
            Wim);

        box.Refers("r4 nl inbound, Flanders: 'Pieter Bakker verwees mij naar jou'", Mail("Jens Claes <jens.claes@wideworldimporters.be>", [daan], "Migratie naar de cloud", Outlook(
            "Dag Daan,", "", "Pieter Bakker verwees mij naar jou voor onze migratie naar de cloud. Kunnen we eens bellen?", "", "Groeten,", "Jens")),
            Pieter);

        // Look-alikes.
        box.Nothing("r4 nl look-back: 'nogmaals bedankt dat je ons destijds aan elkaar hebt voorgesteld'", Mail(Eva, [Sanne], "Bedankt!", Gmail(
            "Sanne,", "nogmaals bedankt dat je ons destijds aan elkaar hebt voorgesteld – het project is een groot succes! Daan, tot dinsdag.", "Eva"), cc: [daan]));

        box.Nothing("r4 nl recruiter: 'Johanna Visser gaf mij je naam'", Mail("Lisa de Boer <lisa.deboer@topwerving.nl>", [daan], "Vertrouwelijke vacature", Outlook(
            "Hoi Daan,", "",
            "Johanna Visser gaf mij je naam. Ik ben recruiter en zoek voor een klant een Sales Director Benelux. Sta je open voor een vertrouwelijk gesprek?")));

        box.Nothing("r4 nl supplier: 'vanaf 1 januari is mijn collega uw nieuwe accountmanager'", Mail("Mark Willems <mark.willems@fabrikam.nl>", [daan], "Nieuwe accountmanager", Outlook(
            "Beste heer De Jong,", "",
            "Vanaf 1 januari is mijn collega Anouk Bos (in cc) uw nieuwe accountmanager. Graag stel ik haar aan u voor.", "", "Met vriendelijke groet,", "Mark Willems"),
            cc: ["Anouk Bos <anouk.bos@fabrikam.nl>"]));

        box.Nothing("r4 nl newsletter: 'Maak kennis met ons nieuwe team'", Mail("Northwind Traders <nieuwsbrief@northwindtraders.nl>", [daan], "Maak kennis met ons nieuwe team", Outlook(
            "Maak kennis met ons nieuwe team! Graag stellen wij onze nieuwe accountmanagers aan u voor.", "Afmelden"),
            headers: [Header("List-Unsubscribe", "<mailto:afmelden@northwindtraders.nl>"), Header("Precedence", "bulk")]));

        box.Nothing("r4 nl intro between two others, the rep 'in cc ter info'", Mail(Pieter,
            ["Hanne Maes <hanne.maes@cohowinery.be>", "Wout Jacobs <wout.jacobs@treyresearch.be>"], "Hanne – Wout", Outlook(
            "Beste Hanne, beste Wout,", "", "graag stel ik jullie aan elkaar voor: jullie zoeken allebei een locatie voor de beurs in Antwerpen. Daan in cc ter info.", "", "Pieter"),
            cc: [daan]));

        box.Nothing("r4 nl internal: a colleague introduces a new colleague", Mail(Emma, [daan], "Nieuwe collega", Gmail(
            "Hoi Daan,", "mag ik je voorstellen aan Tim, onze nieuwe collega bij Inside Sales? Tim, Daan is onze partnerexpert.", "Emma"),
            cc: ["Tim Dijkstra <tim.dijkstra@contoso.nl>"]));

        box.Nothing("r4 nl out-of-office naming a colleague", Mail("Sophie Dekker <sophie.dekker@fourthcoffee.nl>", [daan], "Automatisch antwoord: Data-aanpak", Outlook(
            "Ik ben tot en met 16 oktober afwezig. Voor dringende zaken kunt u contact opnemen met mijn collega Joost van Dam.")));

        box.Nothing("r4 nl Doorst: an event invitation, 'ter info'", Mail(Wim, [daan], "Doorst: Uitnodiging partnerdag", Outlook(
            "Ter info – misschien leuk voor jou?", "",
            OutlookHeader(nl, "Events <events@northwindtraders.nl>", "maandag 28 september 2026", "Willem van den Berg", "Uitnodiging partnerdag"),
            "Graag nodigen wij u uit voor onze partnerdag op 12 november.")));

        return box.Build();
    }
}
