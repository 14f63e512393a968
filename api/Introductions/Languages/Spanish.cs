namespace OutlookReferral.Introductions.Languages;

/// <summary>Spanish from Spain and Latin America: tú, vosotros, usted and ustedes; RV: forwards.</summary>
internal static class Spanish
{
    public static readonly LanguageWording Words = new()
    {
        Language = "Spanish",
        Anchors =
        [
            "presento", "presentar", "presentaci", "contacto", "en copia", "en cc", "hablé", "comenté", "comentado", "de parte de", "recomend",
            "sugeren", "sugiri", "consejo", "aconsej", "indicación", "pasó", "pasado", "dio tu", "dio su", "dado tu", "dado su", "facilit",
            "dijo que", "dicho que", "dije que", "avisé", "contactarle", "contactarla", "contactarlo", "escribirle", "llamarle", "llamarla",
            "conoceros", "conocerse", "deberíais", "deberían", "dejo que",
        ],
        IntroSubjects = [@"(?:breve )?presentaci[oó]n\s*(?:[:\-–—|]|$)", @"(?:os|les|te|le) presento\b"],
        Outright =
        [
            @"(?:poneros|ponerles|ponerlos|ponerte|ponerle|pongo a|os pongo|les pongo|te pongo) (?:a (?:los|las|ambos|ambas) )?(?:dos )?en contacto",
            @"(?:os|les|te|le) (?:presento|quiero presentar|quería presentar|quisiera presentar)(?: a)?\b",
            @"(?:presentaros|presentarlos|presentarles|presentarlas|presentarte|presentarle)(?: a)?\b",
            @"(?:os|les) dejo (?:en contacto|que (?:sigáis|sigan|habléis|hablen))",
            @"(?:deberíais|deberían|tenéis que|tienen que) (?:conoceros|conocerse|hablar)",
        ],
        Handoff =
        [
            @"(?:te|le|os|les) (?:pongo|incluyo|copio|añado) (?:en copia|en cc) (?:a )?(?-i:\p{Lu})",
            @"(?:pongo|incluyo|añado|copio) (?:a )?(?-i:\p{Lu})[^.!?;]{0,60}? (?:en copia|en cc)",
            @"(?:la persona|el experto|la experta|el contacto|quien) (?:de (?:la|el|quien) que|del que) (?:te|le|os|les) (?:hablé|comenté)",
        ],
        ForwardHandoff =
        [
            @"(?:puedes|podrías|puede|podría) (?:contactarle|contactarla|contactarlo|escribirle|llamarle|llamarla)",
            @"ponte en contacto con (?:él|ella)", @"(?:le|ya le) (?:he dicho|dije|avisé) que(?: (?:le|la|lo))? (?:escribirías|llamarías|contactarías)",
        ],
        CitesThenName =
        [
            @"(?:de parte de|por (?:recomendación|sugerencia|consejo|indicación) de|recomendad[oa] por|a sugerencia de) {name}",
        ],
        NameThenCites =
        [
            @"{name}(?: \([^)]{1,30}\))?,? (?:me )?(?:pasó|ha pasado|dio|ha dado|facilitó|ha facilitado) (?:tu|su) (?:contacto|nombre|correo|email|e-mail|teléfono)",
            @"{name}(?: \([^)]{1,30}\))?,? me (?:recomendó|ha recomendado|sugirió|ha sugerido|aconsejó|ha aconsejado) (?:que )?(?:te |le )?(?:contactar|contactara|escribir|escribiera|hablar|hablara|llamar)",
            @"{name}(?: \([^)]{1,30}\))?,? me (?:dijo|ha dicho|comentó|ha comentado) que (?:eres|es|serías|sería|podrías|podría|usted)",
        ],
        LookBack =
        [
            @"(?:por|de) (?:presentarnos|habernos presentado|ponernos en contacto|habernos puesto en contacto)[^.!?]{0,40}?(?:hace|el año pasado|en su día|aquel)",
            @"desde que (?:nos presentaste|nos presentó|nos pusiste en contacto|nos puso en contacto)",
            @"(?:nos presentaste|nos presentó|nos pusiste en contacto) (?:hace|el año pasado|en su día)",
        ],
        SelfIntroduction =
        [
            @"(?:permítame|permíteme|me gustaría) presentarme", @"(?:le|te|os|les) present(?:o|amos) (?:nuestr[oa]s?|mis?) ", @"(?:presentarle|presentarte|le presentamos|te presentamos) (?:nuestr[oa]s?|mi) (?:empresa|producto|solución|servicio|plataforma|equipo)\w*",
        ],
        Recruiting = [@"headhunter", @"cazatalentos", @"selección de personal", @"reclutador[a]?", @"reclutamiento", @"para un cliente del sector", @"oferta de empleo"],
        ServiceHandover = [@"(?:tu|su) (?:nuevo |nueva )?(?:gestor[a]?|ejecutiv[oa]) de cuenta", @"(?:tu|su) (?:nuevo |nueva )?(?:persona de contacto|interlocutor[a]?)"],
        Observer = [@"para que esté al tanto", @"para (?:tu|su) información", @"para que lo sepas", @"en copia (?:para|a) (?:título informativo|modo informativo)"],
        Honorifics = ["Sr", "Sra", "Srta", "Señor", "Señora", "Don", "Doña", "D", "Dña", "Dr", "Dra", "Ing", "Lic"],
        Articles = ["El", "La"],
        ShortNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Paco"] = ["Francisco"], ["Pancho"] = ["Francisco"], ["Curro"] = ["Francisco"], ["Pepe"] = ["José"], ["Pepa"] = ["Josefa"],
            ["Maricarmen"] = ["María"], ["Mari"] = ["María"], ["Memo"] = ["Guillermo"], ["Nacho"] = ["Ignacio"], ["Chema"] = ["José"],
            ["Manolo"] = ["Manuel"], ["Lola"] = ["Dolores"], ["Concha"] = ["Concepción"], ["Charo"] = ["Rosario"], ["Quique"] = ["Enrique"],
            ["Toni"] = ["Antonio"], ["Juanjo"] = ["Juan"], ["Santi"] = ["Santiago"], ["Álex"] = ["Alejandro", "Alejandra"], ["Rafa"] = ["Rafael"],
            ["Fer"] = ["Fernando"], ["Lupe"] = ["Guadalupe"], ["Beto"] = ["Alberto", "Roberto"],
        },
    };
}
