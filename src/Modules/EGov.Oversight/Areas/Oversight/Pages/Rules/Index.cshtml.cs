using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules.Editing;
using EGov.Platform.Clocks;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Rules;

/// <summary>监察规则: every rule with its default and current setting; save or restore the defaults per rule (安全管理员).</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + OversightPermissions.Rules)]
internal sealed class IndexModel(RuleEditor editor) : PageModel
{
    public IReadOnlyList<RuleView> Rules { get; private set; } = [];

    public WarningRecomputeProgress? Recompute { get; private set; }

    /// <summary>The rule whose change failed, with what was entered and why.</summary>
    public RuleFailure? Failure { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string code, bool enabled, CardLevel level, int? days, int? percent, long version, CancellationToken ct)
    {
        var input = new RuleInput(enabled, level, days, percent);
        return await DoneAsync(code, input, await editor.SaveAsync(code, input, version, User.Identity?.Name ?? "", ct), "已保存", ct);
    }

    public async Task<IActionResult> OnPostResetAsync(string code, long version, CancellationToken ct)
    {
        return await DoneAsync(code, null, await editor.ResetAsync(code, version, User.Identity?.Name ?? "", ct), "已恢复默认设置", ct);
    }

    private async Task<IActionResult> DoneAsync(string code, RuleInput? input, Result<RuleView> result, string done, CancellationToken ct)
    {
        if (result.Error is not { } error)
        {
            TempData["Message"] = $"规则“{result.Value.Current.Name}”{done}。";
            return LocalRedirect(Request.Path);
        }

        Failure = new RuleFailure(code, input, error);
        ModelState.AddModelError("", error.Message);
        Response.StatusCode = error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await editor.ListAsync(ct);
        Recompute = await editor.RecomputeProgressAsync(ct);
    }
}

/// <param name="Input">What was entered (null for 恢复默认).</param>
internal sealed record RuleFailure(string Code, RuleInput? Input, Error Error)
{
    public string? FieldError(string field) => Error.Fields?.GetValueOrDefault(field) is { Length: > 0 } messages ? string.Join("；", messages) : null;
}
