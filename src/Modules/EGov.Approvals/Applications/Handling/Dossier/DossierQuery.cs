using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Dossier;

/// <summary>Loads an application's dossier for a member of staff who may read it under one of the approvals permissions.</summary>
internal sealed class DossierQuery(
    EGovDbContext db, ApplicationAccess access, HandlingClocks clocks, HandlingDates dates, IOrganizationDirectory departments, PersonalDataViewer viewer, TimeProvider time)
{
    /// <summary>The permissions that let staff read an application in their scope.</summary>
    public static readonly string[] ReadPermissions =
    [
        ApprovalsPermissions.Accept, ApprovalsPermissions.Review, ApprovalsPermissions.Decide, ApprovalsPermissions.ApproveExtension,
        ApprovalsPermissions.Issue, ApprovalsPermissions.View,
    ];

    public async Task<ApplicationDossier?> LoadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, user, cancellationToken) is not { } a)
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var item = await db.Set<ServiceItem>().AsNoTracking().Include(i => i.Fields).Include(i => i.Materials).Include(i => i.Steps)
            .AsSplitQuery().SingleAsync(i => i.Id == a.ItemId, cancellationToken);
        var correction = await db.Set<CorrectionNotice>().AsNoTracking().SingleOrDefaultAsync(c => c.ApplicationId == id, cancellationToken);
        var procedures = await db.Set<SpecialProcedure>().AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.StartedOn).ToListAsync(cancellationToken);
        var extensions = await db.Set<Extension>().AsNoTracking().Where(e => e.ApplicationId == id).OrderBy(e => e.RequestedAt).ToListAsync(cancellationToken);
        var clockViews = await ClocksAsync(a, today, cancellationToken);
        var lastDay = dates.LastDayForCorrectionNotice(a.MaterialsReceivedOn);
        var statutory = clockViews.FirstOrDefault(c => c.Kind == ApprovalsClocks.Statutory);
        var canExtend = !a.Extended && statutory is { Clock.State: not ClockState.Stopped, Level: not WarningLevel.Overdue };
        var actions = HandlingActions.For(
            user, a, item, correction is null && today <= lastDay, procedures.Any(p => p.EndedOn is null), extensions.Any(e => e.Approved is null), canExtend);
        return new ApplicationDossier(
            a,
            item,
            (await departments.FindAsync(a.DepartmentId, cancellationToken))?.Name ?? "",
            await ApplicantAsync(a, user, cancellationToken),
            FormValues.Of(a.FormData, item.Fields),
            await db.Set<ApplicationMaterial>().AsNoTracking().Where(m => m.ApplicationId == id).OrderBy(m => m.AddedAt).ToListAsync(cancellationToken),
            correction,
            correction is null && a.State == ApplicationState.Submitted ? lastDay : null,
            procedures,
            extensions,
            clockViews,
            await db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.ApplicationId == id).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken),
            await db.Set<ApplicationStep>().AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(cancellationToken),
            actions);
    }

    private async Task<List<ClockView>> ClocksAsync(Application a, DateOnly today, CancellationToken cancellationToken)
    {
        Guid?[] ids = [a.PreReviewClockId, a.PromisedClockId, a.StatutoryClockId, a.StepClockId];
        var wanted = ids.OfType<Guid>().ToList();
        var found = await db.Set<StatutoryClock>().AsNoTracking().Where(c => wanted.Contains(c.Id)).ToListAsync(cancellationToken);
        return [.. wanted.Select(id => found.Find(c => c.Id == id)).OfType<StatutoryClock>()
            .Select(c => new ClockView(c.CaseType, HandlingDisplay.ClockName(c.CaseType), c, clocks.RemainingWorkingDays(c, today), c.LevelOn(today)))];
    }

    private async Task<Application?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        foreach (var permission in ReadPermissions.Where(user.HasPermission))
        {
            var found = await (await access.InScopeAsync(permission, cancellationToken)).AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private async Task<ApplicantView> ApplicantAsync(Application a, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var objectId = a.Id.ToString();
        var idKind = a.ApplicantKind == ApplicantKind.NaturalPerson ? PersonalDataKind.ResidentId : (PersonalDataKind?)null;
        return new ApplicantView(
            idKind is { } kind ? await viewer.ShowAsync(user, kind, a.IdentityNumber, nameof(Application), objectId, nameof(a.IdentityNumber), cancellationToken) : a.IdentityNumber,
            await viewer.ShowAsync(user, PersonalDataKind.Phone, a.Phone, nameof(Application), objectId, nameof(a.Phone), cancellationToken),
            await viewer.ShowAsync(user, PersonalDataKind.Address, a.Address, nameof(Application), objectId, nameof(a.Address), cancellationToken));
    }
}
