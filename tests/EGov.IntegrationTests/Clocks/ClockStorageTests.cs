using EGov.IntegrationTests.Calendar;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Clocks;

/// <summary>Clocks stored on each provider, and the set-based warning refresh run against the real database.</summary>
public abstract class ClockStorageTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_clock_with_pauses_and_extensions_round_trips_and_its_level_is_refreshed_set_based()
    {
        // Started 2025-09-26 (20 working days, due 2025-10-30), stored while it was still Normal.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 9, 26, 1, 0, 0, TimeSpan.Zero));
        var caseId = Guid.NewGuid().ToString();
        Guid id;
        await using (var scope = platform.Scope())
        {
            var clocks = Clocks(scope, time);
            var clock = clocks.Start(new ClockStart("test", "request", caseId, "存储测试", new DateOnly(2025, 9, 26), ClockLimit.WorkingDays(20))).Value;
            clocks.Pause(clock, PauseReasons.Consultation, new DateOnly(2025, 10, 9));
            clocks.Resume(clock, new DateOnly(2025, 10, 10));
            clocks.Extend(clock, 20, "情况复杂", "主任");
            await PlatformFactory.Db(scope).SaveChangesAsync();
            id = clock.Id;
        }

        await using (var scope = platform.Scope())
        {
            var clocks = Clocks(scope, time);
            // 40 working days to 2025-11-27, plus 10-10 paused (1 working day) → Fri 2025-11-28.
            var read = await clocks.FindAsync(id);
            Assert.Equal(new DateOnly(2025, 11, 28), read!.DueDate);
            Assert.Single(read.Pauses);
            Assert.Single(read.Extensions);
            Assert.Equal(WarningLevel.Normal, read.WarningLevel);

            // The real now: the refresh touches every running clock of the shared database, so it must tell the truth.
            await clocks.RefreshWarningLevelsAsync(TimeProvider.System.GetUtcNow().UtcDateTime);
        }

        await using (var scope = platform.Scope())
        {
            var stored = await PlatformFactory.Db(scope).Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.Equal(WarningLevel.Overdue, stored.WarningLevel);
            Assert.Equal(4, await PlatformFactory.Db(scope).Set<ClockEvent>().CountAsync(e => e.ClockId == id));
        }
    }

    private static ClockService Clocks(AsyncServiceScope scope, TimeProvider time)
        => new(scope.ServiceProvider.GetRequiredService<EGovDbContext>(), scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>(),
            new CollectingAuditLog(), time, Options.Create(new ClockOptions()));
}

[Collection(SqliteCollection.Name)]
public sealed class ClockStorageTestsOnSqlite(SqlitePlatform platform) : ClockStorageTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class ClockStorageTestsOnPostgres(PostgresPlatform platform) : ClockStorageTests(platform);
