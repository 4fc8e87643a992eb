namespace EGov.Interaction.Domain.Letters;

/// <summary>
/// 信件/留言: one message from the public to a mailbox, from submission to closure. PERSONAL DATA: the writer's phone
/// and address are stored encrypted; the name is shown masked to staff without <c>personaldata.view</c>.
/// </summary>
internal sealed class Letter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>信件编号 from the numbering service (<c>interaction.letter:{year}</c>).</summary>
    public string Number { get; set; } = "";

    /// <summary>SM3 of (id, 查询码); the code is shown once on the receipt.</summary>
    public string QueryCodeHash { get; set; } = "";

    public Guid MailboxId { get; set; }

    /// <summary>The department managing the mailbox (copied, so scope queries need no join).</summary>
    public Guid MailboxDepartmentId { get; set; }

    public LetterKind Kind { get; set; }
    public LetterChannel Channel { get; set; }
    public string Subject { get; set; } = "";

    /// <summary>Plain text as written.</summary>
    public string Content { get; set; } = "";

    /// <summary>The signed-in writer's account; null for anonymous writers (verified phone) and Open311 requests.</summary>
    public Guid? WriterAccountId { get; set; }

    public string WriterName { get; set; } = "";

    /// <summary>Encrypted; verified by SMS for anonymous writers.</summary>
    public string WriterPhone { get; set; } = "";

    public string? WriterEmail { get; set; }

    /// <summary>Encrypted.</summary>
    public string? WriterAddress { get; set; }

    /// <summary>同意公开: without it the letter is never published.</summary>
    public bool ConsentToPublish { get; set; }

    /// <summary>Where the matter is (Open311 address_string, lat/long); not the writer's address.</summary>
    public string? Location { get; set; }

    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>Open311: the client that posted it, its service code, device and media link, and the token it got.</summary>
    public Guid? ApiClientId { get; set; }

    public string? DeviceId { get; set; }
    public string? MediaUrl { get; set; }
    public string? Open311Token { get; set; }

    /// <summary>Sensitive words found at submission, comma-separated (the reason it was held).</summary>
    public string? SensitiveWords { get; set; }

    public LetterState State { get; set; }
    public DateTime SubmittedAt { get; set; }

    /// <summary>登记日: the clocks start here (counting from the next working day).</summary>
    public DateOnly? RegisteredOn { get; set; }

    /// <summary>承办部门.</summary>
    public Guid? HandlingDepartmentId { get; set; }

    public DateTime? RoutedAt { get; set; }
    public DateTime? SignedForAt { get; set; }

    /// <summary>Running clocks: sign-for (签收时限) and reply (答复时限).</summary>
    public Guid? SignForClockId { get; set; }

    public Guid? ReplyClockId { get; set; }

    /// <summary>The reply as sent (the latest approved <see cref="LetterReply"/>).</summary>
    public string? ReplyContent { get; set; }

    public DateTime? RepliedAt { get; set; }
    public string? ReplyingDepartmentName { get; set; }

    /// <summary>1 for the first handling; 2 after 不满意 reopened it (allowed once).</summary>
    public int Round { get; set; } = 1;

    public Satisfaction? Satisfaction { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>The letter this duplicate was merged into.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>Why it was rejected (不予受理), told to the writer.</summary>
    public string? RejectionReason { get; set; }

    public bool IsPublished { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>The published text, with personal data removed; staff may edit it before publishing.</summary>
    public string? PublicSubject { get; set; }

    public string? PublicContent { get; set; }
    public string? PublicReply { get; set; }

    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}
