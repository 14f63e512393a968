using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Bench;

/// <summary>The bench hosts the API in its own process, so it measures the API only if it runs with the API's runtime settings.</summary>
public class BenchRuntimeTests
{
    private static JsonObject Settings(string assembly) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{assembly}.runtimeconfig.json")))!["runtimeOptions"]!["configProperties"]!;

    [Test]
    public void TheBenchRunsWithTheApisGarbageCollectorAndJitSettings()
    {
        var api = Settings("OutlookReferral.Api");
        var bench = Settings("OutlookReferral.Bench");
        var knobs = api.Where(p => p.Key.StartsWith("System.GC.", StringComparison.Ordinal) || p.Key.StartsWith("System.Runtime.Tiered", StringComparison.Ordinal))
            .Select(p => p.Key).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(knobs, Does.Contain("System.GC.Server").And.Contain("System.Runtime.TieredPGO"));
            foreach (var knob in knobs)
            {
                Assert.That(bench[knob]?.ToJsonString(), Is.EqualTo(api[knob]!.ToJsonString()), knob);
            }
        });
    }
}
