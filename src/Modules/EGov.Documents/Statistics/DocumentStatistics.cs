namespace EGov.Documents.Statistics;

/// <summary>公文统计 of one year: one row per department, the district's totals, and the paperless share against the plan.</summary>
internal sealed record DocumentStatistics(int Year, IReadOnlyList<DepartmentFigures> Departments, DepartmentFigures Total, decimal PaperlessTarget);

/// <param name="Sent">公文 issued (分发) by the department as 发文机关.</param>
/// <param name="SentElectronic">Deliveries of those documents that went electronically: to internal units, or by 交换包.</param>
/// <param name="SentPaper">Deliveries to external recipients not reached by a 交换包.</param>
/// <param name="Received">收文 of the department (every channel).</param>
/// <param name="ReceivedElectronic">收文 that came by 电子交换 or 交换包.</param>
/// <param name="Concluded">收文 concluded (办结) in the year.</param>
/// <param name="AverageHandlingDays">Mean days from 签收 to 办结 over the concluded ones, or null.</param>
/// <param name="Overdue">收文 concluded after their handling deadline, or open past it.</param>
internal sealed record DepartmentFigures(
    Guid? DepartmentId,
    string Department,
    int Sent,
    int SentElectronic,
    int SentPaper,
    int Received,
    int ReceivedElectronic,
    int Concluded,
    double? AverageHandlingDays,
    int Overdue)
{
    /// <summary>无纸化传输率: electronic deliveries (sent and received) over all deliveries, or null when there were none.</summary>
    public decimal? PaperlessShare
    {
        get
        {
            var all = SentElectronic + SentPaper + Received;
            return all == 0 ? null : Math.Round((decimal)(SentElectronic + ReceivedElectronic) / all, 4);
        }
    }
}
