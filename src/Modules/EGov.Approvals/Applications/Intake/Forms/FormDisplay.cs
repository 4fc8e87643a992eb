using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>One answered field for reading: a text, or a table with its column labels and rows.</summary>
internal sealed record FormLine(string Label, string Text, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public bool IsTable => Columns.Count > 0;
}

/// <summary>The stored form data of an application as label and value, in the item's field order.</summary>
internal static class FormDisplay
{
    public static IReadOnlyList<FormLine> Lines(IEnumerable<FormField> fields, string formData)
    {
        var input = FormInput.FromJson(formData);
        var lines = new List<FormLine>();
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            if (field.Kind == FieldKind.Table)
            {
                var rows = input.Rows(field.Key);
                if (rows.Count > 0)
                {
                    lines.Add(new FormLine(field.Label, "", field.Options, [.. rows]));
                }
            }
            else if (input.All(field.Key) is { Count: > 0 } values)
            {
                lines.Add(new FormLine(field.Label, string.Join("、", values), [], []));
            }
        }

        return lines;
    }
}
