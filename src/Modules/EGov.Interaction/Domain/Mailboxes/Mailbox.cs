namespace EGov.Interaction.Domain.Mailboxes;

/// <summary>信箱: the district head's mailbox (区长信箱) or a department's; letters are written to one.</summary>
internal sealed class Mailbox
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>URL code, e.g. <c>qzxx</c> for 区长信箱 or the department's short code.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public MailboxKind Kind { get; set; }

    /// <summary>The department that manages the mailbox: registers, routes and publishes its letters.</summary>
    public Guid DepartmentId { get; set; }

    public string Description { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public int Order { get; set; }
    public uint Version { get; set; }
}

internal enum MailboxKind
{
    /// <summary>区长信箱, managed by the district government office, routed to any department.</summary>
    DistrictHead,

    /// <summary>A department's mailbox (局长信箱), handled by the department itself unless re-routed.</summary>
    Department,
}
