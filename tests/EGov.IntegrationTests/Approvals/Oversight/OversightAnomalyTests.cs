using System.Text.Json;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Clocks;
using EGov.Platform.Time;
using static EGov.Approvals.Oversight.ApplicationAnomalyRules;

namespace EGov.IntegrationTests.Approvals.Oversight;

/// <summary>The approvals module's anomaly checks for oversight, one rule at a time: a case that breaks it and one that does not.</summary>
public abstract class OversightAnomalyTests(PlatformFactory platform)
{
    private readonly AnomalyCases _cases = new(platform);

    [Fact]
    public async Task Two_correction_notices_break_the_one_time_notice_rule_and_one_does_not()
    {
        var (twice, once) = (await _cases.SubmittedAsync(), await _cases.SubmittedAsync());
        var today = ChinaTime.Today(TimeProvider.System);
        await _cases.NoticesAsync(twice, today.AddDays(-6), today.AddDays(-1));
        await _cases.NoticesAsync(once, today.AddDays(-1));

        var findings = await _cases.FindAsync();

        Assert.Equal([RepeatedCorrection], AnomalyCases.RulesOf(findings, twice));
        Assert.Empty(AnomalyCases.RulesOf(findings, once));
        var finding = findings.Single(f => f.CaseId == twice.ToString());
        var application = await new Intake.IntakeDriver(platform).ApplicationAsync(twice);
        Assert.Equal(
            (ApprovalsClocks.Module, "application", application.DepartmentId, application.ItemName, $"{application.ItemName}（{application.Number}）", $"/office/approvals/applications/{twice}"),
            (finding.Module, finding.CaseType, finding.DepartmentId, finding.Item, finding.Title, finding.CaseUrl));
        Assert.Contains("2次补正告知", finding.Reason, StringComparison.Ordinal);
        var evidence = JsonDocument.Parse(finding.Evidence).RootElement;
        Assert.Equal(2, evidence.GetProperty("notices").GetInt32());
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd"), evidence.GetProperty("lastIssuedOn").GetString());
    }

    [Fact]
    public async Task An_application_concluded_without_acceptance_is_found_and_an_accepted_one_is_not()
    {
        var (unaccepted, accepted) = (await _cases.ConcludedAsync(), await _cases.ConcludedAsync());
        await _cases.ChangeAsync(unaccepted, a => a.AcceptedOn = null);
        await _cases.RemoveStepsAsync(unaccepted, "accepted");
        await _cases.StepsAsync(unaccepted, ("reviewed", AnomalyCases.Now.AddDays(-2)));

        var findings = await _cases.FindAsync();

        Assert.Equal([ConcludedWithoutAcceptance], AnomalyCases.RulesOf(findings, unaccepted));
        Assert.Empty(AnomalyCases.RulesOf(findings, accepted));
        Assert.Contains("没有受理记录", findings.Single(f => f.CaseId == unaccepted.ToString()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_concluded_without_a_result_or_delivery_record_is_found()
    {
        var (undelivered, noResult, complete) = (await _cases.ConcludedAsync(), await _cases.ConcludedAsync(), await _cases.ConcludedAsync());
        await _cases.ChangeAsync(undelivered, a => (a.DeliveryMethod, a.DeliveredOn) = (null, null));
        await _cases.ChangeAsync(noResult, a => (a.ResultProducedOn, a.DeliveredOn) = (null, null));

        var findings = await _cases.FindAsync();

        Assert.Equal([ConcludedWithoutResult], AnomalyCases.RulesOf(findings, undelivered));
        Assert.Equal([ConcludedWithoutResult], AnomalyCases.RulesOf(findings, noResult));
        Assert.Empty(AnomalyCases.RulesOf(findings, complete));
        Assert.Contains("没有送达记录", findings.Single(f => f.CaseId == undelivered.ToString()).Reason, StringComparison.Ordinal);
        Assert.Contains("没有出具审批结果的记录，也没有送达记录", findings.Single(f => f.CaseId == noResult.ToString()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committed_application_handled_through_every_step_within_a_minute_is_an_instant_conclusion()
    {
        var id = await _cases.SubmittedAsync();
        var clerk = await Handling.ApprovalsClient.SignInAsync(platform, "xzsp.shouli");
        var chief = await Handling.ApprovalsClient.SignInAsync(platform, "xzsp.kezhang");
        await clerk.StepAsync(id, "accept");
        await chief.StepAsync(id, "opinion", new { opinion = "材料真实，场所符合要求", completeReview = true });
        await chief.StepAsync(id, "decide", new { decision = "Approved" });
        await clerk.StepAsync(id, "produce");
        await clerk.StepAsync(id, "deliver", new { method = "Post", note = "EMS 1234567890" });
        await clerk.StepAsync(id, "conclude");
        var reviewed = await _cases.ConcludedAsync(acceptedAt: AnomalyCases.Now.AddHours(-2), concludedAt: AnomalyCases.Now.AddMinutes(-10));
        var immediate = await _cases.ConcludedAsync(acceptedAt: AnomalyCases.Now.AddSeconds(-50), concludedAt: AnomalyCases.Now, item: i => i.CaseKind = CaseKind.Immediate);
        await _cases.ChangeAsync(immediate, a => a.CaseKind = CaseKind.Immediate);

        var findings = await _cases.FindAsync();

        Assert.Equal([InstantConclusion], AnomalyCases.RulesOf(findings, id));
        Assert.Empty(AnomalyCases.RulesOf(findings, reviewed));
        Assert.Empty(AnomalyCases.RulesOf(findings, immediate));
        var evidence = JsonDocument.Parse(findings.Single(f => f.CaseId == id.ToString()).Evidence).RootElement;
        Assert.InRange(evidence.GetProperty("seconds").GetInt32(), 0, 59);
    }

    [Fact]
    public async Task A_fee_different_from_the_standard_is_found_and_the_standard_fee_is_not()
    {
        static void Fees(ServiceItem item, params decimal?[] amounts)
        {
            item.Charges = true;
            item.FeeItems = [.. amounts.Select((a, i) => new FeeItem { Name = $"收费{i}", Standard = $"每件{a}元", Amount = a })];
        }

        var standard = await _cases.ConcludedAsync(item: i => Fees(i, 10m, 5.5m));
        var above = await _cases.ConcludedAsync(item: i => Fees(i, 10m, 5.5m));
        var below = await _cases.ConcludedAsync(item: i => Fees(i, 80m));
        var free = await _cases.ConcludedAsync();
        var uncharged = await _cases.ConcludedAsync();
        var varying = await _cases.ConcludedAsync(item: i => Fees(i, 10m, null));
        await _cases.ChangeAsync(standard, a => a.FeeCharged = 15.5m);
        await _cases.ChangeAsync(above, a => a.FeeCharged = 20m);
        await _cases.ChangeAsync(below, a => a.FeeCharged = 40m);
        await _cases.ChangeAsync(free, a => a.FeeCharged = 30m);
        await _cases.ChangeAsync(uncharged, a => a.FeeCharged = 0m);
        await _cases.ChangeAsync(varying, a => a.FeeCharged = 99m);

        var findings = await _cases.FindAsync();

        Assert.Equal([FeeMismatch], AnomalyCases.RulesOf(findings, above));
        Assert.Equal([FeeMismatch], AnomalyCases.RulesOf(findings, below));
        Assert.Equal([FeeMismatch], AnomalyCases.RulesOf(findings, free));
        Assert.Empty(AnomalyCases.RulesOf(findings, standard));
        Assert.Empty(AnomalyCases.RulesOf(findings, uncharged));
        Assert.Empty(AnomalyCases.RulesOf(findings, varying));
        var evidence = JsonDocument.Parse(findings.Single(f => f.CaseId == above.ToString()).Evidence).RootElement;
        Assert.Equal((20m, 15.5m), (evidence.GetProperty("feeCharged").GetDecimal(), evidence.GetProperty("feeStandard").GetDecimal()));
        Assert.Contains("不收费，却收取了30元", findings.Single(f => f.CaseId == free.ToString()).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_registered_with_no_handling_step_before_it_is_handled_outside_the_system()
    {
        var (outside, handled, decidedLater) = (await _cases.ConcludedAsync(), await _cases.ConcludedAsync(), await _cases.ConcludedAsync());
        await _cases.RemoveStepsAsync(outside, "accepted", "decided");
        await _cases.RemoveStepsAsync(decidedLater, "accepted", "decided");
        await _cases.StepsAsync(decidedLater, ("decided", AnomalyCases.Now));

        var findings = await _cases.FindAsync();

        Assert.Equal([HandledOutsideSystem], AnomalyCases.RulesOf(findings, outside));
        Assert.Equal([HandledOutsideSystem], AnomalyCases.RulesOf(findings, decidedLater));
        Assert.Empty(AnomalyCases.RulesOf(findings, handled));
    }

    [Fact]
    public async Task Only_enabled_rules_are_checked()
    {
        var id = await _cases.ConcludedAsync();
        await _cases.ChangeAsync(id, a => (a.AcceptedOn, a.DeliveredOn, a.FeeCharged) = (null, null, 5m));

        var all = await _cases.FindAsync();
        var two = await _cases.FindAsync(new HashSet<string> { FeeMismatch, RepeatedCorrection });
        var none = await _cases.FindAsync(new HashSet<string>());

        Assert.Equal([ConcludedWithoutAcceptance, ConcludedWithoutResult, FeeMismatch], AnomalyCases.RulesOf(all, id));
        Assert.Equal([FeeMismatch], AnomalyCases.RulesOf(two, id));
        Assert.All(two, f => Assert.Contains(f.Rule, new[] { FeeMismatch, RepeatedCorrection }));
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_scan_since_yesterday_skips_older_cases_and_the_first_run_finds_them()
    {
        var old = AnomalyCases.Now.AddDays(-10);
        var today = ChinaTime.Today(TimeProvider.System);
        var (corrected, unaccepted, instant, outside) =
            (await _cases.SubmittedAsync(), await _cases.ConcludedAsync(old.AddDays(-1), old), await _cases.ConcludedAsync(old.AddSeconds(-5), old), await _cases.ConcludedAsync(old.AddDays(-1), old));
        await _cases.NoticesAsync(corrected, today.AddDays(-12), today.AddDays(-10));
        await _cases.ChangeAsync(unaccepted, a => (a.AcceptedOn, a.DeliveredOn, a.FeeCharged) = (null, null, 7m));
        await _cases.RemoveStepsAsync(outside, "accepted", "decided");
        var recent = await _cases.ConcludedAsync();
        await _cases.ChangeAsync(recent, a => (a.AcceptedOn, a.DeliveredOn, a.FeeCharged) = (null, null, 7m));
        await _cases.NoticesAsync(recent, today.AddDays(-12), today);

        var sinceYesterday = await _cases.FindAsync(since: AnomalyCases.Now.AddDays(-1));
        var first = await _cases.FindAsync(since: DateTime.MinValue);

        Assert.All(new[] { corrected, unaccepted, instant, outside }, id => Assert.Empty(AnomalyCases.RulesOf(sinceYesterday, id)));
        Assert.Equal([RepeatedCorrection], AnomalyCases.RulesOf(first, corrected));
        Assert.Equal([ConcludedWithoutAcceptance, ConcludedWithoutResult, FeeMismatch], AnomalyCases.RulesOf(first, unaccepted));
        Assert.Equal([InstantConclusion], AnomalyCases.RulesOf(first, instant));
        Assert.Equal([HandledOutsideSystem], AnomalyCases.RulesOf(first, outside));
        Assert.Equal([ConcludedWithoutAcceptance, ConcludedWithoutResult, FeeMismatch, RepeatedCorrection], AnomalyCases.RulesOf(sinceYesterday, recent));
    }

    [Fact]
    public async Task Demo_applications_break_rules_and_run_promised_clocks_overdue_and_ending_today()
    {
        var findings = await _cases.FindAsync();
        var demo = await _cases.DemoPromisedClocksAsync();
        var today = ChinaTime.Today(TimeProvider.System);
        var nextWorkingDay = Handling.ApplicationBuilder.AddWorkingDays(platform, today, 1);

        var demoRules = findings.Where(f => demo.Applications.Contains(f.CaseId)).Select(f => f.Rule).ToHashSet();
        Assert.Superset(new HashSet<string> { RepeatedCorrection, FeeMismatch, HandledOutsideSystem }, demoRules);
        Assert.Contains(demo.Clocks, c => c.State == ClockState.Running && c.WarningLevel == WarningLevel.Overdue);
        Assert.Contains(demo.Clocks, c => c.State == ClockState.Running && c.WarningLevel != WarningLevel.Overdue && c.DueDate >= today && c.DueDate <= nextWorkingDay);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OversightAnomalyOnSqlite(SqlitePlatform platform) : OversightAnomalyTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class OversightAnomalyOnPostgres(PostgresPlatform platform) : OversightAnomalyTests(platform);
