using EGov.Platform.Calendar;

namespace EGov.UnitTests.Calendar;

public sealed class HolidayYearReaderTests
{
    private static string File(string days) => $$"""{ "year": 2027, "notice": "测试", "days": [ {{days}} ] }""";

    private static string Day(string date, bool off, string name = "元旦") => $$"""{ "name": "{{name}}", "date": "{{date}}", "isOffDay": {{(off ? "true" : "false")}} }""";

    [Fact]
    public void Shipped_years_are_read()
    {
        Assert.Equal([2024, 2025, 2026], EmbeddedHolidays.All.Select(y => y.Year).Order());
        Assert.Equal(33, EmbeddedHolidays.All.Single(y => y.Year == 2025).Days.Count);
    }

    [Fact]
    public void A_valid_year_is_read()
    {
        var result = HolidayYearReader.Read(File($"{Day("2027-01-01", true)}, {Day("2027-01-02", true)}, {Day("2027-01-03", true)}"));

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Value.Days.Count);
        Assert.Equal("测试", result.Value.Notice);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "year": 2027 }""")]
    [InlineData("""{ "year": 2027, "days": [ { "name": "元旦", "date": "2027-13-01", "isOffDay": true } ] }""")]
    [InlineData("""{ "year": 2027, "days": [ { "name": "元旦", "date": "2027-01-01" } ] }""")]
    public void Malformed_files_are_refused(string json)
    {
        Assert.Equal("calendar.file_malformed", HolidayYearReader.Read(json).Error?.Code);
    }

    [Theory]
    [InlineData("2026-12-31", true, "元旦", "不属于 2027 年")]
    [InlineData("2027-01-01", true, " ", "缺少节日名称")]
    [InlineData("2027-01-04", false, "元旦", "不是周六或周日")]
    public void Implausible_days_are_refused_with_a_reason(string date, bool off, string name, string reason)
    {
        var result = HolidayYearReader.Read(File($"{Day("2027-01-01", true)}, {Day(date, off, name)}"));

        Assert.Equal("calendar.year_invalid", result.Error?.Code);
        Assert.Contains(reason, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_dates_are_refused()
    {
        var result = HolidayYearReader.Read(File($"{Day("2027-01-01", true)}, {Day("2027-01-01", true)}"));

        Assert.Contains("2027-01-01 重复出现", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_make_up_day_needs_a_holiday_of_the_same_name()
    {
        // Sunday 2027-01-03 as a make-up day for a 春节 that has no off-days in the file.
        var result = HolidayYearReader.Read(File($"{Day("2027-01-01", true)}, {Day("2027-01-03", false, "春节")}"));

        Assert.Contains("没有“春节”的放假日", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_with_far_too_many_weekday_off_days_is_refused()
    {
        var weekdays = Enumerable.Range(0, 60).Select(i => new DateOnly(2027, 3, 1).AddDays(i))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(21);
        var result = HolidayYearReader.Read(File(string.Join(", ", weekdays.Select(d => Day(d.ToString("yyyy-MM-dd"), true)))));

        Assert.Contains("超过合理范围", result.Error!.Message, StringComparison.Ordinal);
    }
}
