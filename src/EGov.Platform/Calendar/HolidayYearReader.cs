using System.Text.Json;
using EGov.Platform.Results;

namespace EGov.Platform.Calendar;

/// <summary>Reads a holiday year in the shape of the shipped files (<c>{ "year", "notice", "days": [ { "name", "date", "isOffDay" } ] }</c>).</summary>
internal static class HolidayYearReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Result<HolidayYear> Read(string json)
    {
        HolidayYearFile? file;
        try
        {
            file = JsonSerializer.Deserialize<HolidayYearFile>(json, Options);
        }
        catch (JsonException exception)
        {
            return Malformed(exception.Path is null ? "" : $"（位置 {exception.Path}）");
        }

        if (file?.Year is not { } year || file.Days is null || file.Days.Any(d => d is null || d.Date is null || d.IsOffDay is null))
        {
            return Malformed("：缺少 year、days 或某一天的 date、isOffDay");
        }

        var days = file.Days.Select(d => new HolidayEntry(d!.Name?.Trim() ?? "", d.Date!.Value, d.IsOffDay!.Value)).ToList();
        return HolidayYearValidator.Validate(new HolidayYear(year, string.IsNullOrWhiteSpace(file.Notice) ? null : file.Notice.Trim(), days));
    }

    private static Error Malformed(string where) => Error.Validation(
        "calendar.file_malformed", $"文件不是有效的节假日安排 JSON{where}，格式应与系统自带的年度文件相同");

    private sealed record HolidayYearFile(int? Year, string? Notice, List<HolidayDayFile?>? Days);

    private sealed record HolidayDayFile(string? Name, DateOnly? Date, bool? IsOffDay);
}
