using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Attachments;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.PersonalData;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Intake.Tracking;

/// <summary>Follows an application with its number and query code (no account), or in the applicant's personal space.</summary>
internal sealed class ApplicationTracking(EGovDbContext db, ClockService clocks, IOrganizationDirectory organization, DocumentLinks links)
{
    /// <summary>One message for an unknown number and a wrong code: the answer must not tell which part was wrong.</summary>
    public static readonly Error NoMatch = Error.NotFound("approvals.track_no_match", "办件编号或查询码不正确，请核对后重新输入。");

    public static readonly Error NotYours = Error.NotFound("approvals.application_not_found", "未找到该办件。");

    private static readonly Guid Decoy = Guid.Parse("00000000-0000-7000-8000-000000000000");

    public async Task<Result<TrackingView>> FindAsync(string? number, string? code, CancellationToken cancellationToken)
    {
        var key = number?.Trim() ?? "";
        var upper = key.ToUpperInvariant();
        var application = key.Length is 0 or > 40
            ? null
            : await db.Set<Application>().AsNoTracking().FirstOrDefaultAsync(a => a.Number == key || a.Number == upper, cancellationToken);

        // The hash runs for an unknown number too, so the time taken does not tell which numbers exist.
        var matches = QueryCode.Matches(application?.Id ?? Decoy, code, application?.QueryCodeHash ?? new string('0', 64));
        return application is not null && matches ? await ViewAsync(application, cancellationToken) : NoMatch;
    }

    /// <summary>The application if it belongs to the account; null otherwise (answered as not found either way).</summary>
    public async Task<TrackingView?> FindForAccountAsync(Guid id, Guid accountId, CancellationToken cancellationToken)
        => await db.Set<Application>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.AccountId == accountId, cancellationToken) is { } application
            ? await ViewAsync(application, cancellationToken)
            : null;

    private async Task<TrackingView> ViewAsync(Application a, CancellationToken cancellationToken)
    {
        var steps = await db.Set<ApplicationStep>().AsNoTracking().Where(s => s.ApplicationId == a.Id).OrderBy(s => s.At)
            .Select(s => new TrackingStep(s.Date, s.At, s.Title, s.PublicNote, s.DueDate)).ToListAsync(cancellationToken);
        var documents = (await db.Set<ApplicationDocument>().AsNoTracking().Where(d => d.ApplicationId == a.Id && d.VisibleToApplicant)
                .OrderBy(d => d.CreatedAt).ToListAsync(cancellationToken))
            .Select(d => new TrackingDocument(d.Title, d.CreatedAt, IntakeUrls.Document(links.Protect(DocumentDownload.DocumentPurpose, a.Id, d.Id)))).ToList();
        var department = await organization.FindAsync(a.DepartmentId, cancellationToken);
        return new TrackingView(
            a.Id, a.Number, a.ItemName, department?.Name ?? "", a.State, ApprovalsNames.Of(a.State), ApprovalsNames.Of(a.Channel),
            Masking.Name(a.ApplicantName) ?? "", a.SubmittedAt, a.MaterialsReceivedOn, a.AcceptedOn,
            a.Decision is { } decision ? ApprovalsNames.Of(decision) : null, a.ConcludedOn, steps, await DueDatesAsync(a, cancellationToken), documents);
    }

    private async Task<IReadOnlyList<TrackingDueDate>> DueDatesAsync(Application a, CancellationToken cancellationToken)
    {
        var due = new List<TrackingDueDate>();
        foreach (var (id, label) in ClockLabels(a))
        {
            if (id is { } clockId && await clocks.FindAsync(clockId, cancellationToken) is { State: not ClockState.Stopped } clock)
            {
                due.Add(new TrackingDueDate(label, clock.DueDate, clock.State == ClockState.Paused));
            }
        }

        return due;
    }

    private static IEnumerable<(Guid? Id, string Label)> ClockLabels(Application a) =>
    [
        (a.PreReviewClockId, "材料审查（补正告知）期限"),
        (a.StepClockId, "当前环节办理期限"),
        (a.PromisedClockId, "承诺办结期限"),
        (a.StatutoryClockId, "法定办结期限"),
    ];
}
