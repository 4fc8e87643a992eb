namespace EGov.Disclosure.Reports.Tables;

/// <summary>One row of table 二: the information (规章, 行政许可…) and its figures in the block's columns.</summary>
internal sealed record Table2Row(string Label, IReadOnlyList<decimal> Values);

/// <summary>One block of table 二, headed by the item of 条例 第二十条 it reports on.</summary>
internal sealed record Table2Block(string Item, IReadOnlyList<string> Columns, IReadOnlyList<Table2Row> Rows);

/// <summary>二、主动公开政府信息情况 (国办公开办函〔2021〕30号).</summary>
internal sealed record Table2(IReadOnlyList<Table2Block> Blocks)
{
    /// <summary>The header of the first column of every block.</summary>
    public const string LabelHeader = "信息内容";
}

/// <summary>The table 二 figures held by systems the platform does not have yet; staff enter them on the report.</summary>
internal sealed record ManualFigures(int LicensingDecisions, int PenaltyDecisions, int EnforcementDecisions, decimal FeeAmountTenThousandYuan)
{
    public static ManualFigures None { get; } = new(0, 0, 0, 0m);
}

/// <summary>The catalog's counts for one regulatory kind (第二十条第（一）项).</summary>
internal sealed record RegulatoryCounts(int Issued, int Repealed, int InForce)
{
    public static RegulatoryCounts None { get; } = new(0, 0, 0);
}
