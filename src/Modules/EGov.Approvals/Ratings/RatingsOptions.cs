namespace EGov.Approvals.Ratings;

/// <summary>Configuration section <c>Approvals:Ratings</c> (the rectification period itself is <c>Approvals:RectificationWorkingDays</c>).</summary>
internal sealed class RatingsOptions
{
    public const string Section = "Approvals:Ratings";

    /// <summary>
    /// The 政务服务管理机构 whose staff holding <c>approvals.view</c> decide 申诉复核 (国办发〔2019〕51号 puts 好差评 under it;
    /// the department code is local practice, UNCONFIRMED). Holders of <c>approvals.view</c> for the whole district decide too.
    /// </summary>
    public string ReviewDepartmentCode { get; set; } = "xlq-zwfw";
}
