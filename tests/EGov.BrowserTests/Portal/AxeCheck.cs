using System.Text.Json;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Portal;

/// <summary>Runs the vendored axe-core (<c>Axe/axe.min.js</c>) in a page against the WCAG 2.1 A/AA rules.</summary>
internal static class AxeCheck
{
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' '))
            })));
        }
        """;

    public sealed record Violation(string Id, string? Impact, string Help, string[] Nodes)
    {
        public bool IsSeriousOrCritical => Impact is "serious" or "critical";

        public override string ToString() => $"[{Impact}] {Id}: {Help}\n    " + string.Join("\n    ", Nodes);
    }

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<Violation[]>(json, Json) ?? [];
    }
}
