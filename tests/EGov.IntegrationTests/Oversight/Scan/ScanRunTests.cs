using System.Globalization;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Scan;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Oversight.Scan;

/// <summary>What a scan run delivers: inbox items, each card once however often and however concurrently it runs, the modules' anomalies.</summary>
public abstract class ScanRunTests(ScanPlatform platform)
{
    private readonly ScanDriver _driver = new(platform);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task New_card_lands_once_in_its_departments_inbox_for_those_who_answer()
    {
        var department = Guid.NewGuid();
        var clock = await _driver.StartAsync("promised", D(2025, 9, 1), 5, department);

        var result = await _driver.ScanAsync(D(2025, 9, 30));

        var card = Assert.Single(await _driver.CardsAsync(clock));
        Assert.True(card.InInbox);
        Assert.True(result.InboxItems >= 1);
        var item = Assert.Single((await InboxAsync(department, OversightPermissions.Answer)).Items);
        Assert.Equal(("oversight", "card.answer", $"黄牌：{clock.Title}"), (item.Module, item.Kind, item.Title));
        Assert.Equal(($"/office/oversight/cards/{card.Id}", card.Id.ToString(CultureInfo.InvariantCulture)), (item.Url, item.CaseId));
        // Three working days after Tue 09-30 across National Day: 10-09, 10-10 and Sat 10-11 (worked).
        Assert.Equal(D(2025, 10, 11), item.DueDate);
        Assert.Empty((await InboxAsync(department, OversightPermissions.Watch)).Items);
    }

    [Fact]
    public async Task Card_of_a_case_without_department_goes_to_the_supervisors()
    {
        var clock = await _driver.StartAsync("statutory", D(2025, 9, 1), 5);

        await _driver.ScanAsync(D(2025, 9, 10));

        var card = Assert.Single(await _driver.CardsAsync(clock));
        DepartmentInfo? office;
        await using (var scope = platform.Scope())
        {
            office = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync("xlq-zfb");
        }

        var item = Assert.Single(await AllAsync(office!.Id, OversightPermissions.Supervise), i => i.CaseId == card.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal($"红牌：{clock.Title}", item.Title);
        Assert.Null(item.DueDate);
    }

    [Fact]
    public async Task Second_scan_raises_nothing_new()
    {
        var promised = await _driver.StartAsync("promised", D(2025, 11, 3), 5);
        var request = await _driver.StartAsync("request", D(2025, 11, 3), 5);

        var first = await _driver.ScanAsync(D(2025, 11, 20));
        var second = await _driver.ScanAsync(D(2025, 11, 20));

        Assert.True(first.Total >= 2);
        Assert.Equal((0, 0, 0, 0), (second.Total, second.Escalated, second.Anomalies, second.InboxItems));
        Assert.Single(await _driver.CardsAsync(promised));
        Assert.Single(await _driver.CardsAsync(request));
    }

    [Fact]
    public async Task Two_scans_at_once_raise_and_deliver_each_card_once()
    {
        var department = Guid.NewGuid();
        var clocks = new[]
        {
            await _driver.StartAsync("promised", D(2025, 12, 1), 5, department),
            await _driver.StartAsync("statutory", D(2025, 12, 1), 5, department),
            await _driver.StartAsync("reply", D(2025, 12, 1), 5, department),
        };
        var caseId = Guid.NewGuid().ToString();
        platform.Anomalies.Add(Finding(caseId, department));

        await using (var one = platform.Scope())
        await using (var two = platform.Scope())
        {
            var now = ScanDriver.At(D(2025, 12, 15));
            await Task.WhenAll(
                one.ServiceProvider.GetRequiredService<OversightScan>().RunAsync(now),
                two.ServiceProvider.GetRequiredService<OversightScan>().RunAsync(now));
        }

        foreach (var clock in clocks)
        {
            Assert.Single(await _driver.CardsAsync(clock));
        }

        await using var scope = platform.Scope();
        Assert.Equal(1, await PlatformFactory.Db(scope).Set<Card>().CountAsync(c => c.Rule == TestAnomalySource.FeeMismatch && c.Cause == caseId));
        Assert.Equal(4, (await InboxAsync(department, OversightPermissions.Answer)).Total);
    }

    [Fact]
    public async Task Finding_of_a_modules_anomaly_source_is_raised_once_at_its_rules_level()
    {
        var caseId = Guid.NewGuid().ToString();
        var department = Guid.NewGuid();
        platform.Anomalies.Add(Finding(caseId, department));

        var first = await _driver.ScanAsync(D(2026, 1, 20));
        var second = await _driver.ScanAsync(D(2026, 1, 20));

        await using var scope = platform.Scope();
        var card = await PlatformFactory.Db(scope).Set<Card>().AsNoTracking().SingleAsync(c => c.Rule == TestAnomalySource.FeeMismatch && c.Cause == caseId);
        Assert.Equal((CardLevel.Red, true, null), (card.Level, card.IsAnomaly, card.ClockId));
        Assert.Equal(("收费 200 元，收费标准 100 元", "{\"charged\":200,\"standard\":100}"), (card.Reason, card.Evidence));
        Assert.Equal((department, D(2026, 1, 20), true), (card.DepartmentId, card.RaisedOn, card.InInbox));
        Assert.True(first.Anomalies >= 1);
        Assert.Equal(0, second.Anomalies);
        Assert.Equal(ScanDriver.At(D(2026, 1, 20)).AddDays(-31), platform.Anomalies.LastSince);
    }

    private static AnomalyFinding Finding(string caseId, Guid department)
        => new(TestAnomalySource.FeeMismatch, ScanPlatform.Module, "fee", caseId, department, "扫描测试事项", "收费异常的办件",
            $"/office/scantest/{caseId}", "收费 200 元，收费标准 100 元", "{\"charged\":200,\"standard\":100}");

    private async Task<InboxPage> InboxAsync(Guid department, string permission, int page = 1)
    {
        await using var scope = platform.Scope();
        return await scope.ServiceProvider.GetRequiredService<IWorkItems>().ForUserAsync(Guid.NewGuid(), [department], [permission], page);
    }

    private async Task<List<WorkItemView>> AllAsync(Guid department, string permission)
    {
        var all = new List<WorkItemView>();
        for (var page = 1; ; page++)
        {
            var items = await InboxAsync(department, permission, page);
            all.AddRange(items.Items);
            if (page >= items.PageCount)
            {
                return all;
            }
        }
    }
}

[Collection(ScanSqliteCollection.Name)]
public sealed class ScanRunTestsOnSqlite(ScanSqlitePlatform platform) : ScanRunTests(platform);

[Collection(ScanPostgresCollection.Name)]
public sealed class ScanRunTestsOnPostgres(ScanPostgresPlatform platform) : ScanRunTests(platform);
