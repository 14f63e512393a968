namespace OutlookReferral.Introductions.Languages;

/// <summary>German: Sie and du, "Herr"/"Frau" before surnames, WG: forwards and AW: replies.</summary>
internal static class German
{
    public static readonly LanguageWording Words = new()
    {
        Language = "German",
        Anchors =
        [
            "vorstell", "bekannt", "kontakt", "kopie", "in cc", "in die cc", "austausch", "kennenlern", "unterhalt", "empfehl", "empfohl",
            "namen", "adresse", "verwies", "verwiesen", "meinte", "geraten", "anraten", "auf rat", "vermittlung", "vorgeschlagen", "nahegelegt",
            "erzählt", "berichtet", "bescheid", "melde dich", "meld dich", "hinzu", "zusammen", "kurzschließen", "stelle ich", "stellen wir",
            "stelle dir", "stelle euch", "stelle ihnen",
        ],
        IntroSubjects = [@"(?:kurze |gegenseitige )?(?:vorstellung|kennenlernen|kontakt(?:herstellung|vermittlung)?)\s*(?:[:\-–—|]|$)"],
        Outright =
        [
            @"(?:euch|sie|dich|uns) (?:beide |zwei )?(?:gerne? |hiermit |kurz )*(?:miteinander |einander |gegenseitig )?bekannt (?:zu )?machen",
            @"(?:bringe|bringen|verbinde|vernetze|verbinden|vernetzen) (?:ich |wir )?(?:euch|sie|dich) (?:beide |zwei )?(?:hiermit |gerne? |kurz |wie versprochen )*(?:miteinander |mit [^.!?;]{1,60}? )?(?:in kontakt|zusammen)",
            @"(?:darf|möchte|moechte|will) (?:ich )?(?:ihnen|dir|euch) (?:gerne? |kurz |hiermit )*(?:herrn? |frau )?(?-i:\p{Lu})[\p{L}-]+(?: (?-i:\p{Lu})[\p{L}-]+)? vorstellen",
            @"(?:stelle|stellen) (?:ich |wir )?(?:ihnen|dir|euch) (?:gerne? |hiermit |kurz )*(?:herrn? |frau )?(?-i:\p{Lu})[\p{L}-]+(?: (?-i:\p{Lu})[\p{L}-]+)? vor",
            @"(?:ihr|sie) (?:beide |zwei )?(?:solltet|sollten|müsst|müssen) (?:euch|sich) (?:unbedingt |mal |einmal |dringend |wirklich )*(?:austauschen|kennenlernen|unterhalten|kurzschließen)",
        ],
        Handoff =
        [
            @"(?:nehme|setze|füge) (?:ich )?(?:herrn? |frau )?(?-i:\p{Lu})[^.!?;]{0,60}? (?:mit )?(?:in (?:kopie|cc|die cc)|hinzu)",
            @"(?:ansprechpartner(?:in)?|expert(?:e|in)|person|kontakt) bei (?-i:\p{Lu})[\p{L}-]+,? (?:von (?:der|dem) ich (?:dir|ihnen|euch) erzählt)",
            @"(?:von (?:der|dem) ich (?:dir|ihnen|euch) (?:erzählt|berichtet) habe)",
        ],
        ForwardHandoff =
        [
            @"(?:melde|meld) dich (?:gerne? |doch |direkt |einfach )*bei (?:ihm|ihr|ihnen)",
            @"(?:er|sie) weiß bescheid",
        ],
        CitesThenName =
        [
            @"auf (?:empfehlung|anraten|rat|vermittlung) (?:von |des |der )?{name}",
            @"(?:ihren|deinen|ihre|deine) (?:namen|kontakt|kontaktdaten|adresse) (?:habe ich )?(?:von|über) {name}",
        ],
        NameThenCites =
        [
            @"{name}(?: \([^)]{1,30}\))?,? (?:hat|hatte) (?:mir )?(?:ihren|deinen|ihre|deine) (?:namen|kontakt|kontaktdaten|e-?mail-?adresse) (?:genannt|gegeben|weitergegeben|empfohlen)",
            @"{name}(?: \([^)]{1,30}\))?,? (?:hat|hatte) mir (?:empfohlen|geraten|vorgeschlagen|nahegelegt),? (?:mich|mit ihnen|mit dir)",
            @"{name}(?: \([^)]{1,30}\))?,? (?:hat|hatte) mich (?:an sie|an dich|zu ihnen|zu dir) verwiesen",
            @"{name}(?: \([^)]{1,30}\))?,? meinte,? (?:dass )?(?:sie|du) (?:seien|seist|wären|wärst|sind|bist|könnten|könntest)",
        ],
        LookBack =
        [
            @"(?:damals|vor (?:einem|zwei|drei|ein paar) (?:jahr|jahren|monaten))[^.!?]{0,60}?(?:bekannt gemacht|vorgestellt|in kontakt gebracht|vermittelt)",
            @"(?:bekannt gemacht|vorgestellt|in kontakt gebracht|vermittelt) (?:hast|habt|haben)[^.!?]{0,30}?(?:damals|letztes jahr|vor)",
            @"(?:seit|seitdem) (?:du|sie|ihr) uns[^.!?]{0,40}?(?:bekannt gemacht|vorgestellt|in kontakt gebracht)",
        ],
        SelfIntroduction =
        [
            @"(?:darf|möchte) ich mich (?:ihnen |dir )?(?:kurz |gerne? )*vorstellen", @"ich stelle mich (?:ihnen |dir )?(?:kurz )?vor",
            @"(?:ihnen|dir) (?:gerne? |kurz )*(?:unsere?n?|meine?n?) (?:lösung|produkt|angebot|firma|unternehmen|team|dienstleistung)\w* (?:vor(?:zu)?stellen|vor)",
        ],
        Recruiting = [@"personalberat\w*", @"headhunt\w*", @"für (?:einen|unseren|meinen) (?:mandanten|kunden) (?:eine?n? )?(?:leitung|position|stelle|geschäftsführ)", @"stellenangebot", @"vertraulich\w* (?:gespräch|anfrage) [^.!?]{0,20}?(?:position|stelle)"],
        ServiceHandover =
        [
            @"(?:übernimmt|übernehmen) [^.!?]{0,60}?(?:die )?(?:betreuung|ihr(?:es)? (?:konto|kundenkonto|account))",
            @"(?:ihr|ihre|dein|deine) (?:neue[rn]? |künftige[rn]? )?(?:ansprechpartner(?:in)?|kundenbetreuer(?:in)?|account-?manager(?:in)?|betreuer(?:in)?)",
            @"ansprechpartnerwechsel",
        ],
        Observer = [@"zur (?:information|info|kenntnis)", @"zu ihrer information", @"in kopie zur (?:info|information|kenntnis)"],
        Honorifics = ["Herr", "Herrn", "Frau", "Dr", "Prof", "Dipl.-Ing"],
        ShortNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Andi"] = ["Andreas"], ["Kathi"] = ["Katharina"], ["Käthe"] = ["Katharina"], ["Steffi"] = ["Stefanie", "Stephanie"], ["Wolf"] = ["Wolfgang"],
            ["Hansi"] = ["Hans"], ["Uli"] = ["Ulrich", "Ulrike"], ["Flo"] = ["Florian"], ["Basti"] = ["Sebastian"], ["Chrissi"] = ["Christina", "Christiane"],
            ["Sepp"] = ["Josef"], ["Franzi"] = ["Franziska"], ["Gabi"] = ["Gabriele"], ["Moni"] = ["Monika"], ["Susi"] = ["Susanne"], ["Tobi"] = ["Tobias"],
            ["Matze"] = ["Matthias"], ["Jo"] = ["Johannes", "Johanna"], ["Lisa"] = ["Elisabeth"], ["Fritz"] = ["Friedrich"], ["Klaus"] = ["Nikolaus"],
        },
    };
}
