using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>
/// What was typed into an item's form, per field key: the values (several for a multiple choice), or the rows of a
/// table. Read from a posted page (<c>Form.{key}</c>, table cells <c>Form.{key}.{row}.{column}</c>) or from JSON.
/// </summary>
internal sealed class FormInput
{
    public const string Prefix = "Form.";

    public Dictionary<string, List<string>> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<List<string>>> Tables { get; } = new(StringComparer.Ordinal);

    public string Value(string key) => Values.TryGetValue(key, out var v) && v.Count > 0 ? v[0] : "";

    public IReadOnlyList<string> All(string key) => Values.TryGetValue(key, out var v) ? v : [];

    public IReadOnlyList<List<string>> Rows(string key) => Tables.TryGetValue(key, out var rows) ? rows : [];

    /// <summary>Adds a blank row to a table (the form's "添加一行").</summary>
    public void AddRow(string key, int columns)
    {
        if (!Tables.TryGetValue(key, out var rows))
        {
            Tables[key] = rows = [];
        }

        rows.Add([.. Enumerable.Repeat("", columns)]);
    }

    public static FormInput FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = new FormInput();
        foreach (var (name, values) in form)
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = name[Prefix.Length..].Split('.');
            if (parts.Length == 1)
            {
                input.Values[parts[0]] = [.. values.Select(v => v ?? "")];
            }
            else if (parts.Length == 3 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var column) && row < 500 && column < 50)
            {
                input.SetCell(parts[0], row, column, values.ToString());
            }
        }

        return input;
    }

    /// <summary>From a JSON object <c>{"key": "text" | 12.5 | ["a","b"] | [["cell", …], …]}</c> (the API and the stored form data).</summary>
    public static FormInput FromJson(JsonElement? data)
    {
        var input = new FormInput();
        if (data is not { ValueKind: JsonValueKind.Object } json)
        {
            return input;
        }

        foreach (var property in json.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind != JsonValueKind.Array)
            {
                input.Values[property.Name] = [Text(value)];
            }
            else if (value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Array))
            {
                input.Tables[property.Name] = [.. value.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().Select(Text).ToList() : [Text(r)])];
            }
            else
            {
                input.Values[property.Name] = [.. value.EnumerateArray().Select(Text)];
            }
        }

        return input;
    }

    public static FormInput FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new FormInput();
        }

        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement.Clone());
    }

    private void SetCell(string key, int row, int column, string value)
    {
        if (!Tables.TryGetValue(key, out var rows))
        {
            Tables[key] = rows = [];
        }

        while (rows.Count <= row)
        {
            rows.Add([]);
        }

        while (rows[row].Count <= column)
        {
            rows[row].Add("");
        }

        rows[row][column] = value;
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };
}
