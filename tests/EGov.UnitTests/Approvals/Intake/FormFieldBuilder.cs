using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Domain.Items;

namespace EGov.UnitTests.Approvals.Intake;

/// <summary>Form fields and typed values for the form rule tests.</summary>
internal static class FormFieldBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    public static FormField Field(FieldKind kind, string key = "f", bool required = false) => new() { Key = key, Label = "字段", Kind = kind, Required = required };

    public static FormInput Input(string key, params string[] values)
    {
        var input = new FormInput();
        input.Values[key] = [.. values];
        return input;
    }

    public static FormOutcome Validate(FormField field, FormInput input) => FormValidator.Validate([field], input, Today);

    public static string[] ErrorsOf(FormOutcome outcome, string key = "f") => outcome.Errors.TryGetValue("Form." + key, out var e) ? e : [];
}
