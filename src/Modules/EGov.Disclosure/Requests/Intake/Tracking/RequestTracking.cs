using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.Platform.Attachments;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.PersonalData;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Intake.Tracking;

/// <summary>Follows a request with its number and query code (no account), or in the applicant's personal space.</summary>
internal sealed class RequestTracking(EGovDbContext db, AgencyDirectory agencies, DocumentLinks links)
{
    /// <summary>One message for an unknown number and a wrong code: the answer must not tell which part was wrong.</summary>
    public static readonly Error NoMatch = Error.NotFound("disclosure.track_no_match", "申请编号或查询码不正确，请核对回执后重新输入。");

    public static readonly Error NotYours = Error.NotFound("disclosure.request_not_found", "未找到该申请。");

    private static readonly Guid Decoy = Guid.Parse("00000000-0000-7000-8000-000000000000");

    public async Task<Result<TrackingView>> FindAsync(string? number, string? code, CancellationToken cancellationToken)
    {
        var key = number?.Trim() ?? "";
        var upper = key.ToUpperInvariant();
        var request = key.Length is 0 or > 40
            ? null
            : await db.Set<DisclosureRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Number == key || r.Number == upper, cancellationToken);

        // The hash runs for an unknown number too, so the time taken does not tell the numbers that exist.
        var matches = QueryCode.Matches(request?.Id ?? Decoy, code, request?.QueryCodeHash ?? new string('0', 64));
        return request is not null && matches ? await ViewAsync(request, cancellationToken) : NoMatch;
    }

    /// <summary>The request if it belongs to the account; null otherwise (the page answers 404 either way).</summary>
    public async Task<TrackingView?> FindForAccountAsync(Guid id, Guid accountId, CancellationToken cancellationToken)
        => await db.Set<DisclosureRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.AccountId == accountId, cancellationToken) is { } request
            ? await ViewAsync(request, cancellationToken)
            : null;

    private async Task<TrackingView> ViewAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        var clock = request.ClockId is { } clockId
            ? await db.Set<StatutoryClock>().AsNoTracking().Where(c => c.Id == clockId).Select(c => new { c.DueDate, c.State }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var steps = await db.Set<RequestStep>().AsNoTracking().Where(s => s.RequestId == request.Id).OrderBy(s => s.At)
            .Select(s => new TrackingStep(s.Date, s.At, s.Title, s.PublicNote)).ToListAsync(cancellationToken);
        var documents = (await db.Set<RequestDocument>().AsNoTracking().Where(d => d.RequestId == request.Id && d.VisibleToApplicant).OrderBy(d => d.CreatedAt)
            .ToListAsync(cancellationToken)).Select(d => new TrackingDocument(d.Title, d.CreatedAt, IntakeUrls.Document(links.Protect(DocumentDownload.DocumentPurpose, request.Id, d.Id)))).ToList();
        var agency = await agencies.FindAsync(request.AgencyId, cancellationToken);
        return new TrackingView(
            request.Id, request.Number, agency?.Name ?? "", request.State, DisclosureNames.Of(request.State), DisclosureNames.Of(request.Channel),
            Masking.Name(request.ApplicantName) ?? "", request.Description, request.SubmittedAt, request.ReceivedOn, clock?.DueDate,
            clock?.State == ClockState.Paused, request.Extended, request.Outcome is { } outcome ? DisclosureNames.Of(outcome) : null,
            steps, documents, await CorrectionAsync(request, cancellationToken));
    }

    private async Task<TrackingCorrection?> CorrectionAsync(DisclosureRequest request, CancellationToken cancellationToken)
    {
        if (request.State != RequestState.AwaitingCorrection)
        {
            return null;
        }

        var notice = await db.Set<CorrectionNotice>().AsNoTracking().SingleOrDefaultAsync(n => n.RequestId == request.Id && n.CorrectedOn == null, cancellationToken);
        return notice is null ? null : new TrackingCorrection(notice.SentOn, notice.Items, notice.Deadline, IntakeUrls.Correct);
    }
}
