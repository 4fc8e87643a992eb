namespace EGov.Oversight.Domain;

/// <summary>督办: a supervisor urges the department to answer a card by a deadline.</summary>
internal sealed class CardUrge
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long CardId { get; set; }
    public DateOnly Deadline { get; set; }
    public string Note { get; set; } = "";
    public DateTime At { get; set; }
    public Guid By { get; set; }
    public string ByName { get; set; } = "";
}
