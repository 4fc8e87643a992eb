using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>How long one extension may be (a setting: local practice, proposals-and-interaction.md §4.5).</summary>
internal static class ExtensionRules
{
    public static Error? Check(int? workingDays, int max)
        => workingDays is { } days && days >= 1 && days <= max ? null : HandlingErrors.ExtensionDays(max);
}
