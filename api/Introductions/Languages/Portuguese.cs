namespace OutlookReferral.Introductions.Languages;

/// <summary>Portuguese from Brazil and Portugal: você, tu and o senhor, articles before names, ENC: forwards and RES: replies.</summary>
internal static class Portuguese
{
    public static readonly LanguageWording Words = new()
    {
        Language = "Portuguese",
        Anchors =
        [
            "apresent", "contato", "contacto", "em cópia", "em copia", "em cc", "na conversa", "falei", "indic", "sugest", "recomend", "passou",
            "conselho", "pedido", "deu o", "deu seu", "deu teu", "enviou", "disse que", "comentou que", "falou que", "contactá", "contatá",
            "falar com ele", "falar com ela", "ligar para", "escrever", "vontade", "conversar", "se conhecer",
        ],
        IntroSubjects = [@"apresenta(?:ção|cao)\s*(?:[:\-–—|]|$)", @"introdu(?:ção|cao)\s*(?:[:\-–—|]|$)"],
        Outright =
        [
            @"(?:apresentar|apresento) (?:vocês|voces|vos|os dois|as duas|ambos)\b", @"(?:vos|os|lhes|te|lhe) (?:apresentar|apresento)\b(?! (?:a nossa|nossa|nosso|o nosso|os nossos|as nossas|meu|minha)\b)",
            @"apresento-(?:vos|lhes|te)", @"(?:colocando|colocar|coloco|pôr|pondo|ponho) (?:vocês|voces|você|voce|vos|os|te|a senhora|o senhor) (?:dois |dessa |duas )?em (?:contato|contacto)",
            @"(?:deixo|deixando) (?:vocês|voces|vos) (?:à vontade|a vontade|em contato|em contacto)", @"(?:vocês|voces) (?:deveriam|precisam|têm de|tem que) (?:conversar|se conhecer|falar)",
        ],
        Handoff =
        [
            @"(?:incluindo|incluo|coloco|copiando|copio|adiciono|adicionando) (?:a |o )?(?-i:\p{Lu})[^.!?;]{0,60}?(?:em cópia|em copia|em cc|na conversa)",
            @"(?:a especialista|o especialista|a pessoa|o contato|o contacto|quem) de quem (?:te|lhe|vos) falei",
        ],
        ForwardHandoff =
        [
            @"(?:podes|pode|poderia|consegue|consegues) (?:contactá-lo|contactá-la|contatá-lo|contatá-la|falar com (?:ele|ela)|ligar para (?:ele|ela))",
            @"(?:já lhe disse|já disse a ele|já disse a ela|já avisei) que (?:irias|ia|você ia|vais|vai) (?:escrever|ligar|entrar em contato)",
        ],
        CitesThenName =
        [
            @"(?:por (?:indicação|indicacao|sugestão|sugestao|recomendação|recomendacao|conselho) d[oae]|a pedido d[oae]|indicad[oa] pel[oa]) {name}",
        ],
        NameThenCites =
        [
            @"{name}(?: \([^)]{1,30}\))?,? (?:me )?(?:passou|deu|enviou|indicou) (?:o )?(?:seu|teu) (?:contato|contacto|nome|e-?mail|telefone)",
            @"{name}(?: \([^)]{1,30}\))?,? me (?:indicou|recomendou) (?:você|voce|a senhora|o senhor|seu nome|falar|procurar|entrar em contato)",
            @"{name}(?: \([^)]{1,30}\))?,? (?:me )?(?:disse|comentou|falou) que (?:você|voce|a senhora|o senhor|a beatriz|podia|poderia)",
        ],
        LookBack =
        [
            @"(?:por (?:ter|terem) (?:nos|-nos) apresentado|por nos ter apresentado|por nos ter(?:es)? posto em contacto)[^.!?]{0,30}?(?:no ano passado|há|naquela época|na altura)",
            @"desde que (?:você|tu|o senhor|a senhora) nos (?:apresentou|colocou em contato|pôs em contacto)",
        ],
        SelfIntroduction = [@"permita-me apresentar-me", @"gostaria de me apresentar", @"apresentar (?:a nossa|nossa|nosso|o nosso|os nossos|as nossas) (?:empresa|solução|produto|serviço|equipe|equipa|plataforma)"],
        Recruiting = [@"recrutador[a]?", @"recrutamento", @"headhunter", @"vaga de", @"para um cliente (?:do setor|nosso)", @"oportunidade de emprego"],
        ServiceHandover = [@"(?:seu|sua|teu|tua|o seu|a sua) (?:novo |nova )?(?:gerente|gestor[a]?) de contas?", @"(?:seu|sua|o seu|a sua) (?:novo |nova )?(?:ponto de contato|contato principal|interlocutor[a]?)"],
        Observer = [@"para (?:seu |teu )?conhecimento", @"para (?:sua|tua) informação", @"para ficar a par", @"só para (?:você|tu) saber"],
        Honorifics = ["Sr", "Sra", "Senhor", "Senhora", "Dr", "Dra", "Eng", "Prof", "Dom", "Dona"],
        Articles = ["A", "O", "Da", "Do"],
        ShortNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Edu"] = ["Eduardo"], ["Nanda"] = ["Fernanda"], ["Bia"] = ["Beatriz"], ["Zé"] = ["José"], ["Tonico"] = ["Antônio", "António"],
            ["Toninho"] = ["Antônio", "António"], ["Chico"] = ["Francisco"], ["Guto"] = ["Augusto", "Gustavo"], ["Gabi"] = ["Gabriela"],
            ["Rafa"] = ["Rafael", "Rafaela"], ["Dani"] = ["Daniela", "Daniel"], ["Fê"] = ["Fernanda"], ["Lu"] = ["Luciana", "Lúcia"],
            ["Carol"] = ["Carolina"], ["Juca"] = ["José"], ["Leo"] = ["Leonardo"], ["Malu"] = ["Maria Luísa"], ["Mari"] = ["Mariana"],
        },
    };
}
