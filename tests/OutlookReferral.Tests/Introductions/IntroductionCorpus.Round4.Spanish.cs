using static OutlookReferral.Tests.Introductions.HtmlBody;
using static OutlookReferral.Tests.Introductions.IntroMail;
using static OutlookReferral.Tests.Introductions.RoundMailbox;

namespace OutlookReferral.Tests.Introductions;

internal static partial class IntroductionCorpus
{
    /// <summary>Round 4, Spanish: a rep at Contoso España with contacts in Spain and Mexico. Tú, vosotros, usted, RV:.</summary>
    private static CorpusMailbox Round4Spanish()
    {
        var box = new RoundMailbox("es", "Lucía Fernández <lucia.fernandez@contoso.es>");
        var lucia = box.Me;
        const string JoseAntonio = "José Antonio García <jagarcia@tailspintoys.es>";
        const string Paco = "Francisco Ruiz <francisco.ruiz@woodgrovebank.es>";
        const string Carmen = "María del Carmen López <mcarmen.lopez@relecloud.es>";
        const string Guillermo = "Guillermo Soto <guillermo.soto@alpineskihouse.mx>";
        const string Rocio = "Rocío Navarro <rocio.navarro@cohowinery.es>";
        const string Alvaro = "Álvaro Ramos <alvaro.ramos@contoso.es>";
        var es = ForwardLabels.Spanish;

        box.Knows(JoseAntonio, "Comida el jueves", "¡Perfecto, nos vemos allí!", 100);
        box.Knows(Paco, "RE: Renovación", "Firmado, gracias Lucía.", 85);
        box.Knows(Carmen, "Taller de datos", "Te paso las diapositivas. Besos, Maricarmen", 70);
        box.Knows(Guillermo, "Visita a Monterrey", "Gracias por la visita.", 55);
        box.Knows(Paco, "Presentación: Rocío / Lucía", "Os presento, creo que os vais a entender muy bien.", 280, "r4es-rocio", [Rocio]);
        box.Knows(Rocio, "Arranque del proyecto", "¡Nos vemos el lunes!", 250);
        box.Wrote([Rocio], "RE: Arranque del proyecto", "Genial, hasta el lunes.", 249);
        box.Knows(Alvaro, "Reunión de equipo", "El lunes a las 9.", 10);

        // Introductions.
        const string Javier = "Javier Morales <javier.morales@margiestravel.es>";
        box.Introduces("r4 es 'quería poneros en contacto', vosotros", Mail(JoseAntonio, [lucia, Javier], "Presentación: Lucía (Contoso) – Javier (Margie's Travel)", Outlook(
            "Hola a los dos:", "",
            "quería poneros en contacto porque creo que podéis hacer cosas muy interesantes juntos. Javier dirige sistemas en Margie's Travel y Lucía es la responsable de partners en Contoso. Os dejo que sigáis vosotros.", "",
            "Un abrazo,", "José Antonio"), conversation: "r4es-javier"),
            JoseAntonio, Javier);

        const string Marta = "Marta Gil <marta.gil@adventure-works.es>";
        box.Introduces("r4 es 'te presento a Marta (en copia)', nickname signature", Mail(Carmen, [lucia], "Te presento a Marta", Gmail(
            "Hola Lucía,", "",
            "te presento a Marta Gil (en copia), directora financiera de Adventure Works. Está buscando un socio para su proyecto de reporting y he pensado en ti enseguida. Marta, Lucía es la persona de la que te hablé.", "",
            "Besos,", "Maricarmen"), cc: [Marta]),
            Carmen, Marta);

        const string Ricardo = "Ing. Ricardo Téllez <ricardo.tellez@wideworldimporters.mx>";
        box.Introduces("r4 es Mexico: 'me da mucho gusto presentarlos'", Mail(Guillermo, [lucia, Ricardo], "Presentación", Outlook(
            "Estimada Lucía, estimado Ricardo:", "",
            "me da mucho gusto presentarlos. Ricardo es gerente de TI en Wide World Importers México y está evaluando proveedores; Lucía encabeza las alianzas de Contoso. Quedo a sus órdenes.", "",
            "Saludos,", "Memo")),
            Guillermo, Ricardo);

        const string ElenaSanz = "Elena Sanz <elena.sanz@humongousinsurance.es>";
        box.Introduces("r4 es RV: the prospect's question with a note on top, prospect cc'd", Mail(Paco, [lucia], "RV: Consulta sobre migración a la nube", Outlook(
            "Lucía, te reenvío la consulta de Elena (en copia). Creo que sois la pareja perfecta para este proyecto; os dejo en contacto. Elena, Lucía es la experta de Contoso de la que te hablé.", "",
            "Saludos,", "Paco", "",
            OutlookHeader(es, "Elena Sanz <elena.sanz@humongousinsurance.es>", "martes, 29 de septiembre de 2026 10:15", "Francisco Ruiz", "Consulta sobre migración a la nube"),
            "Hola Paco, ¿conoces a alguien que nos pueda ayudar con la migración?"), cc: [ElenaSanz]),
            Paco, ElenaSanz);

        const string Carlos = "Carlos Ibáñez <carlos.ibanez@southridgevideo.es>";
        box.Introduces("r4 es mid-thread RE: 'te pongo en copia a Lucía'", Mail(JoseAntonio, [Carlos], "RE: Propuesta de colaboración", Outlook(
            "Carlos,", "",
            "te pongo en copia a Lucía Fernández, de Contoso, que es quien mejor te puede ayudar con esto. Lucía, Carlos te cuenta abajo lo que necesita.", "",
            "Un saludo,", "José Antonio"), cc: [lucia]),
            JoseAntonio, Carlos);

        box.Refers("r4 es inbound: 'te escribo de parte de María del Carmen López'", Mail("Pablo Herrera <pablo.herrera@treyresearch.es>", [lucia],
            "De parte de María del Carmen López", Gmail(
            "Hola Lucía:", "",
            "te escribo de parte de María del Carmen López, de Relecloud. Me comentó que nos podrías ayudar con la integración de nuestro CRM. ¿Tendrías un rato esta semana para una llamada?", "",
            "Gracias,", "Pablo")),
            Carmen);

        box.Refers("r4 es inbound: 'Paco Ruiz me pasó tu contacto' for Francisco Ruiz", Mail("Laura Vidal <laura.vidal@fourthcoffee.es>", [lucia], "Proyecto de analítica", Outlook(
            "Buenos días Lucía,", "",
            "Paco Ruiz me pasó tu contacto y me dijo que eres la persona indicada para nuestro proyecto de analítica. ¿Podemos hablar el jueves?", "", "Laura")),
            Paco);

        box.Refers("r4 es inbound usted: 'por recomendación de José Antonio García'", Mail("Andrés Castillo <andres.castillo@lucernepublishing.mx>", [lucia], "Solicitud de reunión", Outlook(
            "Estimada Sra. Fernández:", "",
            "por recomendación de José Antonio García me permito contactarla. Estamos buscando un socio de implementación para nuestro nuevo sistema editorial y nos gustaría agendar una llamada.", "",
            "Atentamente,", "Andrés Castillo")),
            JoseAntonio);

        // Look-alikes.
        box.Nothing("r4 es look-back: 'gracias otra vez por presentarnos hace unos meses'", Mail(Rocio, [Paco, lucia], "¡Lo logramos!", Gmail(
            "Paco, Lucía:", "gracias otra vez por presentarnos hace unos meses. ¡El proyecto ha salido genial y el equipo está encantado!", "Rocío")));

        box.Nothing("r4 es recruiter: 'José Antonio García me ha dado tu nombre'", Mail("Sara Molina <sara.molina@talentoiberia.es>", [lucia], "Oportunidad confidencial", Outlook(
            "Hola Lucía,", "",
            "José Antonio García me ha dado tu nombre. Soy headhunter y estoy buscando un/a Director/a Comercial para un cliente del sector financiero. ¿Te interesaría hablar?")));

        box.Nothing("r4 es supplier: 'a partir del 1 de noviembre tu nuevo gestor de cuenta será'", Mail("Diego Romero <diego.romero@fabrikam.es>", [lucia], "Cambio de gestor de cuenta", Outlook(
            "Hola Lucía,", "",
            "a partir del 1 de noviembre tu nuevo gestor de cuenta será Jorge Peña (en copia). Aprovecho para presentártelo: conoce bien vuestra cuenta.", "", "Un saludo,", "Diego"),
            cc: ["Jorge Peña <jorge.pena@fabrikam.es>"]));

        box.Nothing("r4 es newsletter: 'Le presentamos nuestra nueva plataforma'", Mail("Relecloud <noticias@relecloud.es>", [lucia], "Le presentamos nuestra nueva plataforma", Outlook(
            "Le presentamos la nueva plataforma Relecloud: conozca a nuestro equipo y descubra todas las novedades.", "Darse de baja"),
            headers: [Header("List-Unsubscribe", "<mailto:baja@relecloud.es>"), Header("Precedence", "bulk")]));

        box.Nothing("r4 es intro between two others, the rep 'en copia para que esté al tanto'", Mail(Guillermo,
            ["Sofía Reyes <sofia.reyes@cohowinery.mx>", "Héctor Vargas <hector.vargas@treyresearch.mx>"], "Les presento", Outlook(
            "Sofía, Héctor:", "", "les presento: los dos están organizando el congreso de vinos de Querétaro y creo que deberían coordinarse. Pongo a Lucía en copia para que esté al tanto.", "",
            "Saludos,", "Guillermo"), cc: [lucia]));

        box.Nothing("r4 es internal: 'RV: Solicitud de información', a colleague passes a lead on", Mail(Alvaro, [lucia], "RV: Solicitud de información", Outlook(
            "Lucía, ¿te encargas tú de esto? Yo no llego esta semana.", "",
            OutlookHeader(es, "Nerea Campos <nerea.campos@wingtiptoys.es>", "lunes, 28 de septiembre de 2026", "Álvaro Ramos", "Solicitud de información"),
            "Hola Álvaro, Paco Ruiz me dijo que te escribiera para pedir información.")));

        box.Nothing("r4 es out-of-office naming a colleague", Mail("Laura Vidal <laura.vidal@fourthcoffee.es>", [lucia], "Respuesta automática: Proyecto de analítica", Outlook(
            "Estaré fuera de la oficina hasta el 20 de octubre. Para cualquier asunto urgente, contacte con mi compañera Nuria Prieto (nuria.prieto@fourthcoffee.es).")));

        box.Nothing("r4 es the prospect's reply-all: '¡Gracias por la presentación!'", Mail(Javier, [JoseAntonio, lucia],
            "RE: Presentación: Lucía (Contoso) – Javier (Margie's Travel)", Gmail(
            "¡Gracias José Antonio por la presentación!", "Lucía, encantado. ¿Te viene bien el jueves a las 11?", "Javier"), conversation: "r4es-javier"));

        return box.Build();
    }
}
