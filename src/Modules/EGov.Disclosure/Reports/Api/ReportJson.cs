using EGov.Disclosure.Reports.Handling;

namespace EGov.Disclosure.Reports.Api;

/// <summary>The API's shape of an annual report: the three tables with the labels of the format, the check, the sections.</summary>
internal static class ReportJson
{
    public static object From(AnnualReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var t = view.Tables;
        return new
        {
            year = view.Year,
            agency = new { code = view.Agency.Code, name = view.Agency.Name, isGovernment = view.Agency.IsGovernment },
            status = view.Status,
            title = view.Title,
            publishedAt = view.PublishedAt,
            deadline = view.Deadline,
            version = view.Version,
            sections = new { overview = view.Overview, problems = view.Problems, otherMatters = view.OtherMatters },
            table2 = t.Table2,
            table3 = t.Table3,
            table4 = t.Table4,
            check = t.Check,
            fees = new { paidCount = t.Fees.PaidCount, totalYuan = t.Fees.TotalYuan, sentence = t.Fees.Sentence },
        };
    }
}
