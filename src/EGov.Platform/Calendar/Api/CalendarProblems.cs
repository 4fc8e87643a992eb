using System.Globalization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EGov.Platform.Calendar.Api;

/// <summary>Parses the calendar API's query values and turns failures into 400 Problem Details in Chinese.</summary>
internal static class CalendarProblems
{
    private const string Title = "请求参数有误";

    public static bool TryDate(string? value, out DateOnly date)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static Dictionary<string, string[]> DateErrors(params (string Field, string? Value)[] values)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value) in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [$"缺少参数 {field}"];
            }
            else if (!TryDate(value, out _))
            {
                errors[field] = ["日期格式不正确，应为 YYYY-MM-DD"];
            }
        }

        return errors;
    }

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, string.Join("；", errors.Values.SelectMany(v => v)), title: Title,
            extensions: new Dictionary<string, object?> { ["code"] = "calendar.invalid_request" });

    public static ValidationProblem From(Error error, string field)
        => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [error.Message] }, error.Message, title: Title,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });
}
