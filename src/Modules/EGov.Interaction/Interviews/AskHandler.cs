using System.Security.Claims;
using EGov.Interaction.Domain.Interviews;
using EGov.Interaction.Moderation;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Platform.Verification;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Interviews;

/// <summary>What someone asks: the 网名 shown with the question, the question, and for anonymous askers the CAPTCHA.</summary>
internal sealed record QuestionInput(string? AskerName, string? Text, AnonymousProof? Proof);

/// <summary>
/// A question from the public while the interview is announced or live. It waits for the host: nothing is shown
/// until a guest answers it; sensitive words found are noted for the host to see.
/// </summary>
internal sealed class AskHandler(EGovDbContext db, SensitiveWordFilter filter, AnonymousGuard guard, IAuditLog audit, TimeProvider time)
{
    public const string Purpose = "interaction.interview";
    public const string DefaultAskerName = "网友";
    public const string Submitted = "问题已提交，经主持人选择后回答。";

    public async Task<Result<Guid>> AskAsync(Guid interviewId, QuestionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var interview = await db.Set<OnlineInterview>().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == interviewId && i.State != InterviewState.Draft, cancellationToken);
        if (interview is null)
        {
            return InterviewErrors.NotFound;
        }

        if (InterviewRules.CanAsk(interview) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        var text = input.Text?.Trim() ?? "";
        var name = string.IsNullOrWhiteSpace(input.AskerName) ? DefaultAskerName : input.AskerName.Trim();
        if (text.Length == 0)
        {
            return InterviewErrors.Required("Text", "您的问题");
        }

        if (text.Length > 1000 || name.Length > 50)
        {
            return InterviewErrors.Invalid(text.Length > 1000 ? "Text" : "AskerName", text.Length > 1000 ? "问题不能超过1000个字。" : "网名不能超过50个字。");
        }

        var account = user.Identity?.IsAuthenticated == true ? user.AccountId() : null;
        if (account is null && await guard.CheckAsync(input.Proof ?? new AnonymousProof(), Purpose, phoneRequired: false, cancellationToken) is { IsSuccess: false } proof)
        {
            return proof.Error!;
        }

        var found = await filter.FindAsync(text + "\n" + name, cancellationToken);
        var question = new InterviewQuestion
        {
            InterviewId = interview.Id,
            AccountId = account,
            AskerName = name,
            Text = text,
            SubmittedAt = time.GetUtcNow().UtcDateTime,
            State = QuestionState.Pending,
            SensitiveWords = found.Count == 0 ? null : string.Join('、', found),
        };
        db.Add(question);
        audit.Record(new AuditRecord("interaction.interview.question_asked", nameof(InterviewQuestion), question.Id.ToString(), AuditOutcome.Success, interview.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return question.Id;
    }
}
