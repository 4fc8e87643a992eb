using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// 申诉复核 (国办发〔2019〕51号): the department contends, once, that a 差评 was mistaken or malicious. The clock keeps
/// running (no pause reason of the law covers it); the reviewers of the 政务服务管理机构 get a to-do item.
/// </summary>
internal sealed class AppealHandler(RectificationUnit unit, IOrganizationDirectory directory, IOptions<RatingsOptions> options)
{
    public async Task<Result> HandleAsync(Guid id, AppealInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Rectify, input.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var c = loaded.Value;
        var r = c.Rectification;
        if (r.AppealUpheld is not null)
        {
            return RatingErrors.AlreadyAppealed;
        }

        if (r.State is not (RectificationState.Open or RectificationState.CalledBack))
        {
            return RatingErrors.WrongState(r.State, "申诉");
        }

        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 2000)
        {
            return RatingErrors.Invalid("Reason", "请写明申诉理由：为何认为该评价属于误评或恶意评价（不超过2000字）。");
        }

        (r.AppealReason, r.AppealedAt, r.AppealedBy, r.State) = (reason, unit.Now, user.AccountId(), RectificationState.Appealed);
        if (await directory.FindByCodeAsync(options.Value.ReviewDepartmentCode, cancellationToken) is { } reviewers)
        {
            unit.AddWork(RectificationWork.ForReviewers(r, c.Application, reviewers.Id));
        }

        unit.Journal.Record(c.Application, "rectification_appealed", "差评申诉复核", unit.Today, user, internalNote: reason);
        unit.Audit.Record(r, "appealed", new { reason });
        return await unit.SaveAsync(c, cancellationToken);
    }
}
