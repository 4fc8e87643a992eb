using EGov.Interaction.Interviews;
using EGov.Platform.Results;
using EGov.Platform.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews;

/// <summary>One interview: its guests and record (live through server-sent events), the question form, the transcript.</summary>
[AllowAnonymous]
[EnableRateLimiting(EGov.Interaction.Interviews.Api.InterviewsApi.PublicForm)]
internal sealed class DetailModel(InterviewQueries queries, AskHandler asker) : PageModel
{
    public InterviewDetail Interview { get; private set; } = null!;

    [BindProperty]
    public string? AskerName { get; set; } = AskHandler.DefaultAskerName;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public AnonymousProof Proof { get; set; } = new();

    public int LastSequence => Interview.Posts.Count == 0 ? 0 : Interview.Posts[^1].Sequence;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var asked = await asker.AskAsync(id, new QuestionInput(AskerName, Text, Proof), User, cancellationToken);
        if (asked.IsSuccess)
        {
            TempData["Message"] = AskHandler.Submitted;
            return LocalRedirect($"/interaction/interviews/{id}#ask");
        }

        if (asked.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("", asked.Error.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Interview = (await queries.PublicDetailAsync(id, cancellationToken))!;
        return Interview is not null;
    }
}
