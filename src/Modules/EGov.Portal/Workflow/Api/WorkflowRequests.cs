namespace EGov.Portal.Workflow.Api;

/// <summary>审核通过 with an optional opinion.</summary>
internal sealed record ReviewRequest(string? Opinion);

/// <summary>退回修改 (or 不采用) with a required comment.</summary>
internal sealed record CommentRequest(string? Comment);

/// <summary>保密审查 result and the required opinion.</summary>
internal sealed record ConfidentialityReviewRequest(bool Passed, string? Opinion);

/// <summary>撤稿 with the required reason.</summary>
internal sealed record WithdrawRequest(string? Reason);

/// <summary>推送 to a channel of the portal.</summary>
internal sealed record PushRequest(Guid ChannelId);

/// <summary>The article's status after the step (enum name, e.g. <c>Published</c>) and its Chinese name.</summary>
internal sealed record StepResponse(Guid Id, string Status, string StatusName);

internal sealed record PushResponse(Guid ReferenceId);
