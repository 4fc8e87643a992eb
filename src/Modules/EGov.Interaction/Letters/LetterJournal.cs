using System.Security.Claims;
using System.Text.Json;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Notifications;
using EGov.Platform.Validation;

namespace EGov.Interaction.Letters;

/// <summary>
/// Records a step of a letter: a <see cref="LetterStep"/> for its history, an audit entry <c>interaction.letter.{kind}</c>,
/// and, when the step has a public note, a notification to the writer (site message, SMS, e-mail) — all in the caller's
/// unit of work.
/// </summary>
internal sealed class LetterJournal(EGovDbContext db, IAuditLog audit, INotifier notifier, TimeProvider time)
{
    /// <param name="actor">The signed-in person acting; null for the system (automatic routing, closing).</param>
    /// <param name="publicNote">What the writer reads; the writer is notified when it is given.</param>
    public LetterStep Record(
        Letter letter,
        string kind,
        string title,
        ClaimsPrincipal? actor,
        string? publicNote = null,
        string? internalNote = null,
        Guid? departmentId = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var step = new LetterStep
        {
            LetterId = letter.Id,
            Kind = kind,
            Title = title,
            At = time.GetUtcNow().UtcDateTime,
            ActorId = actor?.AccountId(),
            ActorName = actor?.FindFirstValue(PlatformClaims.DisplayName) ?? actor?.Identity?.Name ?? "系统",
            DepartmentId = departmentId,
            PublicNote = publicNote,
            InternalNote = internalNote,
            StateAfter = letter.State,
        };
        letter.UpdatedAt = step.At;
        db.Add(step);
        var detail = JsonSerializer.Serialize(new { letter.Number, state = letter.State.ToString(), departmentId, publicNote });
        audit.Record(new AuditRecord($"interaction.letter.{kind}", nameof(Letter), letter.Id.ToString(), AuditOutcome.Success, detail));
        if (publicNote is not null)
        {
            notifier.Notify(new Notification(
                InteractionClocks.Module,
                $"信件 {letter.Number}：{title}",
                $"您的来信“{letter.Subject}”（编号 {letter.Number}）{title}。{publicNote}",
                letter.WriterAccountId,
                MobileNumber.IsValid(letter.WriterPhone) ? letter.WriterPhone : null,
                letter.WriterEmail,
                letter.WriterAccountId is null ? "/interaction/letters/track" : $"/my/letters/{letter.Id}"));
        }

        return step;
    }
}
