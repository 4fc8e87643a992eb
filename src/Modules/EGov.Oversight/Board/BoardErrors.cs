using EGov.Platform.Results;

namespace EGov.Oversight.Board;

internal static class BoardErrors
{
    public static readonly Error ClockNotFound = Error.NotFound("oversight.board.clock_not_found", "没有找到这个时限，或不在您的监察范围内。");

    public static Error UnknownModule(string module) => Field("oversight.board.unknown_module", "module", $"没有名为“{module}”的业务模块。");

    public static Error UnknownDepartment(string department) => Field("oversight.board.unknown_department", "department", $"没有编码或标识为“{department}”的部门。");

    public static Error UnknownLevel(string level) => Field("oversight.board.unknown_level", "level", $"“{level}”不是有效的等级，请用 normal（正常）、warning（预警）、yellow（黄牌）或 red（红牌）。");

    public static Error ItemTooLong { get; } = Field("oversight.board.item_too_long", "item", "事项名称不能超过 200 个字。");

    public static Error BadPage(string page) => Field("oversight.board.bad_page", "page", $"“{page}”不是有效的页码，请用从 1 开始的整数。");

    private static Error Field(string code, string field, string message)
        => Error.Validation(code, message) with { Fields = new Dictionary<string, string[]> { [field] = [message] } };
}
