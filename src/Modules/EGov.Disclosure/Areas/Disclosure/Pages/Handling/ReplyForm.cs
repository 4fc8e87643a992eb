using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Handling.Disputes;
using EGov.Disclosure.Requests.Handling.Replies;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Handling;

/// <summary>The fields of the draft-reply panel (names <c>reply.Outcome</c>, <c>reply.Text</c>…).</summary>
internal sealed class ReplyForm
{
    public ReplyOutcome? Outcome { get; set; }
    public string? Text { get; set; }
    public bool AlreadyPublic { get; set; }
    public string? WhereToObtain { get; set; }
    public string? ResponsibleAgency { get; set; }
    public bool ResponsibleAgencyUnknown { get; set; }
    public bool OnSiteReading { get; set; }

    public ReplyDraftInput ToInput() => new(Outcome, Text, AlreadyPublic, WhereToObtain, ResponsibleAgency, ResponsibleAgencyUnknown, OnSiteReading);
}

/// <summary>The fields of a dispute form (names <c>dispute.Kind</c>…).</summary>
internal sealed class DisputeForm
{
    public DisputeKind? Kind { get; set; }
    public string? Authority { get; set; }
    public string? CaseNumber { get; set; }
    public DateOnly? FiledOn { get; set; }
    public DisputeResult? Result { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? Note { get; set; }

    public DisputeInput ToInput() => new(Kind, Authority, CaseNumber, FiledOn, Result, DecidedOn, Note);
}
