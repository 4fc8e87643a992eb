using System.Globalization;
using System.Text.Json;

namespace EGov.Approvals.Licences;

/// <summary>
/// The value of one form field of an application as text for a licence or the result publication: choices joined
/// with 、, table rows with ；.
/// </summary>
internal static class FormValueText
{
    /// <summary>The text of every field in the application's form data (<c>{"key": value}</c>), by key.</summary>
    public static IReadOnlyDictionary<string, string> Read(string formData)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(formData))
        {
            return values;
        }

        using var document = JsonDocument.Parse(formData);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            var text = Text(property.Value);
            if (!string.IsNullOrWhiteSpace(text))
            {
                values[property.Name] = text;
            }
        }

        return values;
    }

    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join(IsTable(value) ? "；" : "、", value.EnumerateArray().Select(Row).Where(t => t.Length > 0)),
        JsonValueKind.Object => string.Join("，", value.EnumerateObject().Select(p => Text(p.Value)).Where(t => t.Length > 0)),
        _ => "",
    };

    private static bool IsTable(JsonElement array) => array.EnumerateArray().Any(e => e.ValueKind is JsonValueKind.Array or JsonValueKind.Object);

    private static string Row(JsonElement row) => row.ValueKind == JsonValueKind.Array
        ? string.Join("，", row.EnumerateArray().Select(Text).Where(t => t.Length > 0))
        : Text(row);

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
