using EGov.Disclosure.Domain.Disputes;

namespace EGov.Disclosure.Requests.Handling.Disputes;

/// <summary>A 行政复议 or 行政诉讼 about a request (table 四); <see cref="DecidedOn"/> once it has a result.</summary>
internal sealed record DisputeInput(DisputeKind? Kind, string? Authority, string? CaseNumber, DateOnly? FiledOn, DisputeResult? Result, DateOnly? DecidedOn, string? Note);
