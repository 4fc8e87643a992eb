using System.Security.Claims;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Dossier;

/// <summary>Loads a request's dossier for a member of staff who may read it under one of the disclosure permissions.</summary>
internal sealed class DossierQuery(
    EGovDbContext db, RequestAccess access, ClockService clocks, HandlingDates dates, AgencyDirectory agencies, PersonalDataViewer viewer, TimeProvider time)
{
    /// <summary>The permissions that let staff read a request in their scope.</summary>
    public static readonly string[] ReadPermissions =
    [
        DisclosurePermissions.Handle, DisclosurePermissions.Review, DisclosurePermissions.SignOff, DisclosurePermissions.ApproveExtension, DisclosurePermissions.View,
    ];

    public async Task<RequestDossier?> LoadAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await FindAsync(id, user, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var today = ChinaTime.Today(time);
        var clock = request.ClockId is { } clockId ? await clocks.FindAsync(clockId, cancellationToken) : null;
        var correction = await db.Set<CorrectionNotice>().AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == id, cancellationToken);
        var fee = await db.Set<FeeNotice>().AsNoTracking().SingleOrDefaultAsync(f => f.RequestId == id, cancellationToken);
        var lapsed = (request.State == RequestState.AwaitingCorrection && correction is not null && dates.CorrectionLapsed(correction, today))
            || (request.State == RequestState.AwaitingFee && fee is not null && dates.FeeLapsed(fee, today));
        var correctionOpen = correction is null && request.ReceivedOn is { } received && today <= dates.LastDayForCorrectionNotice(received);
        var agency = await agencies.FindAsync(request.AgencyId, cancellationToken);
        return new RequestDossier(
            request,
            agency?.Name ?? "",
            await ApplicantAsync(request, user, cancellationToken),
            clock is null ? null : new ClockView(clock, clocks.RemainingWorkingDays(clock, today), clock.LevelOn(today)),
            correction,
            await db.Set<Consultation>().AsNoTracking().Where(c => c.RequestId == id).OrderBy(c => c.SentOn).ToListAsync(cancellationToken),
            fee,
            await db.Set<Reply>().AsNoTracking().SingleOrDefaultAsync(r => r.RequestId == id, cancellationToken),
            await db.Set<DisclosureDispute>().AsNoTracking().Where(d => d.RequestId == id).OrderBy(d => d.FiledOn).ToListAsync(cancellationToken),
            await db.Set<RequestDocument>().AsNoTracking().Where(d => d.RequestId == id).OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken),
            await db.Set<RequestStep>().AsNoTracking().Where(s => s.RequestId == id).OrderBy(s => s.At).ThenBy(s => s.Id).ToListAsync(cancellationToken),
            HandlingActions.For(user, request, clock, correctionOpen, fee is null, lapsed, today));
    }

    private async Task<DisclosureRequest?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        foreach (var permission in ReadPermissions.Where(user.HasPermission))
        {
            var found = await (await access.InScopeAsync(permission, cancellationToken)).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private async Task<ApplicantView> ApplicantAsync(DisclosureRequest r, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var objectId = r.Id.ToString();
        return new ApplicantView(
            await viewer.ShowAsync(user, PersonalDataKind.ResidentId, r.IdentityNumber, nameof(DisclosureRequest), objectId, nameof(r.IdentityNumber), cancellationToken),
            await viewer.ShowAsync(user, PersonalDataKind.Phone, r.Phone, nameof(DisclosureRequest), objectId, nameof(r.Phone), cancellationToken),
            await viewer.ShowAsync(user, PersonalDataKind.Address, r.Address, nameof(DisclosureRequest), objectId, nameof(r.Address), cancellationToken));
    }
}
