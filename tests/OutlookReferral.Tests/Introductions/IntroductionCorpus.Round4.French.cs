using static OutlookReferral.Tests.Introductions.HtmlBody;
using static OutlookReferral.Tests.Introductions.IntroMail;
using static OutlookReferral.Tests.Introductions.RoundMailbox;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    /// <summary>Round 4, French: a rep at Contoso France with contacts in France and Belgium. Vous and tu, TR:, "de la part de".</summary>
    private static CorpusMailbox Round4French()
    {
        var box = new RoundMailbox("fr", "Camille Laurent <camille.laurent@contoso.fr>");
        var camille = box.Me;
        const string JB = "Jean-Baptiste Moreau <jb.moreau@fabrikam.fr>";
        const string Helene = "Hélène Dubois <helene.dubois@wingtiptoys.fr>";
        const string Fred = "Frédéric Lambert <frederic.lambert@proseware.fr>";
        const string Nathalie = "Nathalie Girard <nathalie.girard@cohowinery.be>";
        const string Sophie = "Sophie Martin <sophie.martin@alpineskihouse.fr>";
        const string Julien = "Julien Petit <julien.petit@contoso.fr>";
        var fr = ForwardLabels.French;

        box.Knows(JB, "Déjeuner", "Avec plaisir, à jeudi ! JB", 100);
        box.Knows(Helene, "RE : Renouvellement", "Signé, merci Camille.", 90);
        box.Knows(Fred, "Atelier données", "Voici les slides. Fred", 65);
        box.Knows(Nathalie, "Salon de Bruxelles", "Ravie de vous avoir revue.", 45);
        box.Knows(Helene, "Mise en relation : Sophie / Camille", "Je vous mets en relation, vous avez beaucoup à vous dire.", 330, "r4fr-sophie", [Sophie]);
        box.Knows(Sophie, "Lancement", "À lundi !", 300);
        box.Wrote([Sophie], "RE : Lancement", "Parfait, à lundi.", 299);
        box.Knows(Julien, "Réunion d'équipe", "Lundi 9h.", 12);

        // Introductions.
        const string Thomas = "Thomas Bernard <thomas.bernard@margiestravel.fr>";
        box.Introduces("r4 fr 'je me permets de vous mettre en relation'", Mail(Helene, [camille, Thomas],
            "Mise en relation : Camille Laurent (Contoso) / Thomas Bernard (Margie's Travel)", Outlook(
            "Bonjour à tous les deux,", "",
            "je me permets de vous mettre en relation. Thomas dirige la transformation digitale chez Margie's Travel et cherche un partenaire pour son reporting ; Camille est la responsable partenariats chez Contoso. Je vous laisse échanger.", "",
            "Bien à vous,", "Hélène")),
            Helene, Thomas);

        const string Claire = "Claire Fontaine <claire.fontaine@treyresearch.fr>";
        box.Introduces("r4 fr tu: 'je te présente Claire (en copie)'", Mail(Fred, [camille], "Présentation", Gmail(
            "Camille,", "",
            "je te présente Claire (en copie), DSI de Trey Research, qui cherche justement quelqu'un comme toi. Claire, Camille est la personne dont je t'ai parlé. Je vous laisse voir ensemble.", "", "Fred"),
            cc: [Claire]),
            Fred, Claire);

        const string Dumont = "Pierre Dumont <pierre.dumont@humongousinsurance.be>";
        box.Introduces("r4 fr Belgium, formal: 'j'ai le plaisir de vous présenter l'un à l'autre'", Mail(Nathalie, [camille, Dumont], "Présentation – Contoso / Humongous Insurance", Outlook(
            "Chère Madame Laurent, cher Monsieur Dumont,", "",
            "j'ai le plaisir de vous présenter l'un à l'autre. Monsieur Dumont est directeur financier chez Humongous Insurance Belgique ; Madame Laurent dirige les partenariats chez Contoso France. Je ne doute pas que vous aurez beaucoup à vous dire.", "",
            "Cordialement,", "Nathalie Girard")),
            Nathalie, Dumont);

        const string Lucas = "Lucas Roux <lucas.roux@lucernepublishing.fr>";
        box.Introduces("r4 fr TR: the prospect named only in the forwarded header", Mail(JB, [camille], "TR: Demande de conseil", Outlook(
            "Camille, je te transfère la demande de Lucas ci-dessous – peux-tu le contacter directement de ma part ? Il est prévenu. Merci ! JB", "",
            OutlookHeader(fr, "Lucas Roux <lucas.roux@lucernepublishing.fr>", "jeudi 1 octobre 2026 18:22", "Jean-Baptiste Moreau", "Demande de conseil"),
            "Salut JB, tu connais un bon intégrateur pour notre CRM ?")),
            JB, Lucas);

        const string Marc = "Marc Lefèvre <marc.lefevre@fourthcoffee.be>";
        box.Introduces("r4 fr mid-thread RE : 'je mets Camille Laurent en copie'", Mail(Nathalie, [Marc], "RE : Projet BI", Outlook(
            "Marc,", "",
            "je mets Camille Laurent, de Contoso, en copie : c'est elle qui pourra le mieux vous accompagner. Camille, je te laisse lire l'historique ci-dessous.", "", "Nathalie"),
            cc: [camille]),
            Nathalie, Marc);

        box.Refers("r4 fr inbound: 'Hélène Dubois m'a recommandé de vous contacter'", Mail("Manon Leroy <manon.leroy@southridgevideo.fr>", [camille], "Projet CRM", Outlook(
            "Bonjour Madame Laurent,", "",
            "Hélène Dubois m'a recommandé de vous contacter au sujet de notre projet de CRM. Seriez-vous disponible pour un échange la semaine prochaine ?", "",
            "Cordialement,", "Manon Leroy")),
            Helene);

        box.Refers("r4 fr inbound: 'de la part de JB Moreau' for Jean-Baptiste", Mail("Antoine Mercier <antoine.mercier@wideworldimporters.fr>", [camille], "De la part de JB Moreau", Gmail(
            "Bonjour Camille,", "",
            "je vous écris de la part de JB Moreau, qui m'a dit le plus grand bien de votre travail chez Fabrikam. Pourrions-nous en parler cette semaine ?", "", "Antoine")),
            JB);

        box.Refers("r4 fr inbound: 'sur les conseils de Frédéric Lambert'", Mail("Élodie Chevalier <elodie.chevalier@adventure-works.fr>", [camille], "Projet d'intégration", Outlook(
            "Madame,", "",
            "sur les conseils de Frédéric Lambert, je me permets de vous solliciter pour un projet d'intégration de nos outils commerciaux. Auriez-vous un créneau pour en discuter ?", "",
            "Bien cordialement,", "Élodie Chevalier")),
            Fred);

        // Look-alikes.
        box.Nothing("r4 fr look-back: 'merci encore de nous avoir mises en relation l'an dernier'", Mail(Sophie, [Helene], "Merci !", Outlook(
            "Hélène,", "", "merci encore de nous avoir mises en relation l'an dernier – Camille et son équipe ont fait un travail formidable. Camille, à jeudi !", "", "Sophie"),
            cc: [camille]));

        box.Nothing("r4 fr recruiter: 'Frédéric Lambert m'a conseillé de vous contacter'", Mail("Aurélie Blanc <aurelie.blanc@cabinet-horizon.fr>", [camille], "Opportunité confidentielle", Outlook(
            "Bonjour Camille,", "",
            "Frédéric Lambert m'a conseillé de vous contacter. Je suis consultante en recrutement et je recherche un(e) directeur(rice) des ventes pour l'un de mes clients. Seriez-vous ouverte à un échange ?")));

        box.Nothing("r4 fr supplier: 'votre interlocuteur sera Romain Faure'", Mail("Isabelle Roche <isabelle.roche@litware.fr>", [camille], "Changement d'interlocuteur", Outlook(
            "Bonjour Madame Laurent,", "",
            "à partir du 1er décembre, votre interlocuteur sera Romain Faure (en copie), que j'ai le plaisir de vous présenter.", "", "Cordialement,", "Isabelle Roche"),
            cc: ["Romain Faure <romain.faure@litware.fr>"]));

        box.Nothing("r4 fr newsletter: 'nous avons le plaisir de vous présenter'", Mail("Wingtip Toys <actualites@wingtiptoys.fr>", [camille], "Découvrez notre nouvelle équipe", Outlook(
            "Nous avons le plaisir de vous présenter notre nouvelle équipe commerciale. Découvrez-la dans cette lettre.", "Se désabonner"),
            headers: [Header("List-Unsubscribe", "<https://wingtiptoys.fr/desabonnement>")]));

        box.Nothing("r4 fr intro between two others, the rep 'en copie pour info'", Mail(Fred,
            ["Laure Garnier <laure.garnier@cohowinery.fr>", "Vincent Robin <vincent.robin@treyresearch.fr>"], "Laure / Vincent", Gmail(
            "Laure, Vincent,", "je vous présente l'un à l'autre : vous cherchez tous les deux un traiteur pour le salon de Lyon. Camille en copie pour info.", "Fred"),
            cc: [camille]));

        box.Nothing("r4 fr internal: 'TR: Demande de devis', a colleague passes a client on", Mail(Julien, [camille], "TR: Demande de devis", Outlook(
            "Camille, tu peux reprendre ce client ? Je pars en congés demain.", "",
            OutlookHeader(fr, "Paul Garcia <paul.garcia@wingtiptoys.fr>", "mercredi 30 septembre 2026", "Julien Petit", "Demande de devis"),
            "Bonjour Julien, pourriez-vous m'envoyer un devis ?")));

        box.Nothing("r4 fr out-of-office naming a colleague", Mail("Manon Leroy <manon.leroy@southridgevideo.fr>", [camille], "Réponse automatique : Projet CRM", Outlook(
            "Je suis absente du bureau jusqu'au 19 octobre. En cas d'urgence, merci de contacter ma collègue Julie Masson.")));

        box.Nothing("r4 fr vendor: 'permettez-moi de me présenter'", Mail("Hugo Perrin <hugo.perrin@tailspintoys.fr>", [camille], "Présentation Tailspin Toys", Outlook(
            "Bonjour Madame Laurent,", "",
            "permettez-moi de me présenter : Hugo Perrin, responsable grands comptes chez Tailspin Toys. J'aimerais vous présenter notre offre lors d'un court rendez-vous.")));

        return box.Build();
    }
}
