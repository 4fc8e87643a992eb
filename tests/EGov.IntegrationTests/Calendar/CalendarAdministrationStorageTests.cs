using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Calendar.Admin;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.IntegrationTests.Calendar;

/// <summary>Importing and correcting a far-off year, which no one else uses, on the real database of each provider.</summary>
public abstract class CalendarAdministrationStorageTests(PlatformFactory platform, int year)
{
    // 1 and 2 January off, and the first Saturday or Sunday after them a make-up workday.
    private readonly string _file = $$"""
        { "year": {{year}}, "notice": "测试", "days": [
          { "name": "元旦", "date": "{{year}}-01-01", "isOffDay": true },
          { "name": "元旦", "date": "{{year}}-01-02", "isOffDay": true },
          { "name": "元旦", "date": "{{MakeUpDay(year):yyyy-MM-dd}}", "isOffDay": false } ] }
        """;

    private static DateOnly MakeUpDay(int year)
        => Enumerable.Range(3, 7).Select(d => new DateOnly(year, 1, d)).First(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

    [Fact]
    public async Task An_imported_and_corrected_year_is_stored_and_answered_by_the_calendar()
    {
        var calendar = platform.Services.GetRequiredService<WorkingDayCalendar>();
        await using (var scope = platform.Scope())
        {
            var imported = await Administration(scope).ImportAsync(_file, "测试", default);
            Assert.True(imported.IsSuccess, imported.Error?.Message);
        }

        Assert.True(calendar.IsYearKnown(year));
        Assert.False(calendar.IsWorkingDay(new DateOnly(year, 1, 2)));
        Assert.True(calendar.IsWorkingDay(MakeUpDay(year)));

        await using (var scope = platform.Scope())
        {
            var administration = Administration(scope);
            var version = (await administration.FindStoredAsync(year, default))!.Version;
            var corrected = await administration.CorrectDayAsync(new DayCorrection(new DateOnly(year, 1, 2), CorrectedKind.Normal, null), version, default);
            Assert.True(corrected.IsSuccess, corrected.Error?.Message);
            var stale = await administration.CorrectDayAsync(new DayCorrection(new DateOnly(year, 1, 1), CorrectedKind.Normal, null), version, default);
            Assert.Equal("calendar.year_changed", stale.Error?.Code);
        }

        Assert.True(calendar.IsWorkingDay(new DateOnly(year, 1, 2))); // 2 January 2097/2098 is a weekday
    }

    private static CalendarAdministration Administration(AsyncServiceScope scope)
    {
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<EGovDbContext>();
        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var audit = new CollectingAuditLog();
        var clocks = new ClockService(db, calendar, audit, TimeProvider.System, Options.Create(new ClockOptions()));
        return new CalendarAdministration(db, audit, calendar, clocks, TimeProvider.System);
    }
}

internal sealed class CollectingAuditLog : IAuditLog
{
    public List<AuditRecord> Records { get; } = [];

    public void Record(AuditRecord record) => Records.Add(record);

    public Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Records.Add(record);
        return Task.CompletedTask;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarAdministrationStorageTestsOnSqlite(SqlitePlatform platform) : CalendarAdministrationStorageTests(platform, 2098);

[Collection(PostgresCollection.Name)]
public sealed class CalendarAdministrationStorageTestsOnPostgres(PostgresPlatform platform) : CalendarAdministrationStorageTests(platform, 2097);
