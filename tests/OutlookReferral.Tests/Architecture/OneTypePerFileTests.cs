using System.Text.RegularExpressions;
using OutlookReferral.Tests.Manifest;

namespace OutlookReferral.Tests.Architecture;

/// <summary>
/// One type per file, named after it (issue 16, point 5), read from the source: a reader finds <c>RepProfile</c> in
/// RepProfile.cs. Types nested inside another stay with it; a partial type may spread over Name.Part.cs files.
/// </summary>
public partial class OneTypePerFileTests
{
    private static readonly string[] Projects = ["api", "emulator", "bench", "tools/DemoMailbox"];

    // A declaration that starts a line: with file-scoped namespaces, only a top-level type starts at the margin.
    [GeneratedRegex(@"^(?:\[.*\]\s*)?(?:(?:public|internal|file|static|sealed|abstract|readonly|partial|ref|unsafe)\s+)*(?:class|struct|interface|enum|record(?:\s+(?:class|struct))?|delegate\s+[^(]+?)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [Test]
    public void EachFileDeclaresOneTypeNamedAfterIt()
    {
        var offenders = new List<string>();
        foreach (var (file, text) in SourceFiles())
        {
            var names = TypesIn(text);
            var expected = Path.GetFileName(file).Split('.')[0];
            if (names.Count > 1 || names.Any(n => n != expected))
            {
                offenders.Add($"{file}: {string.Join(", ", names)}");
            }
        }

        Assert.That(offenders, Is.Empty, "Give each type its own file, named after it (a private detail may nest in its one user).");
    }

    [Test]
    public void TheCheckSeesEveryKindOfTopLevelType()
    {
        // A pattern that matched nothing would pass every file: it must see each form, and skip nested types.
        var text = """
            namespace OutlookReferral.Sample;

            /// <summary>Doc.</summary>
            [JsonConverter(typeof(KebabEnumConverter<Kind>))]
            public enum Kind { One }
            public sealed record Party(string Name);
            public readonly record struct Header(string Name, string Value);
            internal static partial class Rules
            {
                private sealed record Nested(int A);
            }
            public interface IRescan { }
            public delegate Task<Window> Source(IReadOnlySet<string> tracked, CancellationToken ct);
            public sealed class Store(Database database) : IRescan;
            """;

        Assert.That(TypesIn(text), Is.EqualTo(new[] { "Kind", "Party", "Header", "Rules", "IRescan", "Source", "Store" }));
    }

    [Test]
    public void TheCheckReadsTheWholeSource()
    {
        Assert.That(SourceFiles().Count(), Is.GreaterThan(200), "api/, emulator/, bench/ and the demo generator hold a few hundred files: the root is wrong.");
    }

    private static List<string> TypesIn(string text) =>
        TopLevelType().Matches(text).Select(m => m.Groups["name"].Value).Distinct().ToList();

    private static IEnumerable<(string File, string Text)> SourceFiles() =>
        from project in Projects
        let folder = Path.Combine(ManifestFiles.Root, project)
        from path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
        let file = Path.GetRelativePath(ManifestFiles.Root, path).Replace(Path.DirectorySeparatorChar, '/')
        where !file.Contains("/obj/", StringComparison.Ordinal) && !file.Contains("/bin/", StringComparison.Ordinal)
        select (file, File.ReadAllText(path));
}
