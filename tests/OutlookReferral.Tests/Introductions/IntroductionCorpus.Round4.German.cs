using static OutlookReferral.Tests.Introductions.HtmlBody;
using static OutlookReferral.Tests.Introductions.IntroMail;
using static OutlookReferral.Tests.Introductions.RoundMailbox;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    /// <summary>Round 4, German: a rep at Contoso Deutschland. Sie and du, WG: and AW:, "auf Empfehlung von".</summary>
    private static CorpusMailbox Round4German()
    {
        var box = new RoundMailbox("de", "Jana Hoffmann <jana.hoffmann@contoso.de>");
        var jana = box.Me;
        const string Krueger = "Krüger, Stefan <stefan.krueger@fabrikam.de>";
        const string Meier = "Katharina Meier <k.meier@adatum.de>";
        const string Schulz = "Wolfgang Schulz <wolfgang.schulz@northwindtraders.de>";
        const string Vogt = "Andreas Vogt <andreas.vogt@litware.de>";
        const string Sabine = "Sabine Keller <sabine.keller@woodgrovebank.de>";
        const string Markus = "Markus Lehmann <markus.lehmann@contoso.de>";
        var de = ForwardLabels.German;

        box.Knows(Krueger, "Jahresgespräch", "Vielen Dank für den Termin, Frau Hoffmann.", 110);
        box.Knows(Meier, "Workshop", "Die Folien hänge ich an. Viele Grüße Kathi", 90);
        box.Knows(Schulz, "AW: Rahmenvertrag", "Unterschrieben zurück.", 75);
        box.Knows(Vogt, "Mittagessen?", "Donnerstag passt! Andi", 50);
        box.Knows(Schulz, "Vorstellung: Frau Keller / Frau Hoffmann", "Liebe Frau Keller, liebe Frau Hoffmann, ich möchte Sie miteinander bekannt machen.", 300, "r4de-keller", [Sabine]);
        box.Knows(Sabine, "Projektstart", "Bis Montag!", 260);
        box.Wrote([Sabine], "AW: Projektstart", "Freue mich, bis Montag.", 259);
        box.Knows(Markus, "Teammeeting", "Montag 9 Uhr.", 15);

        // Introductions.
        const string Brandt = "Tobias Brandt <t.brandt@alpineskihouse.de>";
        box.Introduces("r4 de formal: 'gerne möchte ich Sie miteinander bekannt machen'", Mail(Krueger, [jana, Brandt],
            "Vorstellung: Frau Hoffmann (Contoso) / Herr Brandt (Alpine Ski House)", Outlook(
            "Sehr geehrte Frau Hoffmann, sehr geehrter Herr Brandt,", "",
            "gerne möchte ich Sie miteinander bekannt machen. Herr Brandt verantwortet die IT bei Alpine Ski House und sucht einen Partner für das Reporting; Frau Hoffmann hat uns bei genau diesem Thema hervorragend unterstützt.",
            "Ich überlasse Ihnen alles Weitere.", "", "Mit freundlichen Grüßen", "Dr. Stefan Krüger"), conversation: "r4de-brandt"),
            Krueger, Brandt);

        const string Lukas = "Lukas Wagner <lukas.wagner@cohowinery.de>";
        box.Introduces("r4 de du: 'wie versprochen bringe ich euch hiermit in Kontakt', nickname signature", Mail(Meier, [jana], "Kennenlernen", Gmail(
            "Liebe Jana, lieber Lukas,", "",
            "wie versprochen bringe ich euch hiermit in Kontakt. Lukas baut gerade das Controlling bei Coho Winery neu auf, Jana ist bei Contoso die Expertin dafür. Meldet euch gern direkt!", "",
            "Viele Grüße", "Kathi"), cc: [Lukas]),
            Meier, Lukas);

        const string Yilmaz = "Mehmet Yilmaz <mehmet.yilmaz@wideworldimporters.de>";
        box.Introduces("r4 de 'darf ich Ihnen Herrn Yilmaz vorstellen?'", Mail(Schulz, [jana, Yilmaz], "Frau Hoffmann – Herr Yilmaz", Outlook(
            "Hallo Frau Hoffmann,", "",
            "darf ich Ihnen Herrn Yilmaz vorstellen? Er leitet den Einkauf bei Wide World Importers und interessiert sich für Ihre Lösung. Herr Yilmaz, Frau Hoffmann ist meine Ansprechpartnerin bei Contoso.", "",
            "Beste Grüße", "Wolfgang Schulz")),
            Schulz, Yilmaz);

        const string Roth = "Claudia Roth <claudia.roth@treyresearch.de>";
        box.Introduces("r4 de WG: the prospect's request with a note on top, prospect cc'd", Mail(Vogt, [jana], "WG: Anfrage Datenplattform", Outlook(
            "Hallo Jana,", "",
            "anbei die Anfrage von Claudia (in Kopie). Ich denke, ihr solltet euch unbedingt mal austauschen – Claudia, Jana ist die Richtige für euer Projekt.", "", "Gruß Andi", "",
            OutlookHeader(de, "Claudia Roth <claudia.roth@treyresearch.de>", "Mittwoch, 30. September 2026 14:02", "Andreas Vogt", "Anfrage Datenplattform"),
            "Hallo Andi, kennst du jemanden, der uns bei der Datenplattform helfen kann?"), cc: [Roth]),
            Vogt, Roth);

        const string Becker = "Anna Becker <anna.becker@southridgevideo.de>";
        box.Introduces("r4 de mid-thread AW:: 'ich nehme Frau Hoffmann in Kopie'", Mail(Schulz, [Becker], "AW: Angebot Reporting", Outlook(
            "Liebe Frau Becker,", "",
            "ich nehme Frau Hoffmann von Contoso in Kopie, die Ihnen bei dieser Frage sicher besser helfen kann als ich. Frau Hoffmann, Frau Becker sucht Unterstützung bei ihrer Reporting-Plattform – alles Weitere unten.", "",
            "Viele Grüße", "Wolfgang Schulz"), cc: [jana]),
            Schulz, Becker);

        box.Refers("r4 de inbound: 'auf Empfehlung von Herrn Dr. Krüger'", Mail("Jörg Neumann <joerg.neumann@humongousinsurance.de>", [jana],
            "Anfrage auf Empfehlung von Herrn Dr. Krüger", Outlook(
            "Sehr geehrte Frau Hoffmann,", "",
            "auf Empfehlung von Herrn Dr. Krüger wende ich mich an Sie. Wir planen die Ablösung unseres Berichtswesens und würden gern einen Termin vereinbaren.", "",
            "Mit freundlichen Grüßen", "Jörg Neumann")),
            Krueger);

        box.Refers("r4 de inbound: 'Frau Meier von Adatum hat mir Ihren Namen genannt'", Mail("Petra Schmitt <petra.schmitt@margiestravel.de>", [jana], "Dynamics-Einführung", Gmail(
            "Guten Tag Frau Hoffmann,", "",
            "Frau Meier von Adatum hat mir Ihren Namen genannt – sie meinte, Sie könnten uns bei der Einführung von Dynamics helfen. Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?", "",
            "Viele Grüße", "Petra Schmitt")),
            Meier);

        box.Refers("r4 de inbound: 'Andi Vogt meinte, Sie seien die richtige Ansprechpartnerin'", Mail("Felix Hartmann <felix.hartmann@tailspintoys.de>", [jana], "CRM-Projekt", Outlook(
            "Hallo Frau Hoffmann,", "",
            "Andi Vogt meinte, Sie seien genau die richtige Ansprechpartnerin für unser CRM-Projekt. Darf ich Sie dazu kurz anrufen?", "", "Felix Hartmann")),
            Vogt);

        box.Refers("r4 de inbound: 'hat mir empfohlen, mich bei Ihnen zu melden'", Mail("Sebastian Koch <s.koch@lucernepublishing.de>", [jana], "Kontaktaufnahme", Outlook(
            "Sehr geehrte Frau Hoffmann,", "",
            "Herr Schulz von Northwind Traders hat mir empfohlen, mich bei Ihnen zu melden. Wir suchen einen Partner für die Migration unserer Verlagsdaten.", "",
            "Mit freundlichen Grüßen", "Sebastian Koch")),
            Schulz);

        // Look-alikes.
        box.Nothing("r4 de look-back: 'nochmals vielen Dank, dass du uns damals bekannt gemacht hast'", Mail(Sabine, [Schulz], "Go-Live!", Outlook(
            "Lieber Wolfgang,", "",
            "nochmals vielen Dank, dass du uns damals mit Jana bekannt gemacht hast – heute ging unser neues Reporting live! Jana, bis nächste Woche.", "", "Sabine"), cc: [jana]));

        box.Nothing("r4 de recruiter: 'Herr Dr. Krüger hat mir Ihren Namen genannt'", Mail("Miriam Scholz <m.scholz@kopfwerk-personal.de>", [jana], "Vertrauliche Anfrage", Outlook(
            "Sehr geehrte Frau Hoffmann,", "",
            "Herr Dr. Krüger hat mir Ihren Namen genannt. Ich bin Personalberaterin und suche für einen Mandanten eine Leitung Vertrieb – hätten Sie Interesse an einem vertraulichen Gespräch?")));

        box.Nothing("r4 de supplier: 'ab dem 1. Januar übernimmt mein Kollege'", Mail("Thomas Weber <thomas.weber@fabrikam-service.de>", [jana], "Ansprechpartnerwechsel", Outlook(
            "Sehr geehrte Frau Hoffmann,", "",
            "ab dem 1. Januar übernimmt mein Kollege Herr Frank Lorenz (in Kopie) die Betreuung Ihres Kontos. Ich möchte ihn Ihnen hiermit kurz vorstellen.", "",
            "Mit freundlichen Grüßen", "Thomas Weber"), cc: ["Frank Lorenz <frank.lorenz@fabrikam-service.de>"]));

        box.Nothing("r4 de intro between two others, the rep in Kopie zur Information", Mail(Krueger,
            ["Ulrike Arnold <ulrike.arnold@cohowinery.de>", "Martin Sommer <martin.sommer@treyresearch.de>"], "Vorstellung", Outlook(
            "Sehr geehrte Frau Arnold, sehr geehrter Herr Sommer,", "",
            "hiermit möchte ich Sie miteinander bekannt machen: Sie arbeiten beide an der Umstellung auf E-Rechnungen. Frau Hoffmann setze ich zur Information in Kopie.", "",
            "Mit freundlichen Grüßen", "Stefan Krüger"), cc: [jana]));

        box.Nothing("r4 de newsletter: 'Lernen Sie unser neues Team kennen'", Mail("Northwind Traders <newsletter@northwindtraders.de>", [jana], "Lernen Sie unser neues Team kennen", Outlook(
            "Lernen Sie die Menschen hinter Ihrem Kundenservice kennen! Wir stellen Ihnen unser neues Team vor.", "Abmelden | Datenschutz"),
            headers: [Header("List-Unsubscribe", "<https://northwindtraders.de/abmelden>")]));

        box.Nothing("r4 de internal: a colleague introduces a new colleague", Mail(Markus, [jana], "Vorstellung neue Kollegin", Gmail(
            "Hallo Jana,", "darf ich dir Lisa Wolf vorstellen? Sie verstärkt ab Montag unser Team im Vertrieb Süd. Lisa, Jana ist unsere Expertin für Partnergeschäft.", "Markus"),
            cc: ["Lisa Wolf <lisa.wolf@contoso.de>"]));

        box.Nothing("r4 de out-of-office naming a colleague", Mail("Petra Schmitt <petra.schmitt@margiestravel.de>", [jana], "Abwesenheitsnotiz: Dynamics-Einführung", Outlook(
            "Ich bin bis einschließlich 16.10. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jan Fuchs (jan.fuchs@margiestravel.de).")));

        box.Nothing("r4 de the prospect's reply-all: 'Vielen Dank für die Vorstellung'", Mail(Brandt, [Krueger, jana],
            "AW: Vorstellung: Frau Hoffmann (Contoso) / Herr Brandt (Alpine Ski House)", Outlook(
            "Vielen Dank für die Vorstellung, Herr Dr. Krüger!", "", "Frau Hoffmann, ich freue mich auf den Austausch – passt Ihnen Donnerstag um 10 Uhr?", "",
            "Beste Grüße", "Tobias Brandt"), conversation: "r4de-brandt"));

        box.Nothing("r4 de WG: an invoice to look at", Mail(Vogt, [jana], "WG: Rechnung 2026-0412", Outlook(
            "Hallo Jana,", "", "kannst du dir die Rechnung bitte mal ansehen? Die Position 3 verstehe ich nicht.", "", "Gruß Andi", "",
            OutlookHeader(de, "Buchhaltung <buchhaltung@contoso.de>", "Montag, 28. September 2026", "Andreas Vogt", "Rechnung 2026-0412"),
            "Sehr geehrte Damen und Herren, anbei erhalten Sie unsere Rechnung.")));

        box.Nothing("r4 de vendor: 'darf ich mich kurz vorstellen'", Mail("Nils Brenner <nils.brenner@proseware.de>", [jana], "Kurze Vorstellung", Outlook(
            "Sehr geehrte Frau Hoffmann,", "",
            "darf ich mich kurz vorstellen: Mein Name ist Nils Brenner und ich betreue bei Proseware Unternehmen wie Ihres. Gern würde ich Ihnen in einem kurzen Termin unsere Lösung vorstellen.")));

        return box.Build();
    }
}
