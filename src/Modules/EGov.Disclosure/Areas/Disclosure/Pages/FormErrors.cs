using EGov.Platform.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EGov.Disclosure.Areas.Disclosure.Pages;

/// <summary>
/// Shows an <see cref="Error"/> on a form: field messages next to their inputs (bound as <c>{prefix}.{field}</c>, uploads as
/// <c>Files</c>), the rest in the summary.
/// </summary>
internal static class FormErrors
{
    public static void AddError(this ModelStateDictionary modelState, Error error, string prefix = "Input")
    {
        if (error.Fields is not { Count: > 0 } fields)
        {
            modelState.AddModelError("", error.Message);
            return;
        }

        foreach (var (field, messages) in fields)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field.Length == 0 || field == "Files" ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
