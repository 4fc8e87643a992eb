using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Tables;

namespace EGov.UnitTests.Disclosure.Reports;

/// <summary>Table 三 of the annual report (国办公开办函〔2021〕30号) and its check, on hand-built requests of 2025.</summary>
public sealed class Table3Tests : IDisposable
{
    private const int Total = 6;
    private readonly ReportDb _db = new();

    private static int[] Row(ReportTables tables, string code) => [.. tables.Table3.Row(code).Values];

    [Fact]
    public async Task Request_received_last_year_and_concluded_this_year_is_carried_in_and_counted_in_its_result_row()
    {
        await _db.AddAsync(_db.Request(ApplicantType.NaturalPerson, new(2024, 12, 20), new(2025, 1, 10), ReplyOutcome.Disclosed));

        var report = await _db.ReportAsync();

        Assert.Equal([0, 0, 0, 0, 0, 0, 0], Row(report, "一"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "二"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "三（一）"));
        Assert.Equal(0, Row(report, "四")[Total]);
        Assert.True(report.Check.Balanced);
    }

    [Fact]
    public async Task Request_concluded_last_year_is_not_carried_in()
    {
        await _db.AddAsync(_db.Request(ApplicantType.NaturalPerson, new(2024, 12, 2), new(2024, 12, 31), ReplyOutcome.Disclosed));

        var report = await _db.ReportAsync();

        Assert.All(report.Table3.Rows, r => Assert.Equal(0, r.Values[Total]));
    }

    [Fact]
    public async Task Requests_still_open_or_concluded_next_year_are_carried_out()
    {
        await _db.AddAsync(
            _db.Request(ApplicantType.CommercialEnterprise, new(2025, 12, 22)),
            _db.Request(ApplicantType.CommercialEnterprise, new(2025, 12, 29), new(2026, 1, 12), ReplyOutcome.PartiallyDisclosed),
            _db.Request(ApplicantType.NaturalPerson, new(2024, 11, 5)));

        var report = await _db.ReportAsync();

        Assert.Equal([0, 2, 0, 0, 0, 0, 2], Row(report, "一"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], Row(report, "二"));
        Assert.Equal([1, 2, 0, 0, 0, 0, 3], Row(report, "四"));
        Assert.Equal(0, Row(report, "三（七）")[Total]);
        Assert.True(report.Check.Balanced);
    }

    [Fact]
    public async Task Request_received_and_concluded_in_the_year_counts_as_new_and_concluded_only()
    {
        await _db.AddAsync(_db.Request(ApplicantType.ResearchInstitution, new(2025, 3, 3), new(2025, 3, 20), ReplyOutcome.UnavailableNotHeld));

        var report = await _db.ReportAsync();

        Assert.Equal([0, 0, 1, 0, 0, 0, 1], Row(report, "一"));
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], Row(report, "三（四）1"));
        Assert.Equal([0, 0, 1, 0, 0, 0, 1], Row(report, "三（七）"));
        Assert.Equal(0, Row(report, "四")[Total]);
    }

    [Fact]
    public async Task Request_awaiting_confirmation_of_its_receipt_is_not_counted()
    {
        // 条例 第三十一条: an online request is received when both sides confirm it.
        var waiting = _db.Request(ApplicantType.NaturalPerson, received: null);
        waiting.State = RequestState.AwaitingConfirmation;
        await _db.AddAsync(waiting);

        var report = await _db.ReportAsync();

        Assert.All(report.Table3.Rows, r => Assert.Equal(0, r.Values[Total]));
    }

    [Fact]
    public async Task Every_outcome_is_counted_in_its_own_row_and_the_total_is_their_sum()
    {
        var day = new DateOnly(2025, 5, 6);
        await _db.AddAsync([.. ReplyOutcomes.All.Select(o => (object)_db.Request(ApplicantType.LegalServiceInstitution, day, day.AddDays(10), o.Outcome))]);

        var report = await _db.ReportAsync();

        Assert.All(ReplyOutcomes.All, o => Assert.Equal([0, 0, 0, 0, 1, 0, 1], Row(report, o.Row)));
        Assert.Equal(21, Row(report, "三（七）")[Total]);
        Assert.True(report.Check.Balanced);
    }

    [Fact]
    public async Task Each_applicant_type_has_its_column_and_the_total_column_adds_them()
    {
        var day = new DateOnly(2025, 2, 10);
        await _db.AddAsync([.. Enum.GetValues<ApplicantType>().Select(t => (object)_db.Request(t, day))]);

        var report = await _db.ReportAsync();

        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], report.Table3.Columns);
        Assert.Equal([1, 1, 1, 1, 1, 1, 6], Row(report, "一"));
    }

    [Fact]
    public async Task Requests_of_other_agencies_are_not_counted()
    {
        await _db.AddAsync(_db.Request(ApplicantType.NaturalPerson, new(2025, 4, 1), agency: Guid.NewGuid()));

        Assert.Equal(0, Row(await _db.ReportAsync(), "一")[Total]);
    }

    [Fact]
    public async Task Request_concluded_before_it_was_received_fails_the_check_in_its_column_and_the_total()
    {
        await _db.AddAsync(
            _db.Request(ApplicantType.NaturalPerson, new(2025, 6, 2), new(2025, 6, 20), ReplyOutcome.Disclosed),
            _db.Request(ApplicantType.PublicInterestOrganization, new(2026, 1, 5), new(2025, 12, 20), ReplyOutcome.Disclosed));

        var report = await _db.ReportAsync();

        Assert.False(report.Check.Balanced);
        Assert.Equal(["社会公益组织", "总计"], report.Check.FailingColumns);
        var failure = report.Check.Failures[0];
        Assert.Equal((BalanceCheck.CarryRule, 0, 1), (failure.Rule, failure.Left, failure.Right));
    }

    [Fact]
    public async Task Request_concluded_without_an_outcome_fails_the_rule_that_the_total_is_the_sum_of_the_rows()
    {
        await _db.AddAsync(_db.Request(ApplicantType.OtherOrganization, new(2025, 6, 2), new(2025, 6, 20), outcome: null));

        var report = await _db.ReportAsync();

        Assert.Equal(["其他", "总计"], report.Check.FailingColumns);
        Assert.All(report.Check.Failures, f => Assert.Equal(BalanceCheck.TotalRule, f.Rule));
    }

    public void Dispose() => _db.Dispose();
}
