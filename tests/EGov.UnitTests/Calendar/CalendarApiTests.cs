using EGov.Platform.Calendar.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Calendar;

/// <summary>The endpoint handlers called directly; the HTTP tests live in the integration tests.</summary>
public sealed class CalendarApiTests
{
    private readonly EGov.Platform.Calendar.WorkingDayCalendar _calendar = Shipped();

    [Fact]
    public void Add_answers_the_date_and_whether_the_calendar_is_known()
    {
        var result = AddWorkingDaysEndpoint.Handle("2025-09-26", "20", _calendar);

        var ok = Assert.IsType<Ok<AddWorkingDaysResponse>>(result.Result);
        Assert.Equal(new AddWorkingDaysResponse(D(2025, 9, 26), 20, D(2025, 10, 30), true), ok.Value);
    }

    [Theory]
    [InlineData("2025/09/26", "20", "from", "日期格式不正确，应为 YYYY-MM-DD")]
    [InlineData(null, "20", "from", "缺少参数 from")]
    [InlineData("2025-09-26", null, "days", "缺少参数 days")]
    [InlineData("2025-09-26", "二十", "days", "工作日数应为整数")]
    [InlineData("2025-09-26", "5000", "days", "工作日数 5000 超出允许范围（-3650 至 3650）")]
    public void Bad_input_is_a_400_in_Chinese(string? from, string? days, string field, string message)
    {
        var result = AddWorkingDaysEndpoint.Handle(from, days, _calendar);

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("请求参数有误", problem.ProblemDetails.Title);
        Assert.Equal([message], problem.ProblemDetails.Errors[field]);
    }

    [Fact]
    public void Between_counts_and_flags_unknown_years()
    {
        var result = WorkingDaysBetweenEndpoint.Handle("2026-12-25", "2027-01-01", _calendar);

        var ok = Assert.IsType<Ok<WorkingDaysBetweenResponse>>(result.Result);
        Assert.Equal(new WorkingDaysBetweenResponse(D(2026, 12, 25), D(2027, 1, 1), 5, false), ok.Value);
    }

    [Fact]
    public void A_day_answers_its_holiday_name()
    {
        var result = CalendarDayEndpoint.Handle("2025-10-01", _calendar);

        var ok = Assert.IsType<Ok<CalendarDayResponse>>(result.Result);
        Assert.Equal(new CalendarDayResponse(D(2025, 10, 1), false, "国庆节、中秋节", true), ok.Value);
    }

    [Fact]
    public void A_day_outside_the_calendar_is_a_400()
    {
        var problem = Assert.IsType<ValidationProblem>(CalendarDayEndpoint.Handle("2200-01-01", _calendar).Result);

        Assert.Equal("calendar.out_of_range", problem.ProblemDetails.Extensions["code"]);
    }
}
