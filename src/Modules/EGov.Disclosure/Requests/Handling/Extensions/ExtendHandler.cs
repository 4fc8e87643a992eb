using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Disclosure.Requests.Handling.Extensions;

/// <summary>
/// 延期答复 (条例 第三十三条第二款): approved by the head of the disclosure office (holder of
/// <see cref="DisclosurePermissions.ApproveExtension"/>), once, at most 20 working days, before the period ends; the
/// applicant is told with a letter.
/// </summary>
internal sealed class ExtendHandler(HandlingUnit unit, HandlingWork work, ClockService clocks, RequestJournal journal)
{
    public async Task<Result> HandleAsync(Guid id, int? days, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(DisclosurePermissions.ApproveExtension))
        {
            return Error.Forbidden("disclosure.extension_not_allowed", "延期答复须经政府信息公开工作机构负责人同意（《条例》第三十三条第二款），您没有审批延期的权限。");
        }

        var loaded = await unit.LoadAsync(id, DisclosurePermissions.ApproveExtension, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var request = handled.Request;
        if (DisclosureNames.IsConcluded(request.State) || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(request.State, "延期答复");
        }

        if (request.Extended)
        {
            return HandlingErrors.ExtensionOnce;
        }

        var today = unit.Today;
        var invalid = days switch
        {
            _ when clock.LevelOn(today) == WarningLevel.Overdue => HandlingErrors.ExtensionOverdue,
            not (>= 1 and <= DisclosureLimits.MaxExtension) => HandlingErrors.Field("disclosure.extension_days", "Days", "延长的期限须为1至20个工作日（《条例》第三十三条第二款）。"),
            _ when string.IsNullOrWhiteSpace(reason) => HandlingErrors.Required("Reason", "延期的理由"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        var approver = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";
        if (clocks.Extend(clock, days!.Value, reason!.Trim(), approver) is { IsSuccess: false } extended)
        {
            return extended.Error!;
        }

        request.Extended = true;
        journal.Record(request, "extended", "延期答复", today, user,
            $"经政府信息公开工作机构负责人同意，答复期限延长{days}个工作日，至{HandlingErrors.Day(clock.DueDate)}（《条例》第三十三条第二款）。理由：{reason.Trim()}");
        if (clock.State == ClockState.Running)
        {
            await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        }

        return await unit.SaveAsync(handled, new HandlingLetter(LetterKind.Extension, VisibleToApplicant: true), cancellationToken);
    }
}
