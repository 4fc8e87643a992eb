using EGov.IntegrationTests.Calendar;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Domain;
using EGov.Oversight.Scan;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Oversight.Scan;

/// <summary>Builds clocks of the test's types on the real calendar at chosen days, runs the scan at 09:00 of a day, reads the cards.</summary>
internal sealed class ScanDriver(PlatformFactory platform)
{
    /// <summary>09:00 in China on <paramref name="day"/>.</summary>
    public static DateTime At(DateOnly day) => ChinaTime.StartOfDay(day).AddHours(9);

    /// <summary>Starts a clock of <c>scantest/<paramref name="caseType"/></c> on <paramref name="start"/>, as of that morning.</summary>
    public async Task<StatutoryClock> StartAsync(string caseType, DateOnly start, int workingDays, Guid? departmentId = null)
    {
        await using var scope = platform.Scope();
        var clock = Clocks(scope, start).Start(new ClockStart(ScanPlatform.Module, caseType, Guid.NewGuid().ToString(), $"测试办件 {caseType}", start, ClockLimit.WorkingDays(workingDays))
        {
            DepartmentId = departmentId,
            Item = "扫描测试事项",
        }).Value;
        await PlatformFactory.Db(scope).SaveChangesAsync();
        return clock;
    }

    /// <summary>Concludes the case on <paramref name="day"/>: the clock keeps the level it has then.</summary>
    public async Task StopAsync(StatutoryClock clock, DateOnly day)
    {
        await using var scope = platform.Scope();
        var stored = await PlatformFactory.Db(scope).Set<StatutoryClock>().SingleAsync(c => c.Id == clock.Id);
        Assert.True(Clocks(scope, day).Stop(stored, "办结").IsSuccess);
        await PlatformFactory.Db(scope).SaveChangesAsync();
    }

    public async Task<ScanResult> ScanAsync(DateOnly day)
    {
        await using var scope = platform.Scope();
        return await scope.ServiceProvider.GetRequiredService<OversightScan>().RunAsync(At(day));
    }

    public async Task<List<Card>> CardsAsync(StatutoryClock clock)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Card>().AsNoTracking().Where(c => c.ClockId == clock.Id).OrderBy(c => c.Id).ToListAsync();
    }

    public async Task<Card> CardAsync(long id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Card>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public async Task UpdateAsync(long cardId, Func<Card, Task> change)
    {
        await using var scope = platform.Scope();
        var card = await PlatformFactory.Db(scope).Set<Card>().SingleAsync(c => c.Id == cardId);
        await change(card);
        await PlatformFactory.Db(scope).SaveChangesAsync();
    }

    private static ClockService Clocks(AsyncServiceScope scope, DateOnly day)
        => new(scope.ServiceProvider.GetRequiredService<EGovDbContext>(), scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>(),
            new CollectingAuditLog(), new FakeTimeProvider(new DateTimeOffset(At(day))), Options.Create(new ClockOptions()));
}
