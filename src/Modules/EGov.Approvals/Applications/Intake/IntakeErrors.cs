using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Intake;

/// <summary>Collects Chinese messages per input name into one validation <see cref="Error"/> (Problem Details <c>errors</c>).</summary>
internal sealed class IntakeErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IntakeErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public IntakeErrors AddAll(IReadOnlyDictionary<string, string[]> fields)
    {
        foreach (var (field, messages) in fields)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }

        return this;
    }

    public Error ToError() => Error.Validation("approvals.application_invalid", "申请内容有误，请按提示修改。") with
    {
        Fields = _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
    };

    public static readonly Error ItemNotAvailable = Error.NotFound("approvals.item_not_available", "该事项不存在或暂未开放办理。");

    public static readonly Error NotOnline = Error.Validation("approvals.item_not_online", "该事项暂不支持网上申请，请到服务窗口办理。");

    public static readonly Error NoProfile = Error.Forbidden("approvals.applicant_profile_missing", "只有实名注册的个人或企业账号可以网上申请。");
}
