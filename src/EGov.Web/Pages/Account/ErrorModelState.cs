using EGov.Platform.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EGov.Web.Pages.Account;

/// <summary>Shows an <see cref="Error"/> on a form: field messages next to their inputs, the rest in the summary.</summary>
internal static class ErrorModelState
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
                modelState.AddModelError(string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}", message);
            }
        }
    }
}
