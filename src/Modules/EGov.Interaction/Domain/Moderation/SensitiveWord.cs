namespace EGov.Interaction.Domain.Moderation;

/// <summary>敏感词: a message containing one is held for staff review instead of being published or routed.</summary>
internal sealed class SensitiveWord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Word { get; set; } = "";
    public DateTime AddedAt { get; set; }
    public string AddedBy { get; set; } = "";
}
