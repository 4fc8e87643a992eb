namespace EGov.Disclosure.Reports.Tables;

/// <summary>Lays out table 二 with the exact block headings, rows and columns of the 2021 format.</summary>
internal static class Table2Builder
{
    private const string Decisions = "本年处理决定数量";

    public static Table2 Build(RegulatoryCounts rules, RegulatoryCounts normative, ManualFigures figures)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(normative);
        ArgumentNullException.ThrowIfNull(figures);
        return new Table2(
        [
            new("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            [
                new("规章", [rules.Issued, rules.Repealed, rules.InForce]),
                new("行政规范性文件", [normative.Issued, normative.Repealed, normative.InForce]),
            ]),
            new("第二十条第（五）项", [Decisions], [new("行政许可", [figures.LicensingDecisions])]),
            new("第二十条第（六）项", [Decisions],
            [
                new("行政处罚", [figures.PenaltyDecisions]),
                new("行政强制", [figures.EnforcementDecisions]),
            ]),
            new("第二十条第（八）项", ["本年收费金额（单位：万元）"], [new("行政事业性收费", [figures.FeeAmountTenThousandYuan])]),
        ]);
    }
}
