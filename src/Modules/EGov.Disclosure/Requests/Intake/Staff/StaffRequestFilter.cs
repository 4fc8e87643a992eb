using System.Text.Json.Serialization;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;

namespace EGov.Disclosure.Requests.Intake.Staff;

/// <param name="Agency">The agency's department code.</param>
/// <param name="Number">Part of the 申请编号.</param>
/// <param name="Due"><c>warning</c> (即将到期) or <c>overdue</c> (已逾期).</param>
internal sealed record StaffRequestFilter(RequestState? State = null, string? Agency = null, string? Number = null, string? Due = null, int Page = 1)
{
    public const string DueWarning = "warning";
    public const string DueOverdue = "overdue";
}

internal sealed record StaffRequestLine(
    Guid Id,
    string Number,
    string AgencyName,
    string ApplicantName,
    string ChannelName,
    DateTime SubmittedAt,
    DateOnly? ReceivedOn,
    DateOnly? DueDate,
    WarningLevel? Level,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RequestState>))] RequestState State,
    string StateName)
{
    /// <summary>The level in words, so that it is not told by colour alone.</summary>
    [JsonIgnore]
    public string LevelName => Level switch
    {
        WarningLevel.Overdue => "已逾期",
        WarningLevel.Warning => "即将到期",
        WarningLevel.Normal => "正常",
        _ => "未起算",
    };
}

internal sealed record StaffRequestPage(IReadOnlyList<StaffRequestLine> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
