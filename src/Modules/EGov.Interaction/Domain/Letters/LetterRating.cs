namespace EGov.Interaction.Domain.Letters;

/// <summary>The writer's rating of a reply, one per round; 不满意 in round 1 reopens the letter once.</summary>
internal sealed class LetterRating
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LetterId { get; set; }
    public int Round { get; set; }
    public Satisfaction Satisfaction { get; set; }
    public string? Comment { get; set; }
    public DateTime At { get; set; }
}
