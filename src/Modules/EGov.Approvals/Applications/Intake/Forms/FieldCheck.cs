using System.Text.Json.Nodes;

namespace EGov.Approvals.Applications.Intake.Forms;

/// <summary>The checked value of one field (null when left empty) and what is wrong with it, in Chinese.</summary>
internal sealed record FieldCheck(JsonNode? Value, IReadOnlyList<string> Errors)
{
    public static FieldCheck Empty { get; } = new(null, []);

    public static FieldCheck Ok(JsonNode? value) => new(value, []);

    public static FieldCheck Fail(string message) => new(null, [message]);
}
