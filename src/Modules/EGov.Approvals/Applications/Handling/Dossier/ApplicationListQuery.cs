using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Dossier;

/// <summary>The list's filters; all optional.</summary>
internal sealed record ApplicationFilter(ApplicationState? State, Guid? ItemId, ApplicationChannel? Channel, bool Overdue, int Page = 1);

/// <summary>One row of the staff list: the nearest due date of the open clocks and the worst warning level.</summary>
internal sealed record ApplicationRow(
    Guid Id, string Number, string ItemName, string ApplicantName, ApplicationChannel Channel, ApplicationState State, DateTime SubmittedAt,
    DateOnly MaterialsReceivedOn, DateOnly? DueDate, int? RemainingWorkingDays, WarningLevel Level);

internal sealed record ApplicationPage(IReadOnlyList<ApplicationRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The applications in the user's scope (the union over the approvals permissions they hold), newest first; natural
/// persons' names masked unless the user holds <c>personaldata.view</c>.
/// </summary>
internal sealed class ApplicationListQuery(EGovDbContext db, ApplicationAccess access, HandlingClocks clocks, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<ApplicationPage> ListAsync(ClaimsPrincipal user, ApplicationFilter filter, CancellationToken cancellationToken)
    {
        IQueryable<Guid>? ids = null;
        foreach (var permission in DossierQuery.ReadPermissions.Where(user.HasPermission))
        {
            var inScope = (await access.InScopeAsync(permission, cancellationToken)).Select(a => a.Id);
            ids = ids is null ? inScope : ids.Union(inScope);
        }

        if (ids is null)
        {
            return new ApplicationPage([], 0, 1, PageSize);
        }

        var query = db.Set<Application>().AsNoTracking().Where(a => ids.Contains(a.Id));
        query = filter.State is { } state ? query.Where(a => a.State == state) : query;
        query = filter.ItemId is { } item ? query.Where(a => a.ItemId == item) : query;
        query = filter.Channel is { } channel ? query.Where(a => a.Channel == channel) : query;
        var now = time.GetUtcNow().UtcDateTime;
        if (filter.Overdue)
        {
            var overdue = db.Set<StatutoryClock>()
                .Where(c => c.Module == ApprovalsClocks.Module && ((c.State == ClockState.Running && c.DueAt < now) || (c.State == ClockState.Paused && c.WarningLevel == WarningLevel.Overdue)))
                .Select(c => (Guid?)c.Id);
            query = query.Where(a => overdue.Contains(a.PreReviewClockId) || overdue.Contains(a.PromisedClockId) || overdue.Contains(a.StatutoryClockId) || overdue.Contains(a.StepClockId));
        }

        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(cancellationToken);
        var applications = await query.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var clockIds = applications.SelectMany(a => new[] { a.PreReviewClockId, a.PromisedClockId, a.StatutoryClockId, a.StepClockId }).OfType<Guid>().ToList();
        var open = await db.Set<StatutoryClock>().AsNoTracking().Where(c => clockIds.Contains(c.Id) && c.State != ClockState.Stopped).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        var fullNames = user.HasPermission(PersonalDataPermissions.View);
        return new ApplicationPage([.. applications.Select(a => Row(a, open, today, fullNames))], total, page, PageSize);
    }

    private ApplicationRow Row(Application a, List<StatutoryClock> open, DateOnly today, bool fullNames)
    {
        Guid?[] mine = [a.PreReviewClockId, a.PromisedClockId, a.StatutoryClockId, a.StepClockId];
        var nearest = open.Where(c => mine.Contains(c.Id)).OrderBy(c => c.DueDate).FirstOrDefault();
        var level = open.Where(c => mine.Contains(c.Id)).Select(c => c.LevelOn(today)).DefaultIfEmpty(WarningLevel.Normal).Max();
        return new ApplicationRow(
            a.Id, a.Number, a.ItemName, fullNames || a.ApplicantKind != ApplicantKind.NaturalPerson ? a.ApplicantName : PersonalDataViewer.Mask(PersonalDataKind.Name, a.ApplicantName) ?? "", a.Channel, a.State, a.SubmittedAt, a.MaterialsReceivedOn,
            nearest?.DueDate, nearest is null ? null : clocks.RemainingWorkingDays(nearest, today), level);
    }
}
