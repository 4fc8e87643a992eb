using System.Security.Claims;
using System.Text.Json;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;

namespace EGov.Disclosure.Requests;

/// <summary>
/// Records a step of a request: a <see cref="RequestStep"/> for the history the applicant and staff read, and an audit
/// entry <c>disclosure.request.{kind}</c>, both in the caller's unit of work.
/// </summary>
internal sealed class RequestJournal(EGovDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <param name="actor">The signed-in person acting; null for the applicant without an account or the scheduler.</param>
    public RequestStep Record(DisclosureRequest request, string kind, string title, DateOnly date, ClaimsPrincipal? actor, string? publicNote = null, string? internalNote = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var step = new RequestStep
        {
            RequestId = request.Id,
            Kind = kind,
            Title = title,
            Date = date,
            At = time.GetUtcNow().UtcDateTime,
            PublicNote = publicNote,
            InternalNote = internalNote,
            ActorId = actor?.AccountId(),
            ActorName = actor?.FindFirstValue(PlatformClaims.DisplayName) ?? actor?.Identity?.Name ?? "系统",
            StateAfter = request.State,
        };
        request.UpdatedAt = step.At;
        db.Add(step);
        var detail = JsonSerializer.Serialize(new { request.Number, state = request.State.ToString(), date, publicNote });
        audit.Record(new AuditRecord($"disclosure.request.{kind}", nameof(DisclosureRequest), request.Id.ToString(), AuditOutcome.Success, detail));
        return step;
    }
}
