using System.Globalization;
using System.Text.Json.Nodes;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Validation;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>The server-side rule of each field kind; a required field left empty is reported by <see cref="FormValidator"/>.</summary>
internal static class FieldRules
{
    public static FieldCheck Check(FormField field, FormInput input, DateOnly today) => field.Kind switch
    {
        FieldKind.Table => TableRule.Check(field, input.Rows(field.Key)),
        FieldKind.Choice => Choice(field, input.All(field.Key)),
        _ => Scalar(field, input.Value(field.Key).Trim(), today),
    };

    private static FieldCheck Scalar(FormField field, string value, DateOnly today)
    {
        if (value.Length == 0)
        {
            return FieldCheck.Empty;
        }

        return field.Kind switch
        {
            FieldKind.Text => Text(field, value, FieldLimits.Text),
            FieldKind.LongText => Text(field, value, FieldLimits.LongText),
            FieldKind.Address => Text(field, value, FieldLimits.Address),
            FieldKind.Number => Number(field, value),
            FieldKind.Date => Date(field, value),
            FieldKind.IdNumber => Normalized(field, ResidentIdNumber.Validate(value, today)),
            FieldKind.CreditCode => Normalized(field, UnifiedSocialCreditCode.Validate(value)),
            FieldKind.Phone => PhoneNumber.IsValid(value) ? FieldCheck.Ok(value) : FieldCheck.Fail($"{field.Label}：{PhoneNumber.Message}"),
            _ => FieldCheck.Fail($"{field.Label}：不支持的字段类型"),
        };
    }

    private static FieldCheck Text(FormField field, string value, int defaultMax)
    {
        var max = field.MaxLength ?? defaultMax;
        return value.Length > max ? FieldCheck.Fail($"{field.Label}不能超过 {max} 个字（现有 {value.Length} 个）") : FieldCheck.Ok(value);
    }

    private static FieldCheck Number(FormField field, string value)
    {
        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return FieldCheck.Fail($"{field.Label}应为数字");
        }

        if (field.Min is { } min && number < min)
        {
            return FieldCheck.Fail($"{field.Label}不能小于 {min.ToString(CultureInfo.InvariantCulture)}");
        }

        return field.Max is { } max && number > max
            ? FieldCheck.Fail($"{field.Label}不能大于 {max.ToString(CultureInfo.InvariantCulture)}")
            : FieldCheck.Ok(JsonValue.Create(number));
    }

    private static FieldCheck Date(FormField field, string value)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? FieldCheck.Ok(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : FieldCheck.Fail($"{field.Label}应为日期，格式如 2026-11-28");

    private static FieldCheck Normalized(FormField field, EGov.Platform.Results.Result<string> result)
        => result.IsSuccess ? FieldCheck.Ok(result.Value) : FieldCheck.Fail($"{field.Label}：{result.Error!.Message}");

    private static FieldCheck Choice(FormField field, IReadOnlyList<string> values)
    {
        var chosen = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            return FieldCheck.Empty;
        }

        if (chosen.FirstOrDefault(c => !field.Options.Contains(c, StringComparer.Ordinal)) is { } unknown)
        {
            return FieldCheck.Fail($"{field.Label}：“{unknown}”不是可选项");
        }

        if (!field.Multiple)
        {
            return chosen.Count == 1 ? FieldCheck.Ok(chosen[0]) : FieldCheck.Fail($"{field.Label}只能选择一项");
        }

        // Kept in the order of the options, whatever order the browser sent them in.
        return FieldCheck.Ok(new JsonArray([.. field.Options.Where(chosen.Contains).Select(o => (JsonNode)JsonValue.Create(o)!)]));
    }
}
