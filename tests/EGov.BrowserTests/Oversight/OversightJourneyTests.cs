using EGov.Approvals.Contracts;
using EGov.BrowserTests.Infrastructure;
using EGov.Disclosure.Contracts;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Oversight.Scan;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Oversight;

/// <summary>
/// The "done when": the supervisor sees the demo cases coloured on the board (the overdue disclosure reply
/// red, the application past its promised limit yellow); a demo application passes its promised limit, the scan puts
/// a yellow card into its department's inbox, and the department answers it with its 整改说明.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightJourneyTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Supervisor_sees_the_demo_cases_coloured_and_a_passed_promised_limit_is_answered_by_the_department()
    {
        var disclosure = await ClockAsync(c => c.Module == DisclosureClocks.Module && c.CaseType == DisclosureClocks.Request && c.State == ClockState.Running && c.WarningLevel == WarningLevel.Overdue);
        var overduePromise = await ClockAsync(c => c.Module == ApprovalsClocks.Module && c.CaseType == ApprovalsClocks.Promised && c.State == ClockState.Running && c.WarningLevel == WarningLevel.Overdue);
        Assert.True(await HasCardAsync(disclosure.Id, OversightAnomalies.DisclosureReplyOverdue, CardLevel.Red), "the overdue disclosure reply has its red card");

        var supervisor = await platform.SignedInAsync("jiancha");
        await supervisor.GotoAsync("/office/oversight?module=disclosure&level=red");
        Assert.Contains(disclosure.Title, await supervisor.Locator("#clocks").InnerTextAsync(), StringComparison.Ordinal);
        await supervisor.GotoAsync("/office/oversight?module=approvals&level=yellow");
        Assert.Contains(overduePromise.Title, await supervisor.Locator("#clocks").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("页码", await supervisor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await supervisor.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "egov-oversight-board.png"), FullPage = true });

        // The 公共场所卫生许可 demo case's promised limit ends today; the scan runs just after it passes.
        var dueToday = await ClockAsync(c => c.Module == ApprovalsClocks.Module && c.CaseType == ApprovalsClocks.Promised
            && c.Item == "公共场所卫生许可" && c.State == ClockState.Running && c.WarningLevel != WarningLevel.Overdue);
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OversightScan>().RunAsync(dueToday.DueAt.AddMinutes(1));
        }

        Assert.True(await HasCardAsync(dueToday.Id, OversightRules.PromisedOverdue, CardLevel.Yellow), "a yellow card for the passed promised limit");
        var department = await platform.SignedInAsync("xzsp.kezhang");
        var item = department.GetByRole(AriaRole.Link).Filter(new() { HasText = $"黄牌：{dueToday.Title}" });
        await item.First.ClickAsync();
        await department.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/office/oversight/cards/", StringComparison.Ordinal));
        await department.Locator("#answer-explanation").FillAsync("承诺时限届满前未完成现场核查，已于次日上午完成核查并办结，科室已调整现场核查排班。");
        await department.GetByRole(AriaRole.Button, new() { Name = "提交整改说明", Exact = true }).ClickAsync();

        await WaitUntilAsync(async db => await db.Set<Card>().AnyAsync(k => k.ClockId == dueToday.Id && k.State == CardState.Closed && k.Explanation != null));
    }

    private async Task<StatutoryClock> ClockAsync(System.Linq.Expressions.Expression<Func<StatutoryClock, bool>> where)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<StatutoryClock>().AsNoTracking().Where(where).OrderBy(c => c.DueAt).FirstAsync();
    }

    private async Task<bool> HasCardAsync(Guid clockId, string rule, CardLevel level)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<Card>()
            .AnyAsync(k => k.ClockId == clockId && k.Rule == rule && k.Level == level && k.InInbox);
    }

    private async Task WaitUntilAsync(Func<EGovDbContext, Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            await using var scope = platform.Services.CreateAsyncScope();
            if (await condition(scope.ServiceProvider.GetRequiredService<EGovDbContext>()))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("the card was not answered");
    }
}
