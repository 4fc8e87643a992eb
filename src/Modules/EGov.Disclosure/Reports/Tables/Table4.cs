using EGov.Disclosure.Domain.Disputes;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>One block of table 四: 行政复议, or 行政诉讼 with its kind; five figures in <see cref="Table4.ColumnNames"/> order.</summary>
internal sealed record Table4Block(string Group, string Label, IReadOnlyList<int> Values);

/// <summary>四、政府信息公开行政复议、行政诉讼情况: three blocks of five cells, one data row of 15 figures.</summary>
internal sealed record Table4(IReadOnlyList<string> Columns, IReadOnlyList<Table4Block> Blocks)
{
    public static IReadOnlyList<string> ColumnNames { get; } = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static Table4 Build(IEnumerable<DisputeCounts> counts)
    {
        var byKind = counts.ToDictionary(c => c.Kind);
        return new Table4(ColumnNames,
        [
            Block("行政复议", "行政复议", DisputeKind.AdministrativeReview),
            Block("行政诉讼", "未经复议直接起诉", DisputeKind.LawsuitDirect),
            Block("行政诉讼", "复议后起诉", DisputeKind.LawsuitAfterReview),
        ]);

        Table4Block Block(string group, string label, DisputeKind kind)
        {
            var c = byKind.GetValueOrDefault(kind) ?? new DisputeCounts(kind, 0, 0, 0, 0);
            return new(group, label, [c.Maintained, c.Corrected, c.Other, c.Total - c.Maintained - c.Corrected - c.Other, c.Total]);
        }
    }
}

/// <summary>Disputes of one kind filed in the year, by their result as of 31 December.</summary>
internal sealed record DisputeCounts(DisputeKind Kind, int Maintained, int Corrected, int Other, int Total);
