using System.Text.Json;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Handling.Dossier;

/// <summary>The application's form values as label and text, in the item's field order (table rows one per line).</summary>
internal static class FormValues
{
    public static List<FormValue> Of(string formData, IEnumerable<FormField> fields)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(formData) ? "{}" : formData);
        var root = document.RootElement;
        var values = new List<FormValue>();
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field.Key, out var value))
            {
                values.Add(new FormValue(field.Label, Text(value)));
            }
        }

        return values;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join("\n", value.EnumerateArray().Select(Text)),
        JsonValueKind.Object => string.Join("，", value.EnumerateObject().Select(p => $"{p.Name}：{Text(p.Value)}")),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };
}
