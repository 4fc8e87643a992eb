using EGov.Oversight.Cards;
using EGov.Oversight.Cards.Handling;
using EGov.Oversight.Cards.Reading;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Cards;

/// <summary>One card: rule, reason, evidence, history, and the forms this person may use now (the same handlers as the API).</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailModel(CardQueries query) : PageModel
{
    public CardDetail? Detail { get; private set; }

    public IReadOnlyList<CardEvent> History { get; private set; } = [];

    public string? FailedPanel { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAnswerAsync(long id, long version, string? explanation, [FromServices] AnswerCardHandler h, CancellationToken ct)
        => RunAsync(id, "answer", () => h.AnswerAsync(id, explanation, version, User, ct), "整改说明已提交。", ct);

    public Task<IActionResult> OnPostUrgeAsync(long id, long version, DateOnly? deadline, string? note, [FromServices] UrgeCardHandler h, CancellationToken ct)
        => RunAsync(id, "urge", () => h.UrgeAsync(id, deadline, note, version, User, ct), "已督办，责任部门的待办已更新。", ct);

    public Task<IActionResult> OnPostCloseAsync(long id, long version, string? decision, [FromServices] DecideCardHandler h, CancellationToken ct)
        => RunAsync(id, "decide", () => h.CloseAsync(id, decision, version, User, ct), "红牌已办结。", ct);

    public Task<IActionResult> OnPostReturnAsync(long id, long version, string? decision, [FromServices] DecideCardHandler h, CancellationToken ct)
        => RunAsync(id, "decide", () => h.ReturnAsync(id, decision, version, User, ct), "已退回责任部门重新整改。", ct);

    private async Task<IActionResult> RunAsync(long id, string panel, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect(CardInbox.Url(id));
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        FailedPanel = panel;
        ModelState.AddModelError("", result.Error.Message);
        Response.StatusCode = result.Error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Detail = await query.DetailAsync(id, User, ct);
        History = Detail is null ? [] : CardHistory.Of(Detail.Card, Detail.Urges);
        return Detail is not null;
    }
}
