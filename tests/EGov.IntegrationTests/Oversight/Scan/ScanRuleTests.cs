using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Oversight.Scan;

/// <summary>Every built-in rule on clocks built on the holiday calendar: which card an overdue clock gets, at which level.</summary>
public abstract class ScanRuleTests(ScanPlatform platform)
{
    private readonly ScanDriver _driver = new(platform);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task Promised_clock_past_its_limit_gets_a_yellow_card_with_reason_and_evidence()
    {
        // Mon 2025-09-01 + 5 working days = Mon 2025-09-08.
        var clock = await _driver.StartAsync("promised", D(2025, 9, 1), 5);
        var notYet = await _driver.StartAsync("promised", D(2025, 9, 1), 20);

        await _driver.ScanAsync(D(2025, 9, 10));

        var card = Assert.Single(await _driver.CardsAsync(clock));
        Assert.Empty(await _driver.CardsAsync(notYet));
        Assert.Equal((OversightRules.PromisedOverdue, CardLevel.Yellow, false), (card.Rule, card.Level, card.IsAnomaly));
        Assert.Equal(clock.Id.ToString(), card.Cause);
        Assert.Equal((clock.CaseId, clock.Title, "扫描测试事项"), (card.CaseId, card.Title, card.Item));
        Assert.Equal($"/office/scantest/{clock.CaseId}", card.CaseUrl);
        Assert.Equal("超过承诺时限：到期日 2025-09-08", card.Reason);
        Assert.Equal((CardState.Open, D(2025, 9, 10), ScanDriver.At(D(2025, 9, 10))), (card.State, card.RaisedOn, card.RaisedAt));
        Assert.Equal(new DateTime(2025, 9, 8, 16, 0, 0, DateTimeKind.Utc), card.DueAt);

        var evidence = JsonDocument.Parse(card.Evidence).RootElement;
        Assert.Equal("scantest", evidence.GetProperty("module").GetString());
        Assert.Equal("promised", evidence.GetProperty("caseType").GetString());
        Assert.Equal("2025-09-08", evidence.GetProperty("dueDate").GetString());
        Assert.Equal("2025-09-08T16:00:00Z", evidence.GetProperty("dueAt").GetString());
        Assert.Equal(5, evidence.GetProperty("limit").GetInt32());
        Assert.Equal("Running", evidence.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("stoppedAt").ValueKind);
    }

    [Theory]
    [InlineData("step", OversightRules.StepOverdue, "Yellow", false)]
    [InlineData("statutory", OversightRules.StatutoryOverdue, "Red", false)]
    [InlineData("pre_review", OversightAnomalies.AcceptanceDeemed, "Yellow", true)]
    [InlineData("rectification", OversightAnomalies.RatingNotRectified, "Yellow", true)]
    [InlineData("request", OversightAnomalies.DisclosureReplyOverdue, "Red", true)]
    [InlineData("reply", OversightAnomalies.LetterUnanswered, "Yellow", true)]
    public async Task Overdue_clock_gets_the_card_of_its_types_rule(string caseType, string rule, string level, bool anomaly)
    {
        // Fri 2025-09-26 + 5 working days across National Day (Sun 09-28 worked, 10-01…10-08 off): due Fri 2025-10-10.
        var clock = await _driver.StartAsync(caseType, D(2025, 9, 26), 5);

        await _driver.ScanAsync(D(2025, 10, 10));
        Assert.Empty(await _driver.CardsAsync(clock));

        await _driver.ScanAsync(D(2025, 10, 11));
        var card = Assert.Single(await _driver.CardsAsync(clock));
        Assert.Equal((rule, level, anomaly), (card.Rule, card.Level.ToString(), card.IsAnomaly));
        Assert.EndsWith("到期日 2025-10-10", card.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clock_of_an_other_kind_without_anomaly_raises_nothing()
    {
        var clock = await _driver.StartAsync("other", D(2025, 9, 1), 5);

        await _driver.ScanAsync(D(2025, 9, 10));

        Assert.Empty(await _driver.CardsAsync(clock));
    }

    [Fact]
    public async Task Disabled_rule_raises_nothing()
    {
        var clock = await _driver.StartAsync("promised", D(2025, 9, 1), 5);
        await using (var scope = platform.Scope())
        {
            var db = PlatformFactory.Db(scope);
            db.Add(new RuleSetting { Code = OversightRules.PromisedOverdue, Enabled = false, Level = CardLevel.Yellow, UpdatedAt = DateTime.UtcNow, UpdatedBy = "test" });
            await db.SaveChangesAsync();
        }

        try
        {
            var result = await _driver.ScanAsync(D(2025, 9, 10));
            Assert.Empty(await _driver.CardsAsync(clock));
            Assert.False(result.Raised.ContainsKey(OversightRules.PromisedOverdue));
        }
        finally
        {
            await using var scope = platform.Scope();
            await PlatformFactory.Db(scope).Set<RuleSetting>().Where(s => s.Code == OversightRules.PromisedOverdue).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task Clock_stopped_after_its_due_date_still_gets_its_card_and_one_stopped_in_time_none()
    {
        var late = await _driver.StartAsync("promised", D(2025, 9, 1), 5);
        var onTime = await _driver.StartAsync("promised", D(2025, 9, 1), 5);
        await _driver.StopAsync(late, D(2025, 9, 12));
        await _driver.StopAsync(onTime, D(2025, 9, 5));

        await _driver.ScanAsync(D(2025, 9, 15));

        var card = Assert.Single(await _driver.CardsAsync(late));
        Assert.Empty(await _driver.CardsAsync(onTime));
        var evidence = JsonDocument.Parse(card.Evidence).RootElement;
        Assert.Equal("Stopped", evidence.GetProperty("state").GetString());
        Assert.Equal("2025-09-12T01:00:00Z", evidence.GetProperty("stoppedAt").GetString());
    }

    [Fact]
    public async Task Yellow_card_not_answered_within_3_working_days_across_national_day_turns_red()
    {
        var clock = await _driver.StartAsync("promised", D(2025, 9, 1), 5);
        await _driver.ScanAsync(D(2025, 9, 30));
        var yellow = Assert.Single(await _driver.CardsAsync(clock));

        // Raised Tue 09-30; the 3 working days after it are 10-09, 10-10 and Sat 10-11 (worked), so it turns red on 10-12.
        await _driver.ScanAsync(D(2025, 10, 11));
        Assert.Single(await _driver.CardsAsync(clock));

        var result = await _driver.ScanAsync(D(2025, 10, 12));
        var cards = await _driver.CardsAsync(clock);
        Assert.Equal(2, cards.Count);
        Assert.Equal(CardState.Escalated, cards[0].State);
        var red = cards[1];
        Assert.Equal((OversightRules.YellowUncorrected, CardLevel.Red, yellow.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), yellow.Id),
            (red.Rule, red.Level, red.Cause, red.EscalatedFrom));
        Assert.Equal((CardState.Open, clock.CaseId, yellow.CaseUrl), (red.State, red.CaseId, red.CaseUrl));
        Assert.Equal("黄牌发出后 3 个工作日内未整改：黄牌发出日 2025-09-30", red.Reason);
        Assert.True(result.Escalated >= 1);
    }

    [Fact]
    public async Task Yellow_card_past_its_urge_deadline_turns_red_before_the_3_working_days()
    {
        var clock = await _driver.StartAsync("step", D(2026, 2, 2), 5);
        await _driver.ScanAsync(D(2026, 3, 2));
        var yellow = Assert.Single(await _driver.CardsAsync(clock));
        await _driver.UpdateAsync(yellow.Id, c =>
        {
            c.UrgeDeadline = D(2026, 3, 3);
            return Task.CompletedTask;
        });

        await _driver.ScanAsync(D(2026, 3, 3));
        Assert.Equal(CardState.Open, (await _driver.CardAsync(yellow.Id)).State);

        await _driver.ScanAsync(D(2026, 3, 4));
        var red = (await _driver.CardsAsync(clock))[^1];
        Assert.Equal((OversightRules.YellowUncorrected, yellow.Id), (red.Rule, red.EscalatedFrom));
        Assert.Equal("黄牌督办期限已过仍未整改：督办期限 2026-03-03", red.Reason);
        Assert.Equal(CardState.Escalated, (await _driver.CardAsync(yellow.Id)).State);
    }

    [Fact]
    public async Task Red_card_is_not_escalated_again()
    {
        var clock = await _driver.StartAsync("statutory", D(2025, 9, 1), 5);

        await _driver.ScanAsync(D(2025, 9, 10));
        await _driver.ScanAsync(D(2025, 11, 10));

        var card = Assert.Single(await _driver.CardsAsync(clock));
        Assert.Equal((CardLevel.Red, CardState.Open), (card.Level, card.State));
    }
}

[Collection(ScanSqliteCollection.Name)]
public sealed class ScanRuleTestsOnSqlite(ScanSqlitePlatform platform) : ScanRuleTests(platform);

[Collection(ScanPostgresCollection.Name)]
public sealed class ScanRuleTestsOnPostgres(ScanPostgresPlatform platform) : ScanRuleTests(platform);
