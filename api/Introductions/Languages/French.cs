namespace OutlookReferral.Introductions.Languages;

/// <summary>French from France and Belgium: vous and tu, "Madame"/"Monsieur", TR: forwards and "RE :" replies.</summary>
internal static class French
{
    public static readonly LanguageWording Words = new()
    {
        Language = "French",
        Anchors =
        [
            "présent", "relation", "en contact", "en copie", "en cc", "la boucle", "parlé", "de la part", "conseil", "recommand", "suggestion",
            "suggéré", "coordonnées", "orienté", "dirigé", "renvoyé", "prévenu", "au courant", "attend", "contacter", "échanger", "rencontrer",
            "vous parler", "à vous dire", "laisse",
        ],
        IntroSubjects = [@"(?:mise en (?:relation|contact)|présentation)\s*(?:[:\-–—|]|$)"],
        Outright =
        [
            @"(?:vous|te|les) (?:mettre|mets|mettre tous les deux) en (?:relation|contact)",
            @"(?:je|j'|j’)(?: me permets de)? ?(?:vous|te) (?:présente|présenter)(?! (?:notre|nos|mon|ma|mes|l'offre|notre offre)\b)",
            @"(?:le plaisir|l'honneur|l’honneur) de vous présenter (?:l'un à l'autre|l’un à l’autre|(?-i:\p{Lu}))",
            @"vous présenter l(?:'|’)un à l(?:'|’)autre",
            @"(?:vous devriez|vous gagneriez à|vous auriez (?:beaucoup|intérêt)) (?:vraiment )?(?:échanger|vous parler|vous rencontrer|à vous dire|à échanger)",
            @"je vous laisse (?:échanger|voir ensemble|prendre contact|vous organiser)",
        ],
        Handoff =
        [
            @"(?:je |j'|j’)(?:mets|ajoute|inclus|copie) (?:en copie )?(?-i:\p{Lu})[^.!?;]{0,60}?(?:en copie|en cc|à la boucle)",
            @"(?:la personne|celui|celle) (?:dont|de qui) je (?:t|vous)(?:'|’)ai parlé",
        ],
        ForwardHandoff =
        [
            @"(?:peux-tu|pourrais-tu|pouvez-vous|pourriez-vous) (?:le|la|les) contacter", @"contacter (?:directement )?de ma part",
            @"(?:il|elle) est (?:prévenu|prévenue|au courant)", @"(?:il|elle) attend (?:ton|votre) (?:appel|message)",
        ],
        CitesThenName =
        [
            @"(?:de la part de|sur (?:les |le )?conseils? de|sur (?:la )?recommandation de|recommandé(?:e)? par|à la suggestion de) {name}",
        ],
        NameThenCites =
        [
            @"{name}(?: \([^)]{1,30}\))?,? (?:m'a|m’a|nous a) (?:recommandé|conseillé|suggéré) de (?:vous|te) (?:contacter|écrire|appeler|solliciter|parler)",
            @"{name}(?: \([^)]{1,30}\))?,? (?:m'a|m’a|nous a) (?:donné|transmis|communiqué|passé) (?:vos|tes) coordonnées",
            @"{name}(?: \([^)]{1,30}\))?,? (?:m'a|m’a|nous a) (?:orienté|orientée|dirigé|dirigée|renvoyé|renvoyée) vers (?:vous|toi)",
        ],
        LookBack =
        [
            @"(?:de nous avoir|pour nous avoir|nous avoir) (?:mis|mises|présentés|présentées|présenté)[^.!?]{0,40}?(?:l'an dernier|l’an dernier|l'année dernière|il y a|à l'époque|à l’époque)",
            @"depuis que (?:tu nous as|vous nous avez) (?:mis|mises|présentés|présentées)",
        ],
        SelfIntroduction =
        [
            @"permettez-moi de me présenter", @"je me présente", @"(?:vous|te) présenter (?:notre|nos|mon|ma|mes) (?:offre|solution|société|entreprise|produit|service|équipe)",
        ],
        Recruiting = [@"recrutement", @"chasseu(?:r|se) de têtes", @"cabinet de recrutement", @"pour (?:l'un|l’un|un) de mes clients", @"offre d'emploi", @"offre d’emploi"],
        ServiceHandover = [@"(?:votre|ton) (?:nouvel? |nouvelle |futur |futur(?:e)? )?(?:interlocut(?:eur|rice)|chargé(?:e)? de compte|account manager|responsable de compte|contact privilégié)"],
        Observer = [@"pour info(?:rmation)?", @"pour (?:ton|votre) information", @"à titre d'information", @"à titre d’information", @"pour que tu sois au courant"],
        Honorifics = ["M", "Mme", "Mlle", "Monsieur", "Madame", "Me", "Dr", "Pr"],
        ShortNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["JB"] = ["Jean-Baptiste"], ["J-B"] = ["Jean-Baptiste"], ["Fred"] = ["Frédéric", "Frederic", "Frédérique"], ["Manu"] = ["Emmanuel", "Emmanuelle"],
            ["Seb"] = ["Sébastien"], ["Nico"] = ["Nicolas"], ["Steph"] = ["Stéphane", "Stéphanie"], ["Val"] = ["Valérie"], ["Cath"] = ["Catherine"],
            ["Domi"] = ["Dominique"], ["Jeff"] = ["Jean-François"], ["JF"] = ["Jean-François"], ["JP"] = ["Jean-Pierre"], ["JM"] = ["Jean-Marc", "Jean-Michel"],
            ["Pat"] = ["Patrick", "Patricia"], ["Alex"] = ["Alexandre", "Alexandra"], ["Flo"] = ["Florence", "Florian"], ["Max"] = ["Maxime"],
        },
    };
}
