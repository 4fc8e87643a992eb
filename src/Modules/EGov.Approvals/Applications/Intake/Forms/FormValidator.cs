using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>The checked form: the data to store as <c>Application.FormData</c>, or every field's errors at once.</summary>
internal sealed record FormOutcome(JsonObject Data, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Chinese stays readable (and a third of the size of <c>\uXXXX</c> escapes) in the stored JSON.</summary>
    private static readonly JsonSerializerOptions Storage = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public bool IsValid => Errors.Count == 0;

    public string Json => Data.ToJsonString(Storage);
}

/// <summary>Validates an item's form on the server, field by field, and reports all problems in one answer.</summary>
internal static class FormValidator
{
    /// <param name="today">Today in China, for the birth date inside a resident ID number.</param>
    public static FormOutcome Validate(IEnumerable<FormField> fields, FormInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(input);
        var data = new JsonObject();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            var check = FieldRules.Check(field, input, today);
            if (check.Errors.Count > 0)
            {
                errors[ErrorKey(field.Key)] = [.. check.Errors];
            }
            else if (check.Value is null && field.Required)
            {
                errors[ErrorKey(field.Key)] = [Missing(field)];
            }
            else if (check.Value is not null)
            {
                data[field.Key] = check.Value;
            }
        }

        return new FormOutcome(data, errors);
    }

    /// <summary>The key of a field's errors: the name of its input on the page.</summary>
    public static string ErrorKey(string fieldKey) => FormInput.Prefix + fieldKey;

    private static string Missing(FormField field) => field.Kind switch
    {
        FieldKind.Choice => $"请选择{field.Label}",
        FieldKind.Table => $"{field.Label}至少填写一行",
        _ => $"请填写{field.Label}",
    };
}
