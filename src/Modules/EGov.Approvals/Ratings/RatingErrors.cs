using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Results;

namespace EGov.Approvals.Ratings;

/// <summary>The expected failures of rating and rectification, with Chinese messages.</summary>
internal static class RatingErrors
{
    public static readonly Error ApplicationNotFound = Error.NotFound("approvals.rating.application_not_found", "未找到该办件。");

    public static readonly Error NotConcluded = Error.Conflict("approvals.rating.not_concluded", "办件办结后才能评价（一事一评）。");

    public static readonly Error AlreadyRated = Error.Conflict("approvals.rating.already_rated", "该办件已经评价过，每件只能评价一次。");

    public static readonly Error NotFound = Error.NotFound("approvals.rectification.not_found", "未找到该整改记录，或不在您的权限范围内。");

    public static readonly Error Stale = Error.Conflict("approvals.rectification.stale", "该整改记录已被他人修改，请刷新后重试。");

    public static readonly Error CallBackFirst = Error.Conflict("approvals.rectification.call_back_first", "实名差评须先由专人回访核实，再记录整改情况。");

    public static readonly Error AlreadyAppealed = Error.Conflict("approvals.rectification.already_appealed", "该差评已申诉复核过一次，不能再次申诉。");

    public static readonly Error NotReviewer = Error.Forbidden("approvals.rectification.not_reviewer", "申诉复核由区政务服务管理机构或全区范围的监督人员决定，且不能复核本部门的申诉。");

    public static Error WrongState(RectificationState state, string action)
        => Error.Conflict("approvals.rectification.wrong_state", $"整改记录当前为“{ApprovalsNames.Of(state)}”，不能{action}。");

    public static Error Invalid(string field, string message)
        => Error.Validation("approvals.rating.invalid", message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields)
        => Error.Validation("approvals.rating.invalid", fields.Values.First()[0]) with { Fields = fields };
}
