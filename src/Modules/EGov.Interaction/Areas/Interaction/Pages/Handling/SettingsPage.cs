using EGov.Platform.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>The shared ending of a settings page's post: back to the list with a message, or the form again with the reason.</summary>
internal abstract class SettingsPage : PageModel
{
    protected async Task<IActionResult> DoneAsync(Error? error, string done, Func<Task> reload)
    {
        ArgumentNullException.ThrowIfNull(reload);
        if (error is null)
        {
            TempData["Message"] = done;
            return LocalRedirect(Request.Path);
        }

        ModelState.AddModelError("", error.Message);
        Response.StatusCode = error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        await reload();
        return Page();
    }
}
