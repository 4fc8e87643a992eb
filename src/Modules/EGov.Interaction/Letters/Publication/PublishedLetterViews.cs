namespace EGov.Interaction.Letters.Publication;

/// <summary>A published letter in a list: the public subject, the start of the reply, never the writer.</summary>
/// <param name="Kind">The kind's Chinese name.</param>
/// <param name="Department">The department that replied.</param>
internal sealed record PublishedLetterLine(Guid Id, string Subject, string Kind, string Department, DateOnly WrittenOn, DateOnly? RepliedOn, string ReplyExcerpt);

/// <summary>A published letter as the public reads it: the text with personal data removed, the reply and its rating.</summary>
/// <param name="Satisfaction">满意 / 基本满意 / 不满意, or null when the writer has not rated the reply.</param>
internal sealed record PublishedLetter(
    Guid Id,
    string Number,
    string Subject,
    string Kind,
    string Mailbox,
    DateOnly WrittenOn,
    DateOnly? RepliedOn,
    string Content,
    string Reply,
    string ReplyingDepartment,
    string? Satisfaction);

/// <summary>One page of published letters, newest reply first.</summary>
internal sealed record PublishedLetterPage(IReadOnlyList<PublishedLetterLine> Items, int Total, int Page, int PageCount);

/// <summary>The handling departments with published letters, for the filter.</summary>
internal sealed record LetterDepartmentOption(string Code, string Name);
