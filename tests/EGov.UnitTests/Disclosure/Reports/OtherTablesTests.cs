using EGov.Disclosure.Domain.Catalog;
using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Reports.Tables;

namespace EGov.UnitTests.Disclosure.Reports;

/// <summary>Tables 二 and 四 and the fee sentence of section 六, on hand-built data of 2025.</summary>
public sealed class OtherTablesTests : IDisposable
{
    private readonly ReportDb _db = new();

    [Fact]
    public async Task Table_two_counts_rules_issued_repealed_and_in_force_and_shows_the_entered_figures()
    {
        await _db.AddAsync(
            _db.Item(RegulatoryKind.NormativeDocument, new(2025, 3, 1)),
            _db.Item(RegulatoryKind.NormativeDocument, new(2021, 3, 1), InformationValidity.Repealed, new(2025, 8, 1)),
            _db.Item(RegulatoryKind.NormativeDocument, new(2020, 3, 1), InformationValidity.Expired, new(2026, 2, 1)),
            _db.Item(RegulatoryKind.NormativeDocument, new(2026, 1, 10)),
            _db.Item(RegulatoryKind.Rule, new(2019, 5, 1)),
            _db.Item(RegulatoryKind.None, new(2025, 5, 1)));

        var table = (await _db.ReportAsync(figures: new ManualFigures(12, 3, 1, 2.5m))).Table2;

        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"], table.Blocks.Select(b => b.Item));
        Assert.Equal(["本年制发件数", "本年废止件数", "现行有效件数"], table.Blocks[0].Columns);
        Assert.Equal("规章", table.Blocks[0].Rows[0].Label);
        Assert.Equal([0, 0, 1], table.Blocks[0].Rows[0].Values);
        Assert.Equal("行政规范性文件", table.Blocks[0].Rows[1].Label);
        Assert.Equal([1, 1, 2], table.Blocks[0].Rows[1].Values);
        Assert.Equal(12m, table.Blocks[1].Rows[0].Values[0]);
        Assert.Equal(["行政处罚", "行政强制"], table.Blocks[2].Rows.Select(r => r.Label));
        Assert.Equal(("本年收费金额（单位：万元）", 2.5m), (table.Blocks[3].Columns[0], table.Blocks[3].Rows[0].Values[0]));
    }

    [Fact]
    public async Task Table_four_counts_disputes_filed_in_the_year_and_decisions_after_31_december_as_pending()
    {
        await _db.AddAsync(
            _db.Dispute(DisputeKind.AdministrativeReview, new(2025, 3, 1), DisputeResult.Maintained, new(2025, 5, 1)),
            _db.Dispute(DisputeKind.AdministrativeReview, new(2025, 11, 1), DisputeResult.Corrected, new(2026, 1, 15)),
            _db.Dispute(DisputeKind.AdministrativeReview, new(2024, 11, 1), DisputeResult.Maintained, new(2025, 1, 15)),
            _db.Dispute(DisputeKind.LawsuitDirect, new(2025, 4, 1), DisputeResult.Other, new(2025, 9, 1)),
            _db.Dispute(DisputeKind.LawsuitAfterReview, new(2025, 12, 1), DisputeResult.Pending));

        var table = (await _db.ReportAsync()).Table4;

        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], table.Columns);
        Assert.Equal("行政复议", table.Blocks[0].Label);
        Assert.Equal([1, 0, 0, 1, 2], table.Blocks[0].Values);
        Assert.Equal("未经复议直接起诉", table.Blocks[1].Label);
        Assert.Equal([0, 0, 1, 0, 1], table.Blocks[1].Values);
        Assert.Equal("复议后起诉", table.Blocks[2].Label);
        Assert.Equal([0, 0, 0, 1, 1], table.Blocks[2].Values);
    }

    [Fact]
    public async Task Section_six_sentence_counts_the_fees_paid_in_the_year()
    {
        var first = _db.Request(ApplicantType.NaturalPerson, new(2025, 3, 3));
        var second = _db.Request(ApplicantType.NaturalPerson, new(2025, 11, 3));
        var unpaid = _db.Request(ApplicantType.NaturalPerson, new(2025, 5, 3));
        await _db.AddAsync(first, second, unpaid,
            new FeeNotice { RequestId = first.Id, Mode = FeeMode.PerPage, Quantity = 45, Amount = 150m, IssuedOn = new(2025, 3, 10), PayBy = new(2025, 4, 8), PaidOn = new(2025, 3, 18) },
            new FeeNotice { RequestId = second.Id, Mode = FeeMode.PerPage, Quantity = 120, Amount = 1100m, IssuedOn = new(2025, 11, 10), PayBy = new(2025, 12, 8), PaidOn = new(2025, 11, 20) },
            new FeeNotice { RequestId = unpaid.Id, Mode = FeeMode.PerPage, Quantity = 360, Amount = 9100m, IssuedOn = new(2025, 5, 10), PayBy = new(2025, 6, 8) });

        var fees = (await _db.ReportAsync()).Fees;

        Assert.Equal((2, 1250m), (fees.PaidCount, fees.TotalYuan));
        Assert.Contains("对2件政府信息公开申请收取信息处理费，共计1250.00元", fees.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_tables_read_back_from_their_json_unchanged()
    {
        var day = new DateOnly(2025, 5, 6);
        await _db.AddAsync(_db.Request(ApplicantType.CommercialEnterprise, day, day.AddDays(9), ReplyOutcome.WithheldThirdPartyRights),
            _db.Dispute(DisputeKind.LawsuitDirect, day, DisputeResult.Pending));
        var tables = await _db.ReportAsync(figures: new ManualFigures(1, 2, 3, 0.1234m));

        var json = tables.ToJson();
        var read = ReportTables.FromJson(json);

        Assert.Equal(json, read.ToJson());
        Assert.Contains("\"label\":\"保护第三方合法权益\"", json, StringComparison.Ordinal);
        Assert.Equal(tables.Table3.Row("三（三）4").Values, read.Table3.Row("三（三）4").Values);
    }

    public void Dispose() => _db.Dispose();
}
