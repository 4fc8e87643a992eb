using EGov.Approvals.Applications.Handling.Withdrawal;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.MyActions;

/// <summary>The applicant withdraws their application before a decision; another account's application is 404.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class WithdrawModel(MyApplicationLoader loader, WithdrawHandler handler) : PageModel
{
    public Application Application { get; private set; } = null!;

    public bool CanWithdraw => Application.State is ApplicationState.Submitted or ApplicationState.AwaitingCorrection or ApplicationState.UnderReview;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, long version, string? reason, CancellationToken cancellationToken)
    {
        var result = await handler.WithdrawOwnAsync(id, reason, version, User, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Message"] = "您的申请已撤回。";
            return LocalRedirect($"/my/applications/{id}");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("", result.Error.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(id, User.AccountId(), cancellationToken) is not { } loaded)
        {
            return false;
        }

        Application = loaded.Application;
        return true;
    }
}
