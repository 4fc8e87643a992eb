using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Calendar.Api;

/// <summary><c>GET /api/v1/calendar/days/2025-10-01</c>: whether a date is a working day, and the holiday's name.</summary>
internal static class CalendarDayEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/days/{date}", Handle)
        .WithName("CalendarDay")
        .WithSummary("查询某一天是否为工作日")
        .WithDescription("返回该日是否为工作日，以及法定节假日或调休上班日的名称（其他日期为 null）。");

    internal static Results<Ok<CalendarDayResponse>, ValidationProblem> Handle(string date, WorkingDayCalendar calendar)
    {
        var errors = CalendarProblems.DateErrors(("date", date));
        if (errors.Count > 0)
        {
            return CalendarProblems.Invalid(errors);
        }

        CalendarProblems.TryDate(date, out var day);
        var result = calendar.Describe(day);
        return result.IsSuccess
            ? TypedResults.Ok(new CalendarDayResponse(day, result.Value.IsWorkingDay, result.Value.Name, result.Value.CalendarKnown))
            : CalendarProblems.From(result.Error!, "date");
    }
}

internal sealed record CalendarDayResponse(DateOnly Date, bool IsWorkingDay, string? Name, bool CalendarKnown);
