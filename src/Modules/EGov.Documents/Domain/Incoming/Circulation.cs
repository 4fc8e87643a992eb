namespace EGov.Documents.Domain.Incoming;

/// <summary>传阅 to one reader (条例 第二十四条（五）): sent at, read at, the reader's remark.</summary>
internal sealed class Circulation
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public Guid ReaderId { get; set; }
    public string ReaderName { get; set; } = "";
    public DateTime SentAt { get; set; }
    public string SentByName { get; set; } = "";
    public DateTime? ReadAt { get; set; }
    public string? Remark { get; set; }
}
