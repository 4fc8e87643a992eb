using System.Globalization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EGov.Portal.Authoring;

/// <summary>Beijing time on the staff pages (2026年11月28日 15:30) and the form inputs that carry it.</summary>
internal static class StaffDisplay
{
    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTime? utc) => utc is { } value ? Time(value) : "";

    /// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c> in Beijing time.</summary>
    public static string? LocalInput(DateTime? utc) => utc is { } value ? ChinaTime.ToLocal(value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null;

    /// <summary>A Beijing wall-clock time from a form, as a UTC instant (China keeps UTC+8 all year).</summary>
    public static DateTime? FromLocal(DateTime? local) => local is { } value ? DateTime.SpecifyKind(value.AddHours(-8), DateTimeKind.Utc) : null;

    /// <summary>Shows an <see cref="Error"/> on a form: field messages next to their inputs, the rest in the summary.</summary>
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
                modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", message);
            }
        }
    }
}
