using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>What the form partial renders: the item's fields, the values typed so far, and the errors per input name.</summary>
internal sealed record FormFieldsView(IReadOnlyList<FormField> Fields, FormInput Values, IReadOnlyDictionary<string, string[]> Errors)
{
    public IEnumerable<string> ErrorsOf(string key) => Errors.TryGetValue(FormValidator.ErrorKey(key), out var e) ? e : [];

    /// <summary>The rows to show for a table: those typed, at least one.</summary>
    public IReadOnlyList<List<string>> RowsOf(FormField field)
    {
        var rows = Values.Rows(field.Key);
        return rows.Count > 0 ? rows : [[.. Enumerable.Repeat("", field.Options.Count)]];
    }

    public static string InputName(string key) => FormInput.Prefix + key;

    public static string CellName(string key, int row, int column) => $"{FormInput.Prefix}{key}.{row}.{column}";
}
