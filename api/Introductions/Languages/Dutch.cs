namespace OutlookReferral.Introductions.Languages;

/// <summary>Dutch from the Netherlands and Flanders: jij and u, Doorst: forwards and Antw: replies.</summary>
internal static class Dutch
{
    public static readonly LanguageWording Words = new()
    {
        Language = "Dutch",
        Anchors =
        [
            "voorstel", "elkaar", "in contact", "in verbinding", "in de cc", "in cc", "voeg", "noemde", "vertelde", "sprak", "raadde",
            "adviseerde", "aanraden", "advies", "aanbeveling", "verwees", "doorverwezen", "naam", "gegevens", "kennismak", "praten", "afspreken",
            "aan jullie over", "bellen", "mailen", "benaderen", "contacteren", "contact met", "weet ervan", "verwacht",
        ],
        IntroSubjects = [@"(?:kennismaking|voorstelling|introductie)\s*(?:[:\-–—|]|$)"],
        Outright =
        [
            @"(?:jullie|u beiden|je) (?:graag |even |hierbij )*(?:aan|met) elkaar (?:voor ?(?:te )?stellen|voorstellen|voor)",
            @"stel (?:ik )?(?:jullie|u) (?:graag |even |hierbij )*(?:aan elkaar|met elkaar) voor",
            @"(?:breng|brengen) (?:ik |wij )?(?:jullie|je|u) (?:graag |even |hierbij |zoals beloofd )*(?:met elkaar |met [^.!?;]{1,60}? )?in (?:contact|verbinding)",
            @"jullie (?:moeten|zouden) (?:echt |eens |zeker )*(?:met elkaar )?(?:praten|kennismaken|bellen|afspreken)",
            @"ik laat (?:het )?(?:verder )?aan jullie over",
        ],
        Handoff =
        [
            @"(?:zet|voeg|neem) (?:ik )?(?-i:\p{Lu})[^.!?;]{0,60}? (?:even |ook )?(?:in de cc|in cc|toe)",
            @"(?:degene|de persoon|de specialist|de expert|diegene) (?:die|over wie|waarover) (?:ik|wij)(?: (?:je|u|jullie))? (?:noemde|vertelde|over vertelde|sprak)",
        ],
        ForwardHandoff =
        [
            @"(?:kun|kan|wil) (?:je|jij|u) (?:hem|haar) (?:even |direct |misschien )*(?:bellen|mailen|benaderen|contacteren)",
            @"neem (?:jij |u )?(?:even |gerust )*contact (?:met hem|met haar) op", @"(?:hij|zij|ze) (?:weet ervan|verwacht je|verwacht uw)",
        ],
        CitesThenName =
        [
            @"via {name} (?:kreeg|heb|ontving) ik (?:uw|je|jouw) (?:naam|gegevens|contactgegevens|e-?mailadres)",
            @"(?:op (?:aanraden|advies|aanbeveling) van|doorverwezen door) {name}",
        ],
        NameThenCites =
        [
            @"{name}(?: \([^)]{1,30}\))?,? (?:raadde|adviseerde) (?:me|mij|ons) aan",
            @"{name}(?: \([^)]{1,30}\))?,? (?:verwees|heeft) (?:me|mij|ons) (?:naar (?:u|jou|je)|doorverwezen)",
            @"{name}(?: \([^)]{1,30}\))?,? (?:gaf|heeft) (?:me|mij|ons) (?:uw|je|jouw) (?:naam|gegevens|contactgegevens|e-?mailadres)",
        ],
        LookBack =
        [
            @"(?:dat|omdat) (?:je|jij|u) ons (?:destijds|toen|vorig jaar|een tijd geleden)[^.!?]{0,30}?(?:voorgesteld|in contact gebracht)",
            @"(?:sinds|sinds dat) (?:je|jij|u) ons (?:aan elkaar |met elkaar )?(?:hebt |heeft )?(?:voorgesteld|in contact (?:hebt |heeft )?gebracht)",
        ],
        SelfIntroduction = [@"(?:graag )?stel ik (?:mij|me|mijzelf) (?:even |graag |kort )*(?:aan u |aan je )?voor", @"(?:ons|onze) (?:bedrijf|product|oplossing|diensten|team) (?:aan u |aan je )?(?:voor ?(?:te )?stellen|voorstellen)"],
        Recruiting = [@"recruiter", @"werving", @"vacature", @"headhunter", @"voor een (?:klant|opdrachtgever) (?:een|op zoek)"],
        ServiceHandover = [@"(?:uw|je|jouw) (?:nieuwe )?(?:accountmanager|contactpersoon|aanspreekpunt|relatiebeheerder)"],
        Observer = [@"ter info(?:rmatie)?", @"ter kennisname", @"voor de volledigheid", @"zodat (?:je|u|hij|zij) op de hoogte (?:is|bent)"],
        Honorifics = ["De heer", "heer", "Mevrouw", "Mevr", "Dhr", "Meneer", "Dr", "Ir", "Drs", "Mr"],
        ShortNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Wim"] = ["Willem", "Wilhelmus"], ["Jan"] = ["Johannes"], ["Hans"] = ["Johannes"], ["Joke"] = ["Johanna"], ["Hanneke"] = ["Johanna"],
            ["Piet"] = ["Pieter", "Petrus"], ["Kees"] = ["Cornelis"], ["Joop"] = ["Johannes"], ["Henk"] = ["Hendrik"], ["Gert"] = ["Gerardus"],
            ["Bram"] = ["Abraham"], ["Klaas"] = ["Nicolaas"], ["Tinus"] = ["Martinus"], ["Sjaak"] = ["Jacobus"], ["Lies"] = ["Elisabeth"],
            ["Bas"] = ["Sebastiaan"], ["Job"] = ["Jacobus"], ["Ria"] = ["Maria"], ["Mieke"] = ["Maria"], ["Ruud"] = ["Rudolf"], ["Dirk"] = ["Diederik"],
        },
    };
}
