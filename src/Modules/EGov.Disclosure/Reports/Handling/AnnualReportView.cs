using EGov.Disclosure.Agencies;
using EGov.Disclosure.Reports.Tables;

namespace EGov.Disclosure.Reports.Handling;

/// <summary>An annual report as pages, exports and the API show it: the published one, or the live draft for staff.</summary>
/// <param name="Saved">False when nobody has written anything for this report yet.</param>
internal sealed record AnnualReportView(
    AgencyInfo Agency,
    int Year,
    bool IsPublished,
    string Overview,
    string Problems,
    string OtherMatters,
    ManualFigures Figures,
    ReportTables Tables,
    DateTime? PublishedAt,
    long Version,
    bool Saved)
{
    public string Title => $"{Agency.Name}{Year}年政府信息公开工作年度报告";

    public string Status => IsPublished ? "published" : "draft";

    /// <summary>条例 第四十九条: departments publish by 31 January, the government's report by 31 March of the next year.</summary>
    public DateOnly Deadline => new(Year + 1, Agency.IsGovernment ? 3 : 1, 31);
}
