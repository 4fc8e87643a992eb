using System.ComponentModel.DataAnnotations;
using EGov.Disclosure.Reports.Handling;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeReports;

/// <summary>The edit form of a report: sections 一, 五, 六 and the table 二 figures that other systems hold.</summary>
internal sealed class ReportForm
{
    [Display(Name = "一、总体情况")]
    public string? Overview { get; set; }

    [Display(Name = "五、存在的主要问题及改进情况")]
    public string? Problems { get; set; }

    [Display(Name = "六、其他需要报告的事项")]
    public string? OtherMatters { get; set; }

    [Display(Name = "行政许可 本年处理决定数量")]
    public int LicensingDecisions { get; set; }

    [Display(Name = "行政处罚 本年处理决定数量")]
    public int PenaltyDecisions { get; set; }

    [Display(Name = "行政强制 本年处理决定数量")]
    public int EnforcementDecisions { get; set; }

    [Display(Name = "行政事业性收费 本年收费金额（万元）")]
    public decimal FeeAmountTenThousandYuan { get; set; }

    public long Version { get; set; }

    internal static ReportForm From(AnnualReportView view) => new()
    {
        Overview = view.Overview,
        Problems = view.Problems,
        OtherMatters = view.OtherMatters,
        LicensingDecisions = view.Figures.LicensingDecisions,
        PenaltyDecisions = view.Figures.PenaltyDecisions,
        EnforcementDecisions = view.Figures.EnforcementDecisions,
        FeeAmountTenThousandYuan = view.Figures.FeeAmountTenThousandYuan,
        Version = view.Version,
    };

    internal ReportInput ToInput() => new(Overview, Problems, OtherMatters, LicensingDecisions, PenaltyDecisions, EnforcementDecisions, FeeAmountTenThousandYuan, Version);
}
