using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Calendar.Api;

/// <summary><c>GET /api/v1/calendar/working-days/add?from=2025-09-26&amp;days=20</c>: the N-th working day after a date.</summary>
internal static class AddWorkingDaysEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/working-days/add", Handle)
        .WithName("AddWorkingDays")
        .WithSummary("计算若干个工作日之后的日期")
        .WithDescription("返回 from 之后第 days 个工作日（from 当日不计入；days 为负数时向前推算）。calendarKnown 为 false 表示涉及的年份尚未录入法定节假日安排，按周一至周五计算。");

    internal static Results<Ok<AddWorkingDaysResponse>, ValidationProblem> Handle(string? from, string? days, WorkingDayCalendar calendar)
    {
        var errors = CalendarProblems.DateErrors(("from", from));
        if (string.IsNullOrWhiteSpace(days))
        {
            errors["days"] = ["缺少参数 days"];
        }
        else if (!int.TryParse(days, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            errors["days"] = ["工作日数应为整数"];
        }

        if (errors.Count > 0)
        {
            return CalendarProblems.Invalid(errors);
        }

        CalendarProblems.TryDate(from, out var start);
        var count = int.Parse(days!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var result = calendar.AddWorkingDays(start, count);
        return result.IsSuccess
            ? TypedResults.Ok(new AddWorkingDaysResponse(start, count, result.Value.Date, result.Value.CalendarKnown))
            : CalendarProblems.From(result.Error!, Math.Abs((long)count) > CalendarErrors.MaxDays ? "days" : "from");
    }
}

internal sealed record AddWorkingDaysResponse(DateOnly From, int Days, DateOnly Date, bool CalendarKnown);
