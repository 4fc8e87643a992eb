using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Interviews;
using EGov.Interaction.Interviews;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews.Office;

/// <summary>主持台: announce, start and end the interview; answer or turn down questions; post the host's and guests' words.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Consult)]
internal sealed class ConsoleModel(InterviewQueries queries, StageHandler stages, ModerationHandler moderation) : PageModel
{
    public InterviewDetail Interview { get; private set; } = null!;

    public IReadOnlyList<QuestionView> Pending { get; private set; } = [];

    public IEnumerable<string> Speakers => [InterviewNames.Host, .. Interview.Guests.Select(g => g.Label)];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAnnounceAsync(Guid id, uint version, CancellationToken cancellationToken)
        => DoneAsync(id, stages.AnnounceAsync(id, version, cancellationToken), "已发布预告，门户开始接受提问。", cancellationToken);

    public Task<IActionResult> OnPostStartAsync(Guid id, uint version, CancellationToken cancellationToken)
        => DoneAsync(id, stages.StartAsync(id, version, cancellationToken), "直播已开始。", cancellationToken);

    public Task<IActionResult> OnPostEndAsync(Guid id, uint version, CancellationToken cancellationToken)
        => DoneAsync(id, stages.EndAsync(id, version, cancellationToken), "访谈已结束，文字实录已归档。", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, Guid questionId, CancellationToken cancellationToken)
        => DoneAsync(id, moderation.RejectAsync(id, questionId, cancellationToken), "该问题未采用。", cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid questionId, string? speaker, string? text, CancellationToken cancellationToken)
        => await DoneAsync(id, Posted(moderation.AnswerAsync(id, questionId, new PostInput(speaker, text), cancellationToken)), "回答已发布。", cancellationToken);

    public async Task<IActionResult> OnPostPostAsync(Guid id, string? speaker, string? text, CancellationToken cancellationToken)
        => await DoneAsync(id, Posted(moderation.PostAsync(id, new PostInput(speaker, text), cancellationToken)), "发言已发布。", cancellationToken);

    private static async Task<Result> Posted(Task<Result<int>> post)
        => await post is { IsSuccess: false } failed ? failed.Error! : Result.Success();

    private async Task<IActionResult> DoneAsync(Guid id, Task<Result> step, string message, CancellationToken cancellationToken)
    {
        var result = await step;
        if (result.IsSuccess)
        {
            TempData["Message"] = message;
            return LocalRedirect($"/office/interaction/interviews/{id}/console");
        }

        if (result.Error!.Kind == ErrorKind.NotFound && result.Error == InterviewErrors.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("", result.Error.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.OfficeDetailAsync(id, cancellationToken) is not { } interview)
        {
            return false;
        }

        Interview = interview;
        Pending = interview.State == InterviewState.Ended ? [] : await queries.QuestionsAsync(id, QuestionState.Pending, cancellationToken);
        return true;
    }
}
