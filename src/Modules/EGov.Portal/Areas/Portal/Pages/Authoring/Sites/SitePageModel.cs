using EGov.Platform.Results;
using EGov.Portal.Authoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

/// <summary>What every site-management page does after a command.</summary>
internal abstract class SitePageModel : PageModel
{
    /// <summary>On success a message and back to <paramref name="returnTo"/>; on failure the errors on the form, the page loaded again.</summary>
    protected async Task<IActionResult> AfterAsync(Error? error, string message, string returnTo, Func<Task<bool>> reload, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(reload);
        if (error is null)
        {
            TempData["Message"] = message;
            return LocalRedirect(returnTo);
        }

        ModelState.AddError(error, prefix);
        return await reload() ? Page() : NotFound();
    }
}
