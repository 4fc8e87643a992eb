using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Calendar.Api;

/// <summary><c>GET /api/v1/calendar/working-days/between?from=…&amp;to=…</c>: working days after from up to and including to.</summary>
internal static class WorkingDaysBetweenEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/working-days/between", Handle)
        .WithName("WorkingDaysBetween")
        .WithSummary("计算两个日期之间的工作日数")
        .WithDescription("返回 from 之后至 to（含）的工作日数；to 早于 from 时为负数。calendarKnown 为 false 表示涉及的年份尚未录入法定节假日安排。");

    internal static Results<Ok<WorkingDaysBetweenResponse>, ValidationProblem> Handle(string? from, string? to, WorkingDayCalendar calendar)
    {
        var errors = CalendarProblems.DateErrors(("from", from), ("to", to));
        if (errors.Count > 0)
        {
            return CalendarProblems.Invalid(errors);
        }

        CalendarProblems.TryDate(from, out var start);
        CalendarProblems.TryDate(to, out var end);
        var result = calendar.WorkingDaysBetween(start, end);
        return result.IsSuccess
            ? TypedResults.Ok(new WorkingDaysBetweenResponse(start, end, result.Value.WorkingDays, result.Value.CalendarKnown))
            : CalendarProblems.From(result.Error!, CalendarTable.Contains(start) ? "to" : "from");
    }
}

internal sealed record WorkingDaysBetweenResponse(DateOnly From, DateOnly To, int WorkingDays, bool CalendarKnown);
