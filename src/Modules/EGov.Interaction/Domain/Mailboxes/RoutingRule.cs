using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Domain.Mailboxes;

/// <summary>
/// 分办规则: a letter that matches (mailbox, kind, any keyword in subject or content) is routed to the target department
/// at registration. Rules are tried by <see cref="Priority"/> (lowest first); no match leaves the letter to the dispatcher.
/// </summary>
internal sealed class RoutingRule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Null: letters of every mailbox.</summary>
    public Guid? MailboxId { get; set; }

    /// <summary>Null: every kind.</summary>
    public LetterKind? Kind { get; set; }

    /// <summary>Keywords separated by commas (、，, accepted); empty: every letter of the mailbox and kind.</summary>
    public string Keywords { get; set; } = "";

    public Guid TargetDepartmentId { get; set; }
    public int Priority { get; set; }
    public bool IsActive { get; set; } = true;
    public string? Note { get; set; }
    public uint Version { get; set; }

    public IReadOnlyList<string> KeywordList => Keywords
        .Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
