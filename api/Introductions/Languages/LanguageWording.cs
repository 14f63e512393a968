namespace OutlookReferral.Introductions.Languages;

/// <summary>
/// How people introduce, refer and hand over in one language, written as data: lists of phrases, each a small
/// regular expression, one file per language. A reviewer reads a language's file to see what it knows;
/// <see cref="Wordings"/> puts the languages together for the detector.
/// </summary>
/// <remarks>
/// In <see cref="CitesThenName"/> and <see cref="NameThenCites"/>, <c>{name}</c> stands for the person cited.
/// Phrases match case-insensitively and allow any run of spaces where they have one.
/// </remarks>
internal sealed record LanguageWording
{
    public required string Language { get; init; }

    /// <summary>Words every phrase below holds one of (or a subject that names an introduction): the cheap look that runs on all mail.</summary>
    public required string[] Anchors { get; init; }

    /// <summary>Subjects that name an introduction: "Vorstellung:", "Mise en relation :".</summary>
    public string[] IntroSubjects { get; init; } = [];

    /// <summary>Phrases that set out to introduce two people: "darf ich vorstellen", "quería poneros en contacto".</summary>
    public string[] Outright { get; init; } = [];

    /// <summary>Phrases that hand someone on, also used for one's own colleagues: "ich nehme Frau X in Kopie", "la persona de la que te hablé".</summary>
    public string[] Handoff { get; init; } = [];

    /// <summary>In a forward, asking the rep to contact the person whose mail is forwarded: "peux-tu le contacter de ma part ?".</summary>
    public string[] ForwardHandoff { get; init; } = [];

    /// <summary>A prospect citing who sent them, the phrase before the name: "auf Empfehlung von {name}".</summary>
    public string[] CitesThenName { get; init; } = [];

    /// <summary>A prospect citing who sent them, the name before the phrase: "{name} me pasó tu contacto".</summary>
    public string[] NameThenCites { get; init; } = [];

    /// <summary>Looking back at an introduction made long ago: "damals bekannt gemacht", "ever since you put us in touch".</summary>
    public string[] LookBack { get; init; } = [];

    /// <summary>Writers introducing themselves or their offer: "darf ich mich kurz vorstellen".</summary>
    public string[] SelfIntroduction { get; init; } = [];

    /// <summary>A job for the rep: "Personalberaterin", "chasseur de têtes".</summary>
    public string[] Recruiting { get; init; } = [];

    /// <summary>The writer's firm handing the rep to a colleague who will serve them: "votre interlocuteur sera".</summary>
    public string[] ServiceHandover { get; init; } = [];

    /// <summary>The rep only copied to watch: "zur Information in Kopie", "en copie pour info".</summary>
    public string[] Observer { get; init; } = [];

    /// <summary>Titles before a surname ("Herrn Dr. Krüger", "Mme Dubois"): the person is then found by last name.</summary>
    public string[] Honorifics { get; init; } = [];

    /// <summary>Articles some languages put before a name ("a Fernanda", "o Edu").</summary>
    public string[] Articles { get; init; } = [];

    /// <summary>Short forms and the full first names they stand for: "Paco" for Francisco.</summary>
    public IReadOnlyDictionary<string, string[]> ShortNames { get; init; } = new Dictionary<string, string[]>();
}
