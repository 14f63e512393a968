/// <summary>Everyone in the mailbox. Relecloud (relecloud.com) sells spend analytics and AP automation ("Relecloud Spend").</summary>
internal static class People
{
    private static Person P(string name, string address, string title, string org, Zone zone = Zone.Pacific) => new(name, address, title, org, zone);

    // The rep.
    public static readonly Person Sam = P("Sam Rivera", "sam.rivera@relecloud.com", "Senior Account Executive", "Relecloud");

    // Colleagues at Relecloud.
    public static readonly Person Dana = P("Dana Whitfield", "dana.whitfield@relecloud.com", "Regional Sales Director, West", "Relecloud");
    public static readonly Person Kevin = P("Kevin O'Brien", "kevin.obrien@relecloud.com", "Solutions Engineer", "Relecloud");
    public static readonly Person Alicia = P("Alicia Romero", "alicia.romero@relecloud.com", "Sales Development Representative", "Relecloud", Zone.Mountain);
    public static readonly Person Noah = P("Noah Feldman", "noah.feldman@relecloud.com", "Customer Success Manager", "Relecloud");
    public static readonly Person Mei = P("Mei Chen", "mei.chen@relecloud.com", "Deal Desk Analyst", "Relecloud");
    public static readonly Person Raj = P("Raj Patel", "raj.patel@relecloud.com", "Senior Counsel", "Relecloud", Zone.Eastern);
    public static readonly Person Tessa = P("Tessa Morgan", "tessa.morgan@relecloud.com", "Field Marketing Manager", "Relecloud", Zone.Central);
    public static readonly Person Luis = P("Luis Herrera", "luis.herrera@relecloud.com", "Revenue Operations Manager", "Relecloud");
    public static readonly Person Jamal = P("Jamal Wright", "jamal.wright@relecloud.com", "VP Sales, West", "Relecloud");
    public static readonly Person Owen = P("Owen Fitzgerald", "owen.fitzgerald@relecloud.com", "Account Executive", "Relecloud");
    public static readonly Person Sara = P("Sara Lindgren", "sara.lindgren@relecloud.com", "Sales Enablement Lead", "Relecloud", Zone.Mountain);
    public static readonly Person Billing = P("Relecloud Billing", "billing@relecloud.com", "", "Relecloud");
    public static readonly Person SalesWest = P("Sales - West", "sales-west@relecloud.com", "", "Relecloud");
    public static readonly Person AllStaff = P("All Relecloud", "all@relecloud.com", "", "Relecloud");

    // Relecloud systems and lists.
    public static readonly Person Crm = P("Relecloud CRM", "crm-noreply@relecloud.com", "", "Relecloud");
    public static readonly Person Expenses = P("Relecloud Expenses", "expenses-noreply@relecloud.com", "", "Relecloud");
    public static readonly Person ServiceDesk = P("IT Service Desk", "servicedesk@relecloud.com", "", "Relecloud");
    public static readonly Person PeopleTeam = P("People Team", "people@relecloud.com", "", "Relecloud");
    public static readonly Person Comms = P("Relecloud Internal Comms", "internal-comms@relecloud.com", "", "Relecloud");

    // Customers Sam looks after (ordinary mail).
    public static readonly Person Tom = P("Tom Becker", "tom.becker@woodgrovebank.com", "Procurement Manager", "Woodgrove Bank", Zone.Eastern);
    public static readonly Person Megan = P("Megan Ortiz", "megan.ortiz@fourthcoffee.com", "AP Manager", "Fourth Coffee");
    public static readonly Person Paul = P("Paul Schneider", "paul.schneider@northwindtraders.com", "Finance Systems Lead", "Northwind Traders", Zone.Central);
    public static readonly Person Derek = P("Derek Huang", "derek.huang@humongousinsurance.com", "Controller", "Humongous Insurance", Zone.Central);
    public static readonly Person Lucia = P("Lucia Ferraro", "lucia.ferraro@cohowinery.com", "Finance Manager", "Coho Winery");
    public static readonly Person Janet = P("Janet Price", "janet.price@cpandl.com", "Procurement Analyst", "City Power & Light", Zone.Mountain);
    public static readonly Person Chris = P("Chris Muller", "chris.muller@adatum.com", "IT Director", "A. Datum", Zone.Eastern);
    public static readonly Person Ana = P("Ana Lima", "ana.lima@lamnahealthcare.com", "AP Supervisor", "Lamna Healthcare", Zone.Eastern);
    public static readonly Person Rosa = P("Rosa Jimenez", "rosa.jimenez@contoso.com", "Finance Operations Manager", "Contoso");
    public static readonly Person Helen = P("Helen Park", "helen.park@blueyonderairlines.com", "Procurement Director", "Blue Yonder Airlines", Zone.Central);

    public static readonly Person[] Customers = [Tom, Megan, Paul, Derek, Lucia, Janet, Chris, Ana, Rosa, Helen];

    // Vendors and newsletters.
    public static readonly Person SaasWeekly = P("SaaS Sales Weekly", "newsletter@nodpublishers.com", "", "Nod Publishers", Zone.Eastern);
    public static readonly Person FinOps = P("Finance Ops Digest", "digest@finops.example.org", "", "Finance Ops Digest", Zone.Eastern);
    public static readonly Person NorthwindNews = P("Northwind Traders Partner News", "news@northwindtraders.com", "", "Northwind Traders", Zone.Central);
    public static readonly Person Forum = P("Procurement Leaders Forum", "events@procurementforum.example.org", "", "Procurement Leaders Forum", Zone.Central);
    public static readonly Person Airline = P("Blue Yonder Airlines", "reservations@blueyonderairlines.com", "", "Blue Yonder Airlines", Zone.Central);
    public static readonly Person Hotel = P("The Harborview Chicago", "stay@harborview.example.net", "", "The Harborview", Zone.Central);
    public static readonly Person Webinars = P("Finance Ops Digest Events", "webinars@finops.example.org", "", "Finance Ops Digest", Zone.Eastern);

    // Referral sources.
    public static readonly Person George = P("George Okafor", "george.okafor@woodgrovebank.com", "VP, Shared Services", "Woodgrove Bank", Zone.Eastern);
    public static readonly Person Marisol = P("Marisol Vega", "marisol.vega@litwareinc.com", "Principal Consultant", "Litware Inc.", Zone.Eastern);
    public static readonly Person Aisha = P("Aisha Rahman", "aisha.rahman@fourthcoffee.com", "Chief Financial Officer", "Fourth Coffee");
    public static readonly Person Ben = P("Ben Carter", "ben.carter@tailspintoys.com", "Director of Operations", "Tailspin Toys", Zone.Mountain);
    public static readonly Person Hannah = P("Hannah Lindqvist", "hannah.lindqvist@humongousinsurance.com", "VP Finance", "Humongous Insurance", Zone.Central);
    public static readonly Person Rafael = P("Rafael Souza", "rafael.souza@northwindtraders.com", "Director of Finance", "Northwind Traders", Zone.Central);
    public static readonly Person Kenji = P("Kenji Watanabe", "kenji.watanabe@cohowinery.com", "Chief Operating Officer", "Coho Winery");
    public static readonly Person Elena = P("Elena Rossi", "elena.rossi@cpandl.com", "Director of Procurement", "City Power & Light", Zone.Mountain);
    public static readonly Person Grace = P("Grace Liu", "grace.liu@blueyonderairlines.com", "Senior Manager, Finance Transformation", "Blue Yonder Airlines", Zone.Central);
    public static readonly Person Nadia = P("Nadia Petrova", "nadia.petrova@adatum.com", "Controller", "A. Datum", Zone.Eastern);
    public static readonly Person Olivia = P("Olivia Grant", "olivia.grant@contoso.com", "Head of Finance Operations", "Contoso");
    public static readonly Person Chloe = P("Chloe Dubois", "chloe.dubois@firstupconsultants.com", "Managing Partner", "First Up Consultants", Zone.Eastern);
    public static readonly Person Liam = P("Liam O'Connor", "liam.oconnor@bellowscollege.com", "Associate VP, Business Services", "Bellows College", Zone.Eastern);
    public static readonly Person Fatima = P("Fatima Khan", "fatima.khan@lamnahealthcare.com", "VP Revenue Cycle", "Lamna Healthcare", Zone.Eastern);
    public static readonly Person Isabel = P("Isabel Moreno", "isabel.moreno@fincherarchitects.com", "Partner", "Fincher Architects");
    public static readonly Person Deepa = P("Deepa Iyer", "deepa.iyer@bestforyouorganics.com", "CFO", "Best For You Organics", Zone.Central);
    public static readonly Person Greg = P("Greg Novak", "greg.novak@cpandl.com", "Treasurer", "City Power & Light", Zone.Mountain);
    public static readonly Person Kofi = P("Kofi Mensah", "kofi.mensah@example.org", "Operating Advisor", "Independent", Zone.Eastern);

    // Referred prospects.
    public static readonly Person Priya = P("Priya Natarajan", "priya.natarajan@lucernepublishing.com", "VP Finance", "Lucerne Publishing", Zone.Eastern);
    public static readonly Person Tomasz = P("Tomasz Brzezinski", "tomasz.brzezinski@wingtiptoys.com", "Controller", "Wingtip Toys", Zone.Central);
    public static readonly Person DanielKim = P("Daniel Kim", "daniel.kim@alpineskihouse.com", "Director of FP&A", "Alpine Ski House", Zone.Mountain);
    public static readonly Person Lena = P("Lena Fischer", "lena.fischer@proseware.com", "Head of Procurement", "Proseware");
    public static readonly Person Marcus = P("Marcus Bell", "marcus.bell@treyresearch.net", "Chief Financial Officer", "Trey Research", Zone.Eastern);
    public static readonly Person Emily = P("Emily Zhang", "emily.zhang@wideworldimporters.com", "VP Operations", "Wide World Importers");
    public static readonly Person Aaron = P("Aaron Whitaker", "aaron.whitaker@graphicdesigninstitute.com", "Controller", "Graphic Design Institute", Zone.Central);
    public static readonly Person Sofia = P("Sofia Marchetti", "sofia.marchetti@margiestravel.com", "Chief Operating Officer", "Margie's Travel", Zone.Eastern);
    public static readonly Person Omar = P("Omar Haddad", "omar.haddad@consolidatedmessenger.com", "Head of Finance", "Consolidated Messenger", Zone.Central);
    public static readonly Person Ethan = P("Ethan Brooks", "ethan.brooks@southridgevideo.com", "VP Finance", "Southridge Video");
    public static readonly Person Jordan = P("Jordan Lee", "jordan.lee@fabrikam.com", "Director of Finance Systems", "Fabrikam");
    public static readonly Person Victor = P("Victor Alvarez", "victor.alvarez@adventure-works.com", "Chief Financial Officer", "Adventure Works", Zone.Mountain);
    public static readonly Person Nkechi = P("Nkechi Adeyemi", "nkechi.adeyemi@fineartschool.net", "Director of Procurement", "School of Fine Art", Zone.Eastern);
    public static readonly Person William = P("William Osei", "william.osei@vanarsdelltd.com", "Chief Financial Officer", "VanArsdel", Zone.Central);
    public static readonly Person Rebecca = P("Rebecca Stone", "rebecca.stone@tailwindtraders.com", "VP Finance", "Tailwind Traders");
    public static readonly Person Hiroshi = P("Hiroshi Tanaka", "hiroshi.tanaka@baldwinmuseumofscience.com", "Director of Finance", "Baldwin Museum of Science", Zone.Central);
    public static readonly Person Gabriel = P("Gabriel Santos", "gabriel.santos@munsonspicklesandpreservesfarm.com", "Controller", "Munson's Pickles and Preserves Farm", Zone.Central);

    // People around the prospects (assistants, colleagues, untracked introductions).
    public static readonly Person Ruth = P("Ruth Palmer", "ruth.palmer@adventure-works.com", "Executive Assistant to the CFO", "Adventure Works", Zone.Mountain);
    public static readonly Person Ruby = P("Ruby Chen", "ruby.chen@vanarsdelltd.com", "Controller", "VanArsdel", Zone.Central);
    public static readonly Person Harper = P("Harper Nguyen", "harper.nguyen@tailspintoys.com", "Procurement Lead", "Tailspin Toys", Zone.Mountain);
    public static readonly Person Ines = P("Ines Duarte", "ines.duarte@lamnahealthcare.com", "Director of Finance Operations", "Lamna Healthcare", Zone.Eastern);

    public static JsonObject Me() => new()
    {
        ["id"] = Mailbox.ObjectIdOf(Sam),
        ["displayName"] = Sam.Name,
        ["givenName"] = "Sam",
        ["surname"] = "Rivera",
        ["jobTitle"] = Sam.Title,
        ["mail"] = Sam.Address,
        ["userPrincipalName"] = Sam.Address,
        ["proxyAddresses"] = new JsonArray("SMTP:sam.rivera@relecloud.com", "smtp:sam@relecloud.com", "smtp:srivera@relecloud.com"),
        ["officeLocation"] = "Seattle - Westlake",
        ["businessPhones"] = new JsonArray("+1 206 555 0147"),
        ["mobilePhone"] = "+1 206 555 0198",
        ["preferredLanguage"] = "en-US",
        ["mailboxSettings"] = new JsonObject
        {
            ["archiveFolder"] = "AAMkA" + Mailbox.Token(Mailbox.StableBytes("archive", 30)),
            ["timeZone"] = "Pacific Standard Time",
            ["dateFormat"] = "M/d/yyyy",
            ["timeFormat"] = "h:mm tt",
            ["delegateMeetingMessageDeliveryOptions"] = "sendToDelegateOnly",
            ["userPurpose"] = "user",
            ["automaticRepliesSetting"] = new JsonObject
            {
                ["status"] = "disabled",
                ["externalAudience"] = "all",
                ["internalReplyMessage"] = "",
                ["externalReplyMessage"] = "",
                ["scheduledStartDateTime"] = new JsonObject { ["dateTime"] = "2026-11-26T08:00:00.0000000", ["timeZone"] = "UTC" },
                ["scheduledEndDateTime"] = new JsonObject { ["dateTime"] = "2026-11-27T08:00:00.0000000", ["timeZone"] = "UTC" },
            },
            ["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" },
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                ["startTime"] = "08:00:00.0000000",
                ["endTime"] = "17:00:00.0000000",
                ["timeZone"] = new JsonObject { ["name"] = "Pacific Standard Time" },
            },
        },
    };
}
