namespace OutlookReferral.Introductions.Languages;

/// <summary>
/// English beyond the core phrases of <see cref="IntroductionWording"/> and <see cref="ReferralWording"/> (kept as generated
/// expressions there for speed): hand-offs that add the rep mid-thread, forwards, short names, look-backs.
/// </summary>
internal static class English
{
    public static readonly LanguageWording Words = new()
    {
        Language = "English",
        Anchors =
        [
            "adding", "mentioned", "told you about", "spoke about", "d call", "d ask", "d go to", "d recommend", "would call", "would ask",
            "reach out to", "in touch with", "contact her", "contact him", "contact them", "expecting", "to expect", "onto you", "pointed me",
            "the person to", "the one to", "the people to",
        ],
        Handoff =
        [
            // "Ana – adding Elena Park from Contoso (cc)": the writer adds someone, and says from where.
            @"adding (?-i:\p{Lu}\p{L}+(?: \p{Lu}[\p{L}'’-]+)?) (?:from|at|of) (?-i:\p{Lu})",
            @"(?:partner|expert|specialist|person|one|guy|woman|consultant|contact|firm|team) (?:that |who )?(?:I|we) (?:mentioned|told you about|spoke about)",
            @"(?:is|'s|’s) the (?:person|one|partner) (?:I|we)(?:'d|’d| would) (?:call|ask|go to|recommend)",
        ],
        ForwardHandoff =
        [
            @"(?:reach out to|get in touch with|contact) (?:her|him|them)(?: directly)?",
            @"(?:she|he|they)(?:'s|’s|'re|’re| is| are) expecting (?:you|your|to hear)",
            @"knows? to expect (?:you|your|a)",
        ],
        NameThenCites =
        [
            @"{name}(?: \([^)]{1,30}\))? (?:put (?:me|us) onto you|pointed me (?:at|to) you)",
            @"{name}(?: \([^)]{1,30}\))? (?:said|says|told me|tells me|mentioned) (?:that )?you(?:'re|’re| are| were) the (?:person|one|people) to (?:talk|speak|go) to",
        ],
        LookBack =
        [
            @"thank(?:s| you)(?: (?:both|so much|again|once again|all))* for (?:the|your|that) intro(?:duction)? (?:last|back|a (?:few|couple)|years|months|all those)",
            @"ever since (?:you|she|he|they) (?:put|introduced|connected)",
            @"since (?:you|she|he|they) (?:put (?:us|me) in touch|introduced (?:us|me))",
            @"(?:introduced|connected) us (?:last|back in|a (?:few|couple of) (?:months|years) ago|years ago)",
        ],
        ShortNames = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["Liz"] = ["Elizabeth", "Elisabeth"], ["Lizzie"] = ["Elizabeth"], ["Beth"] = ["Elizabeth", "Bethany"], ["Betty"] = ["Elizabeth"],
            ["Bill"] = ["William"], ["Billy"] = ["William"], ["Will"] = ["William"], ["Liam"] = ["William"],
            ["Kate"] = ["Katherine", "Catherine", "Kathryn"], ["Katie"] = ["Katherine", "Catherine", "Kathryn"], ["Kathy"] = ["Katherine", "Kathryn"],
            ["Cathy"] = ["Catherine"], ["Rob"] = ["Robert"], ["Bob"] = ["Robert"], ["Bobby"] = ["Robert"], ["Robbie"] = ["Robert"],
            ["Jon"] = ["Jonathan"], ["Mike"] = ["Michael"], ["Jim"] = ["James"], ["Jimmy"] = ["James"], ["Tom"] = ["Thomas"],
            ["Dan"] = ["Daniel"], ["Dave"] = ["David"], ["Chris"] = ["Christopher", "Christine", "Christina"], ["Alex"] = ["Alexander", "Alexandra"],
            ["Sam"] = ["Samuel", "Samantha"], ["Ben"] = ["Benjamin"], ["Nick"] = ["Nicholas"], ["Matt"] = ["Matthew"], ["Tony"] = ["Anthony"],
            ["Steve"] = ["Steven", "Stephen"], ["Andy"] = ["Andrew"], ["Drew"] = ["Andrew"], ["Jen"] = ["Jennifer"], ["Jenny"] = ["Jennifer"],
            ["Maggie"] = ["Margaret"], ["Meg"] = ["Margaret"], ["Peggy"] = ["Margaret"], ["Sue"] = ["Susan"], ["Pat"] = ["Patrick", "Patricia"],
            ["Ed"] = ["Edward"], ["Ted"] = ["Edward"], ["Joe"] = ["Joseph"], ["Rick"] = ["Richard"], ["Rich"] = ["Richard"],
            ["Greg"] = ["Gregory"], ["Tim"] = ["Timothy"], ["Vicky"] = ["Victoria"], ["Becky"] = ["Rebecca"], ["Josh"] = ["Joshua"],
            ["Nate"] = ["Nathan", "Nathaniel"], ["Charlie"] = ["Charles"], ["Harry"] = ["Henry", "Harold"], ["Deb"] = ["Deborah"],
        },
    };
}
