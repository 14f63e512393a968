using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;
using ArchUnitNET.NUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using ArchitectureModel = ArchUnitNET.Domain.Architecture;

namespace OutlookReferral.Tests.Architecture;

/// <summary>
/// The rooms of the API and what each may use (issue 16, point 4), read from the compiled assembly:
/// features share Core and the plumbing, never each other's insides; detectors stay pure; sign-in knows nothing of the demo.
/// </summary>
public class ArchitectureTests
{
    private const string Root = "OutlookReferral";

    private static readonly ArchitectureModel Api = new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();

    /// <summary>One folder each: endpoints, records, validators, SQL of one job.</summary>
    private static readonly string[] Features =
        ["Drafting", "FollowUps", "Introductions", "Meetings", "MessageContext", "Notifications", "Privacy", "Referrals", "Sources", "Timeline"];

    /// <summary>What every feature may use: the shared vocabulary and the plumbing.</summary>
    private static readonly string[] Shared = ["Core", "Graph", "Identity", "Storage", "Platform"];

    /// <summary>
    /// Composition: the places that put several features together, as Program.cs does. A scan reads the mail once and
    /// hands it to every feature's detector (follow-ups, introductions, meetings, the timeline's story), so the scan
    /// (<c>FollowUpScanner</c>, and <c>RepScanner</c>, which stores each feature's part of the result) is composition, not
    /// a feature; so is <c>FeatureSetup</c>, which registers and maps every feature. The mail window the scan reads
    /// (<c>MailSync</c> brings it up to date by delta, <c>MailStore</c> keeps it, <c>MailWindow</c> hands it over) is
    /// the scan's too: it rebuilds the correspondents index the introduction detector reads, and <c>WindowMemo</c> keeps
    /// what that detector found in each message while the window holds; <c>WindowSnapshot</c> stores that index for
    /// another instance. Nothing else may compose.
    /// </summary>
    private static readonly string[] Composition =
    [
        $"{Root}.FollowUps.FollowUpScanner", $"{Root}.FollowUps.RepScanner", $"{Root}.FollowUps.ScanResult",
        $"{Root}.FollowUps.MailSync", $"{Root}.FollowUps.MailStore", $"{Root}.FollowUps.MailWindow", $"{Root}.FollowUps.MailWindowState",
        $"{Root}.FollowUps.WindowMemo", $"{Root}.FollowUps.WindowSnapshot", $"{Root}.FollowUps.WindowSnapshotJson",
        $"{Root}.Platform.FeatureSetup",
    ];

    /// <summary>The pure rules: plain functions over plain records and <c>now</c> (STYLE.md, "Detection is pure").</summary>
    private static readonly System.Type[] Detectors =
    [
        typeof(OutlookReferral.FollowUps.SilenceDetector), typeof(OutlookReferral.FollowUps.ReturnDateParser), typeof(AutoReplyRules), typeof(ImpersonalMailRules),
        typeof(OutlookReferral.Introductions.IntroductionDetector), typeof(OutlookReferral.Introductions.Correspondents), typeof(OutlookReferral.Introductions.CitedName),
        typeof(OutlookReferral.Meetings.NoShowDetector), typeof(OutlookReferral.Meetings.AttendanceMatcher), typeof(OutlookReferral.Meetings.SessionMatcher),
        typeof(OutlookReferral.FollowUps.MeetingCadence), typeof(OutlookReferral.Drafting.SlotFinder),
        typeof(OutlookReferral.Drafting.DraftComposer), typeof(OutlookReferral.Drafting.DraftGuard), typeof(OutlookReferral.Timeline.StoryMessages),
    ];

    // I/O and the clock, by namespace or type name: a detector that needs one of these is not a detector.
    private static readonly string[] InputOutput =
        ["System.IO", "System.Net", "Microsoft.Graph", "Dapper", "Microsoft.Data", "System.Data", "System.TimeProvider"];

    // In System.Net but only text: HTML-encoding a name touches no network.
    private static readonly string[] TextOnly = ["System.Net.WebUtility"];

    private static readonly string[] ClockReads = ["get_Now", "get_UtcNow", "get_Today"];

    [Test]
    public void NoFeatureUsesAnotherFeature()
    {
        var crossings = (
            from type in TypesIn(Features)
            where !IsComposition(type)
            from dependency in type.Dependencies
            let user = Feature(type)
            let used = Feature(dependency.Target)
            where used is not null && used != user
            select $"{OuterName(type)} -> {OuterName(dependency.Target)}").Distinct().Order().ToList();

        Assert.That(string.Join("\n", crossings), Is.Empty,
            "A feature uses another feature's insides: move what they share to Core (a record, or an interface the owner implements), "
            + "or compose them where the scan does.");
    }

    [Test]
    public void CoreAndPlumbingUseNoFeature()
    {
        foreach (var room in Shared)
        {
            var types = TypesIn([room]).Where(t => !IsComposition(t)).ToList();
            Types().That().Are(types).Should().NotDependOnAny(Types().That().Are(TypesIn(Features)))
                .Because($"{room} is shared by every feature, so it cannot lean on one").Check(Api);
        }
    }

    [Test]
    public void DetectorsTouchNoInputOutputAndNoClock()
    {
        var detectors = Detectors.Select(d => TypeOf(d)).ToList();
        var violations = (
            from detector in detectors
            from type in Api.Types.Where(t => t.FullName == detector.FullName || t.FullName.StartsWith(detector.FullName + "+", StringComparison.Ordinal))
            from dependency in type.Dependencies
            where (InputOutput.Any(io => dependency.Target.FullName.StartsWith(io, StringComparison.Ordinal))
                    && !TextOnly.Contains(dependency.Target.FullName))
                || (dependency is MethodCallDependency call && call.Target.FullName is "System.DateTime" or "System.DateTimeOffset"
                    && ClockReads.Any(read => call.TargetMember.Name.StartsWith(read, StringComparison.Ordinal)))
            select $"{OuterName(type)} -> {dependency.Target.FullName}{(dependency is MethodCallDependency c ? "." + c.TargetMember.Name : "")}")
            .Distinct().ToList();

        Assert.That(string.Join("\n", violations), Is.Empty, "Detection is pure: Graph, SQL, files, the network and the clock stay at the edges.");
    }

    [Test]
    public void CoreVocabularyIsPure()
    {
        // The referral record's one store lives in Core beside the record; everything else there is plain data and rules.
        var vocabulary = TypesIn(["Core"]).Where(t => OuterName(t) != "ReferralStore").ToList();
        Types().That().Are(vocabulary).Should().NotDependOnAny(
                Types().That().ResideInNamespaceMatching(@"^(System\.IO|System\.Net|Microsoft\.Graph|Dapper|Microsoft\.Data|System\.Data)(\..*)?$"))
            .Check(Api);
    }

    [Test]
    public void IdentityKnowsNothingOfTheDemo()
    {
        Types().That().Are(TypesIn(["Identity"])).Should().NotDependOnAny(
                Types().That().ResideInNamespaceOrBelow($"{Root}.DemoMailbox").Or().ResideInNamespaceOrBelow($"{Root}.Emulator"))
            .Because("sign-in is the same with or without the demo; demo mode plugs its sign-in in from outside").Check(Api);
    }

    [Test]
    public void TheRulesLookAtTheTypesTheyShould()
    {
        // A rule over no types passes whatever the code does: every room, and every composition type, must exist.
        Assert.Multiple(() =>
        {
            foreach (var room in Features.Concat(Shared))
            {
                Assert.That(TypesIn([room]), Is.Not.Empty, room);
            }
            foreach (var composer in Composition)
            {
                Assert.That(Api.Types.Any(t => t.FullName == composer), composer);
            }
            Assert.That(Detectors.Select(d => TypeOf(d).Dependencies.Count), Has.All.Positive);
        });
    }

    private static IType TypeOf(System.Type type) => Api.Types.Single(t => t.FullName == type.FullName);

    private static List<IType> TypesIn(IEnumerable<string> rooms)
    {
        var names = rooms.Select(r => $"{Root}.{r}").ToList();
        return Api.Types.Where(t => names.Any(n => NamespaceOf(t) == n || NamespaceOf(t).StartsWith(n + ".", StringComparison.Ordinal)))
            .ToList();
    }

    private static string? Feature(IType type) =>
        Features.FirstOrDefault(f => NamespaceOf(type) == $"{Root}.{f}" || NamespaceOf(type).StartsWith($"{Root}.{f}.", StringComparison.Ordinal));

    // Generic parameters and the like have no namespace.
    private static string NamespaceOf(IType type) => type.Namespace?.FullName ?? "";

    private static bool IsComposition(IType type) =>
        Composition.Any(c => type.FullName == c || type.FullName.StartsWith(c + "+", StringComparison.Ordinal));

    // Lambdas, async state machines and nested records belong to the type they are written in.
    private static string OuterName(IType type)
    {
        var name = type.FullName[(NamespaceOf(type).Length + 1)..];
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        name = plus < 0 ? name : name[..plus];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
