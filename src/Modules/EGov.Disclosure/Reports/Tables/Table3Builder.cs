using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Tables;

/// <summary>
/// Lays out table 三 from the grouped counts. 三（七）总计 counts every request concluded in the year, not the sum of the
/// rows above it: a concluded request without an outcome then shows up in the check instead of vanishing.
/// </summary>
internal static class Table3Builder
{
    private const int Columns = 7;

    public static Table3 Build(IEnumerable<ApplicantCounts> perType, IEnumerable<ConclusionCount> concluded)
    {
        var types = perType.ToList();
        var conclusions = concluded.ToList();
        var rows = new List<Table3Row>
        {
            new(Table3.Received, null, "本年新收政府信息公开申请数量", Figures(types.Select(t => (t.Type, t.Received)))),
            new(Table3.CarriedIn, null, "上年结转政府信息公开申请数量", Figures(types.Select(t => (t.Type, t.CarriedIn)))),
        };
        foreach (var info in ReplyOutcomes.All)
        {
            var isSubRow = char.IsDigit(info.Row[^1]);
            rows.Add(new(info.Row, isSubRow ? info.Group : null, info.Label,
                Figures(conclusions.Where(c => c.Outcome == info.Outcome).Select(c => (c.Type, c.Count)))));
        }

        rows.Add(new(Table3.Total, null, "总计", Figures(conclusions.Select(c => (c.Type, c.Count)))));
        rows.Add(new(Table3.CarriedOut, null, "结转下年度继续办理", Figures(types.Select(t => (t.Type, t.CarriedOut)))));
        return new Table3(Table3.ColumnNames, rows);
    }

    /// <summary>The six applicant columns (by <see cref="ApplicantType"/> 1–6) and their total.</summary>
    private static int[] Figures(IEnumerable<(ApplicantType Type, int Count)> counts)
    {
        var values = new int[Columns];
        foreach (var (type, count) in counts)
        {
            values[Column(type)] += count;
            values[Columns - 1] += count;
        }

        return values;
    }

    private static int Column(ApplicantType type) => type switch
    {
        ApplicantType.NaturalPerson => 0,
        ApplicantType.CommercialEnterprise => 1,
        ApplicantType.ResearchInstitution => 2,
        ApplicantType.PublicInterestOrganization => 3,
        ApplicantType.LegalServiceInstitution => 4,
        _ => 5,
    };
}
