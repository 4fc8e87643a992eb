using System.Text.Json.Nodes;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>A table field: rows of text cells, one per column (the field's options); blank rows are dropped.</summary>
internal static class TableRule
{
    public static FieldCheck Check(FormField field, IReadOnlyList<List<string>> rows)
    {
        var columns = field.Options.Count;
        var kept = rows
            .Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? r[c].Trim() : "").ToList())
            .Where(r => r.Any(c => c.Length > 0))
            .ToList();
        if (kept.Count == 0)
        {
            return FieldCheck.Empty;
        }

        var errors = new List<string>();
        var maxRows = field.MaxRows ?? FieldLimits.Rows;
        if (kept.Count > maxRows)
        {
            errors.Add($"{field.Label}最多填写 {maxRows} 行（现有 {kept.Count} 行）");
        }

        for (var r = 0; r < kept.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (kept[r][c].Length > FieldLimits.Cell)
                {
                    errors.Add($"{field.Label}第 {r + 1} 行“{field.Options[c]}”不能超过 {FieldLimits.Cell} 个字");
                }
            }
        }

        return errors.Count > 0
            ? new FieldCheck(null, errors)
            : FieldCheck.Ok(new JsonArray([.. kept.Select(r => (JsonNode)new JsonArray([.. r.Select(c => (JsonNode)JsonValue.Create(c)!)]))]));
    }
}
