namespace EGov.Oversight.Domain;

/// <summary>The security administrator's setting of one rule; a rule without a row runs with its defaults.</summary>
internal sealed class RuleSetting
{
    public string Code { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public CardLevel Level { get; set; }

    /// <summary>The rule's number, where it has one (working days before a yellow card turns red).</summary>
    public int? Days { get; set; }

    /// <summary>The rule's share in percent, where it has one (the warning threshold).</summary>
    public int? Percent { get; set; }

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public long Version { get; set; }
}
