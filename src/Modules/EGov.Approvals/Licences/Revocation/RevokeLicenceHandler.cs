using System.Security.Claims;
using System.Text.Json;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Licences;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Notifications;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Revocation;

/// <summary>
/// 注销: a licence of a department in the user's <c>approvals.licences</c> scope is revoked with a reason; it fails
/// verification from then on, and the holder is told (site message, SMS, e-mail).
/// </summary>
internal sealed class RevokeLicenceHandler(EGovDbContext db, StaffLicences staff, IAuditLog audit, INotifier notifier, TimeProvider time)
{
    public const int ReasonMaxLength = 500;

    public async Task<Result> RevokeAsync(Guid id, string? reason, long? version, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var licence = await (await staff.InScopeAsync(cancellationToken)).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (licence is null)
        {
            return LicenceErrors.NotFound;
        }

        if (licence.Status == LicenceStatus.Revoked)
        {
            return LicenceErrors.AlreadyRevoked;
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            return LicenceErrors.ReasonRequired;
        }

        if (version is { } expected && expected != licence.Version)
        {
            return LicenceErrors.Concurrent;
        }

        licence.Status = LicenceStatus.Revoked;
        licence.RevokedAt = time.GetUtcNow().UtcDateTime;
        licence.RevocationReason = reason.Trim();
        licence.Version++;
        audit.Record(new AuditRecord("approvals.licence.revoked", nameof(ELicence), licence.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { licence.Number, reason = licence.RevocationReason, by = actor?.Identity?.Name })));
        await NotifyAsync(licence, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return LicenceErrors.Concurrent;
        }

        return Result.Success();
    }

    private async Task NotifyAsync(ELicence licence, CancellationToken cancellationToken)
    {
        var application = await db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == licence.ApplicationId, cancellationToken);
        if (application is null)
        {
            return;
        }

        notifier.Notify(new Notification(
            ApprovalsClocks.Module,
            $"电子证照 {licence.Number} 已注销",
            $"您的“{licence.Title}”（证照编号 {licence.Number}，办件编号 {application.Number}）已由发证机关注销，注销理由：{licence.RevocationReason}。该证照自注销之日起不再有效。",
            application.AccountId,
            application.Phone,
            application.Email,
            application.AccountId is null ? LicenceUrls.VerifyPage : "/my/licences"));
    }
}
