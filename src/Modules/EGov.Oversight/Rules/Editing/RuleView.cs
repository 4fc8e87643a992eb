namespace EGov.Oversight.Rules.Editing;

/// <summary>One rule on the rules page and in the API: its default and its current setting.</summary>
/// <param name="Version">The setting's version to send back with a change (0 while the rule runs with its defaults).</param>
internal sealed record RuleView(OversightRule Default, OversightRule Current, long Version, DateTime? UpdatedAt, string? UpdatedBy)
{
    public bool IsDefault => Default == Current;
}
