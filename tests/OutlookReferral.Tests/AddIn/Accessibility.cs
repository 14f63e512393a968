using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OutlookReferral.Tests.AddIn;

/// <summary>
/// axe-core (shipped inside the Deque.AxeCore.Playwright package, injected by Playwright: nothing is downloaded)
/// against WCAG 2.2 A and AA.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag22 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Fails with each violation's rule, impact and the elements it found.</summary>
    public static async Task ExpectNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(Wcag22);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => $"{n.Target} {n.Html}")));
        Assert.That(result.Violations, Is.Empty, $"axe-core on {what}:\n" + string.Join("\n", violations));
        Assert.That(result.Passes, Is.Not.Empty, "axe-core ran its rules");
    }
}
