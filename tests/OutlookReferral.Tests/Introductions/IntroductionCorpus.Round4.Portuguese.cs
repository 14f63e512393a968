using static OutlookReferral.Tests.Introductions.HtmlBody;
using static OutlookReferral.Tests.Introductions.IntroMail;
using static OutlookReferral.Tests.Introductions.RoundMailbox;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    /// <summary>Round 4, Portuguese: a rep at Contoso Brasil with contacts in Brazil and Portugal. Você, tu, o senhor, ENC:, RES:.</summary>
    private static CorpusMailbox Round4Portuguese()
    {
        var box = new RoundMailbox("pt", "Beatriz Almeida <beatriz.almeida@contoso.com.br>");
        var beatriz = box.Me;
        const string AntonioCarlos = "Antônio Carlos Pereira <antonio.pereira@woodgrovebank.com.br>";
        const string Fernanda = "Fernanda Lima <fernanda.lima@fabrikam.pt>";
        const string Edu = "Eduardo Santos <eduardo.santos@tailspintoys.com.br>";
        const string Joana = "Joana Ribeiro <joana.ribeiro@lucernepublishing.pt>";
        const string Mariana = "Mariana Costa <mariana.costa@cohowinery.com.br>";
        const string Rafael = "Rafael Costa <rafael.costa@contoso.com.br>";
        var pt = ForwardLabels.Portuguese;

        box.Knows(AntonioCarlos, "Almoço", "Combinado, quinta então!", 100);
        box.Knows(Fernanda, "RE: Renovação", "Assinado, obrigada Beatriz. Nanda", 85);
        box.Knows(Edu, "Workshop de dados", "Seguem os slides. Edu", 60);
        box.Knows(Joana, "Conferência em Lisboa", "Foi um gosto revê-la.", 45);
        box.Knows(Edu, "Apresentação: Mariana / Beatriz", "Gostaria de apresentar vocês.", 310, "r4pt-mariana", [Mariana]);
        box.Knows(Mariana, "Início do projeto", "Até segunda!", 280);
        box.Wrote([Mariana], "RES: Início do projeto", "Ótimo, até segunda.", 279);
        box.Knows(Rafael, "Reunião de equipe", "Segunda às 9h.", 9);

        // Introductions.
        const string Gustavo = "Gustavo Rocha <gustavo.rocha@margiestravel.com.br>";
        box.Introduces("r4 pt Brazil: 'gostaria de apresentar vocês'", Mail(AntonioCarlos, [beatriz, Gustavo], "Apresentação: Beatriz (Contoso) <> Gustavo (Margie's Travel)", Outlook(
            "Olá Beatriz, olá Gustavo,", "",
            "gostaria de apresentar vocês. O Gustavo é diretor de TI da Margie's Travel e está buscando um parceiro para o projeto de BI; a Beatriz cuida das parcerias na Contoso. Deixo vocês à vontade para conversar.", "",
            "Abraço,", "Antônio Carlos"), conversation: "r4pt-gustavo"),
            AntonioCarlos, Gustavo);

        const string Camila = "Camila Duarte <camila.duarte@treyresearch.com.br>";
        box.Introduces("r4 pt Brazil: 'estou colocando você em contato com a Camila (em cópia)', short names", Mail(Edu, [beatriz], "Bia <> Camila", Gmail(
            "Bia,", "",
            "estou colocando você em contato com a Camila (em cópia), gerente financeira da Trey Research. Camila, a Bia é a especialista da Contoso de quem te falei. Bom papo!", "", "Edu"),
            cc: [Camila]),
            Edu, Camila);

        const string Nuno = "Nuno Ferreira <nuno.ferreira@humongousinsurance.pt>";
        box.Introduces("r4 pt Portugal, formal: 'tenho o gosto de os apresentar'", Mail(Joana, [beatriz, Nuno], "Apresentação", Outlook(
            "Cara Beatriz, caro Dr. Nuno Ferreira,", "",
            "tenho o gosto de os apresentar. O Dr. Nuno é administrador da Humongous Insurance Portugal e procura um parceiro para a área de dados; a Beatriz lidera as parcerias da Contoso. Fico a aguardar notícias.", "",
            "Cumprimentos,", "Joana Ribeiro")),
            Joana, Nuno);

        const string Rui = "Rui Matos <rui.matos@wideworldimporters.pt>";
        box.Introduces("r4 pt ENC: the prospect named only in the forwarded header", Mail(Fernanda, [beatriz], "ENC: Pedido de indicação", Outlook(
            "Beatriz, encaminho o pedido do Rui abaixo – podes contactá-lo diretamente? Já lhe disse que irias escrever.", "", "Beijinhos, Nanda", "",
            OutlookHeader(pt, "Rui Matos <rui.matos@wideworldimporters.pt>", "quarta-feira, 30 de setembro de 2026 11:05", "Fernanda Lima", "Pedido de indicação"),
            "Olá Fernanda, conheces alguém que nos possa ajudar com o CRM?")),
            Fernanda, Rui);

        const string Paula = "Paula Teixeira <paula.teixeira@wingtiptoys.com.br>";
        box.Introduces("r4 pt mid-thread RES: 'estou incluindo a Beatriz em cópia'", Mail(AntonioCarlos, [Paula], "RES: Projeto de integração", Outlook(
            "Paula,", "",
            "estou incluindo a Beatriz Almeida, da Contoso, em cópia – ela é a melhor pessoa para te ajudar com isso. Beatriz, a Paula explica abaixo o que precisa.", "",
            "Abraço,", "Antônio Carlos"), cc: [beatriz]),
            AntonioCarlos, Paula);

        box.Refers("r4 pt inbound: 'a Fernanda Lima me passou seu contato'", Mail("Letícia Barros <leticia.barros@southridgevideo.com.br>", [beatriz], "Migração de CRM", Gmail(
            "Olá Beatriz, tudo bem?", "",
            "A Fernanda Lima me passou seu contato e disse que você poderia nos ajudar com a migração do nosso CRM. Podemos conversar esta semana?", "", "Abs,", "Letícia")),
            Fernanda);

        box.Refers("r4 pt inbound: 'por indicação do Antônio Carlos Pereira'", Mail("Felipe Moura <felipe.moura@fourthcoffee.com.br>", [beatriz],
            "Indicação do Antônio Carlos Pereira", Outlook(
            "Prezada Beatriz,", "",
            "por indicação do Antônio Carlos Pereira, entro em contato para apresentar nosso projeto de analytics. Teria disponibilidade para uma reunião na próxima semana?", "",
            "Atenciosamente,", "Felipe Moura")),
            AntonioCarlos);

        box.Refers("r4 pt inbound: 'o Edu Santos me indicou você' for Eduardo", Mail("Thiago Nunes <thiago.nunes@adventure-works.com.br>", [beatriz], "Dynamics", Gmail(
            "Oi Beatriz!", "", "O Edu Santos me indicou você para falar sobre Dynamics. Você teria meia hora na quinta?", "", "Thiago")),
            Edu);

        box.Refers("r4 pt inbound, Portugal: 'escrevo-lhe por sugestão da Joana Ribeiro'", Mail("Inês Carvalho <ines.carvalho@alpineskihouse.pt>", [beatriz], "Projeto de CRM", Outlook(
            "Cara Beatriz,", "",
            "escrevo-lhe por sugestão da Joana Ribeiro, que me falou muito bem do vosso trabalho. Estamos a preparar um projeto de CRM e gostaríamos de marcar uma reunião.", "",
            "Com os melhores cumprimentos,", "Inês Carvalho")),
            Joana);

        // Look-alikes.
        box.Nothing("r4 pt look-back: 'obrigada mais uma vez por ter nos apresentado no ano passado'", Mail(Mariana, [Edu], "Obrigada!", Gmail(
            "Edu,", "obrigada mais uma vez por ter nos apresentado no ano passado – o projeto foi um sucesso! Bia, até terça.", "Mariana"), cc: [beatriz]));

        box.Nothing("r4 pt recruiter: 'o Antônio Carlos Pereira me passou seu contato'", Mail("Renata Souza <renata.souza@talentos-recrutamento.com.br>", [beatriz], "Oportunidade confidencial", Outlook(
            "Olá Beatriz,", "",
            "o Antônio Carlos Pereira me passou seu contato. Sou recrutadora e estou buscando um(a) Diretor(a) Comercial para um cliente. Você teria interesse em conversar?")));

        box.Nothing("r4 pt supplier: 'seu novo gerente de contas será'", Mail("Carla Mendes <carla.mendes@litware.com.br>", [beatriz], "Novo gerente de contas", Outlook(
            "Olá Beatriz,", "",
            "a partir de janeiro, seu novo gerente de contas será o Marcelo Dias (em cópia), que tenho o prazer de apresentar.", "", "Atenciosamente,", "Carla Mendes"),
            cc: ["Marcelo Dias <marcelo.dias@litware.com.br>"]));

        box.Nothing("r4 pt newsletter: 'Conheça nossa nova equipe'", Mail("Woodgrove Bank <novidades@woodgrovebank.com.br>", [beatriz], "Conheça nossa nova equipe", Outlook(
            "Conheça nossa nova equipe de atendimento! Temos o prazer de apresentar os novos gerentes da sua região.", "Cancelar inscrição"),
            headers: [Header("List-Unsubscribe", "<mailto:sair@woodgrovebank.com.br>")]));

        box.Nothing("r4 pt intro between two others, the rep 'em cópia, para conhecimento'", Mail(Joana,
            ["Tiago Sousa <tiago.sousa@cohowinery.pt>", "Marta Pinto <marta.pinto@treyresearch.pt>"], "Apresentação", Outlook(
            "Caro Tiago, cara Marta,", "", "tenho o gosto de vos apresentar: ambos organizam eventos no Porto e deviam falar. A Beatriz segue em cópia, para conhecimento.", "", "Joana"),
            cc: [beatriz]));

        box.Nothing("r4 pt internal: 'ENC: Solicitação de proposta', a colleague passes a client on", Mail(Rafael, [beatriz], "ENC: Solicitação de proposta", Outlook(
            "Bia, consegue assumir esse cliente? Estou de férias a partir de amanhã.", "",
            OutlookHeader(pt, "Bruno Araújo <bruno.araujo@wingtiptoys.com.br>", "segunda-feira, 28 de setembro de 2026", "Rafael Costa", "Solicitação de proposta"),
            "Olá Rafael, pode nos enviar uma proposta?")));

        box.Nothing("r4 pt out-of-office naming a colleague", Mail("Letícia Barros <leticia.barros@southridgevideo.com.br>", [beatriz], "Resposta automática: Migração de CRM", Outlook(
            "Estou fora do escritório até 21/10. Em caso de urgência, contate minha colega Sofia Lopes (sofia.lopes@southridgevideo.com.br).")));

        box.Nothing("r4 pt the prospect's reply-all: 'Obrigado pela apresentação'", Mail(Gustavo, [AntonioCarlos, beatriz],
            "RES: Apresentação: Beatriz (Contoso) <> Gustavo (Margie's Travel)", Gmail(
            "Obrigado pela apresentação, Antônio Carlos!", "Beatriz, prazer – podemos falar na quarta?", "Gustavo"), conversation: "r4pt-gustavo"));

        return box.Build();
    }
}
