using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// 整改到位: the department records the class — 情况清楚、诉求合理 立行立改; 情况复杂 限期整改; 缺乏法定依据 解释说明 — and
/// what was done; the clock stops and the applicant is asked to rate the rectification. A 实名差评 is called back first.
/// </summary>
internal sealed class RectifyHandler(RectificationUnit unit)
{
    public const int MaxOutcome = 4000;

    public async Task<Result> HandleAsync(Guid id, RectifyInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Rectify, input.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var c = loaded.Value;
        var r = c.Rectification;
        if (r.State is not (RectificationState.Open or RectificationState.CalledBack))
        {
            return RatingErrors.WrongState(r.State, "记录整改");
        }

        if (r.State == RectificationState.Open && c.Rating.Named)
        {
            return RatingErrors.CallBackFirst;
        }

        var outcome = input.Outcome?.Trim();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return RatingErrors.Invalid("Kind", "请选择整改类型（立行立改、限期整改或解释说明）。");
        }

        if (string.IsNullOrEmpty(outcome) || outcome.Length > MaxOutcome)
        {
            return RatingErrors.Invalid("Outcome", $"请填写整改情况（不超过{MaxOutcome}字）。");
        }

        var finished = await unit.FinishWorkAsync(c, RectificationWork.Rectify, "整改到位", user, cancellationToken);
        if (!finished.IsSuccess)
        {
            return finished;
        }

        (r.Kind, r.Outcome, r.RectifiedOn, r.RectifiedBy, r.State) = (kind, outcome, unit.Today, user.AccountId(), RectificationState.Rectified);
        unit.Journal.Record(c.Application, "rectification_done", $"差评整改：{ApprovalsNames.Of(kind)}", unit.Today, user,
            publicNote: $"整改情况：{outcome.TrimEnd('。')}。请对整改结果进行评价（满意、基本满意或不满意）。", internalNote: $"第{r.Round}次整改");
        unit.Audit.Record(r, "rectified", new { kind = kind.ToString() });
        return await unit.SaveAsync(c, cancellationToken);
    }
}
