using System.Security.Claims;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Intake.Staff;

/// <summary>
/// 依申请公开 list for staff holding <c>disclosure.handle</c> or <c>disclosure.view</c>: the requests whose handling
/// office is in the scope of either, with the reply clock's due date and warning level.
/// </summary>
internal sealed class StaffRequestList(EGovDbContext db, RequestAccess access, AgencyDirectory agencies, TimeProvider time)
{
    public const int PageSize = 20;
    public const int MaxExport = 5000;

    public async Task<StaffRequestPage> QueryAsync(ClaimsPrincipal user, StaffRequestFilter filter, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(user, filter, cancellationToken);
        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new StaffRequestPage(await LinesAsync(user, rows, cancellationToken), total, page, PageSize);
    }

    public async Task<IReadOnlyList<StaffRequestLine>> ExportAsync(ClaimsPrincipal user, StaffRequestFilter filter, CancellationToken cancellationToken)
        => await LinesAsync(user, await (await FilteredAsync(user, filter, cancellationToken)).Take(MaxExport).ToListAsync(cancellationToken), cancellationToken);

    private async Task<IQueryable<Row>> FilteredAsync(ClaimsPrincipal user, StaffRequestFilter filter, CancellationToken cancellationToken)
    {
        var requests = await ReadableAsync(user, cancellationToken);
        if (filter.State is { } state)
        {
            requests = requests.Where(r => r.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Agency))
        {
            var agencyId = (await agencies.FindByCodeAsync(filter.Agency.Trim(), cancellationToken))?.DepartmentId ?? Guid.Empty;
            requests = requests.Where(r => r.AgencyId == agencyId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var number = filter.Number.Trim().ToUpperInvariant();
            requests = requests.Where(r => r.Number.Contains(number));
        }

        var rows = from r in requests
                   join c in db.Set<StatutoryClock>().AsNoTracking() on r.ClockId equals (Guid?)c.Id into clocks
                   from c in clocks.DefaultIfEmpty()
                   select new Row
                   {
                       Request = r,
                       ClockState = (ClockState?)c.State,
                       DueDate = (DateOnly?)c.DueDate,
                       DueAt = (DateTime?)c.DueAt,
                       WarningAt = (DateTime?)c.WarningAt,
                       StoredLevel = (WarningLevel?)c.WarningLevel,
                   };
        var now = time.GetUtcNow().UtcDateTime;
        rows = filter.Due switch
        {
            StaffRequestFilter.DueOverdue => rows.Where(x =>
                (x.ClockState == ClockState.Running && x.DueAt <= now) || (x.ClockState == ClockState.Paused && x.StoredLevel == WarningLevel.Overdue)),
            StaffRequestFilter.DueWarning => rows.Where(x =>
                (x.ClockState == ClockState.Running && x.WarningAt <= now && x.DueAt > now)
                || (x.ClockState == ClockState.Paused && x.StoredLevel == WarningLevel.Warning)),
            _ => rows,
        };
        return rows.OrderByDescending(x => x.Request.SubmittedAt).ThenByDescending(x => x.Request.Number);
    }

    /// <summary>Either permission's scope; a clerk who only handles sees what they handle.</summary>
    private async Task<IQueryable<DisclosureRequest>> ReadableAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var handle = user.HasPermission(DisclosurePermissions.Handle) ? await access.InScopeAsync(DisclosurePermissions.Handle, cancellationToken) : null;
        var view = user.HasPermission(DisclosurePermissions.View) ? await access.InScopeAsync(DisclosurePermissions.View, cancellationToken) : null;
        var readable = (handle, view) switch
        {
            ({ } h, { } v) => h.Union(v),
            ({ } h, null) => h,
            (null, { } v) => v,
            _ => db.Set<DisclosureRequest>().Where(_ => false),
        };
        return readable.AsNoTracking();
    }

    private async Task<IReadOnlyList<StaffRequestLine>> LinesAsync(ClaimsPrincipal user, List<Row> rows, CancellationToken cancellationToken)
    {
        var names = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.DepartmentId, a => a.Name);
        var fullNames = user.HasPermission(PersonalDataPermissions.View);
        var now = time.GetUtcNow().UtcDateTime;
        return [.. rows.Select(x => new StaffRequestLine(
            x.Request.Id, x.Request.Number, names.GetValueOrDefault(x.Request.AgencyId, ""),
            fullNames ? x.Request.ApplicantName : PersonalDataViewer.Mask(PersonalDataKind.Name, x.Request.ApplicantName) ?? "",
            DisclosureNames.Of(x.Request.Channel), x.Request.SubmittedAt, x.Request.ReceivedOn, x.DueDate, Level(x, now),
            x.Request.State, DisclosureNames.Of(x.Request.State)))];
    }

    /// <summary>A running clock is judged now; a paused or stopped one keeps its level (the clocks README).</summary>
    private static WarningLevel? Level(Row row, DateTime now) => row.ClockState switch
    {
        null => null,
        ClockState.Running => now >= row.DueAt ? WarningLevel.Overdue : now >= row.WarningAt ? WarningLevel.Warning : WarningLevel.Normal,
        _ => row.StoredLevel,
    };

    /// <summary>A request with the columns of its reply clock (none before the receipt date is known).</summary>
    private sealed class Row
    {
        public required DisclosureRequest Request { get; init; }
        public ClockState? ClockState { get; init; }
        public DateOnly? DueDate { get; init; }
        public DateTime? DueAt { get; init; }
        public DateTime? WarningAt { get; init; }
        public WarningLevel? StoredLevel { get; init; }
    }
}
