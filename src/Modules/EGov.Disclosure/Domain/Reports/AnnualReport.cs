namespace EGov.Disclosure.Domain.Reports;

/// <summary>
/// 政府信息公开工作年度报告 (条例 第四十九条、第五十条) of one agency for one year, in the 国办公开办函〔2021〕30号 format:
/// sections 一, 五 and 六 are text written by staff; tables 二, 三 and 四 are computed from the platform's data,
/// except the table 二 figures that other systems hold, which staff enter.
/// </summary>
internal sealed class AnnualReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The agency's department (the district government's own report: the root department).</summary>
    public Guid AgencyId { get; set; }

    public int Year { get; set; }

    /// <summary>一、总体情况.</summary>
    public string Overview { get; set; } = "";

    /// <summary>五、存在的主要问题及改进情况.</summary>
    public string Problems { get; set; } = "";

    /// <summary>六、其他需要报告的事项.</summary>
    public string OtherMatters { get; set; } = "";

    /// <summary>Table 二, 第二十条第（五）项: 行政许可 本年处理决定数量.</summary>
    public int LicensingDecisions { get; set; }

    /// <summary>Table 二, 第二十条第（六）项: 行政处罚 本年处理决定数量.</summary>
    public int PenaltyDecisions { get; set; }

    /// <summary>Table 二, 第二十条第（六）项: 行政强制 本年处理决定数量.</summary>
    public int EnforcementDecisions { get; set; }

    /// <summary>Table 二, 第二十条第（八）项: 行政事业性收费 本年收费金额（万元）.</summary>
    public decimal FeeAmountTenThousandYuan { get; set; }

    public AnnualReportStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public Guid? PublishedBy { get; set; }

    /// <summary>The computed tables as published (JSON), so that the published report never changes afterwards.</summary>
    public string? PublishedTables { get; set; }

    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
}

internal enum AnnualReportStatus
{
    Draft = 0,
    Published = 1,
}
