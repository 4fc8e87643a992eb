using System.Text.RegularExpressions;
using EGov.Platform.Results;

namespace EGov.Approvals.Catalog.Editing;

/// <summary>
/// Rules name a child row by its place among the kept rows; the form shows removed rows too. This maps
/// <c>Materials[1].Name</c> back to the posted row it came from.
/// </summary>
internal static partial class InputErrorKeys
{
    [GeneratedRegex(@"^(Materials|Steps|Fields|FeeItems|Faq)\[(\d+)\]")]
    private static partial Regex RowKey();

    public static Error ToInput(Error error, ItemInput input)
    {
        if (error.Fields is not { } fields)
        {
            return error;
        }

        var kept = new Dictionary<string, int[]>
        {
            ["Materials"] = Kept(input.Materials.Select(r => r.Remove)),
            ["Steps"] = Kept(input.Steps.Select(r => r.Remove)),
            ["Fields"] = Kept(input.Fields.Select(r => r.Remove)),
            ["FeeItems"] = Kept(input.FeeItems.Select(r => r.Remove)),
            ["Faq"] = Kept(input.Faq.Select(r => r.Remove)),
        };
        var mapped = new Dictionary<string, string[]>();
        foreach (var (key, messages) in fields)
        {
            var match = RowKey().Match(key);
            var target = match.Success && kept[match.Groups[1].Value] is var rows && int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < rows.Length
                ? $"{match.Groups[1].Value}[{rows[i]}]{key[match.Length..]}"
                : key;
            mapped[target] = mapped.TryGetValue(target, out var earlier) ? [.. earlier, .. messages] : messages;
        }

        return error with { Fields = mapped };
    }

    private static int[] Kept(IEnumerable<bool> removed) => [.. removed.Select((r, i) => (r, i)).Where(x => !x.r).Select(x => x.i)];
}
