using System.Globalization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EGov.Interaction.Opinions;

/// <summary>How opinion collection and survey pages print dates and phases, and show a failure on the form.</summary>
internal static class ConsultDisplay
{
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Period(DateOnly opens, DateOnly closes) => $"{Date(opens)}至{Date(closes)}";

    public static string Phase(CollectionPhase phase, string open = "征集中") => phase switch
    {
        CollectionPhase.NotYetOpen => "未开始",
        CollectionPhase.Open => open,
        _ => "已结束",
    };

    /// <summary>The error's message above the form and each field's message next to the field (<paramref name="prefix"/> + field name).</summary>
    public static void AddTo(ModelStateDictionary state, Error error, string prefix = "Input.")
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(error);
        state.Clear();
        state.AddModelError("", error.Message);
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages.Where(_ => field.Length > 0))
            {
                state.AddModelError(prefix + field, message);
            }
        }
    }
}
