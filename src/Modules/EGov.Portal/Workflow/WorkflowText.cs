using EGov.Platform.Results;

namespace EGov.Portal.Workflow;

/// <summary>Checks of the free text staff write with a step (opinion, comment, reason).</summary>
internal static class WorkflowText
{
    public static Result<string> Required(string? value, string field, string label, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return WorkflowErrors.Required(field, $"请填写{label}。");
        }

        return text.Length > max ? WorkflowErrors.TooLong(field, label, max) : text;
    }

    public static Result<string?> Optional(string? value, string field, string label, int max)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (string?)null;
        }

        return text.Length > max ? WorkflowErrors.TooLong(field, label, max) : text;
    }
}
