using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Handling.Consultations;
using EGov.Disclosure.Requests.Handling.Dossier;

namespace EGov.Disclosure.Requests.Handling.Api;

/// <summary>A request's dossier as the API returns it: codes and their Chinese names, ISO 8601 dates.</summary>
internal sealed record DossierResponse(
    Guid Id, string Number, string Agency, string State, string StateName, long Version, string ApplicantType, string ApplicantName,
    string? IdentityNumber, string? Phone, string? Address, string Description, string? OriginalDescription, string Channel,
    DateOnly? ReceivedOn, DateOnly? ConcludedOn, string? Outcome, string? OutcomeRow, bool Extended, object? Clock, object? Correction,
    IReadOnlyList<object> Consultations, object? Fee, object? Reply, IReadOnlyList<object> Disputes, IReadOnlyList<object> Documents,
    IReadOnlyList<object> Steps, IReadOnlyList<string> Actions)
{
    public static DossierResponse Of(RequestDossier d)
    {
        var r = d.Request;
        var outcome = r.Outcome is { } o ? ReplyOutcomes.Of(o) : null;
        return new DossierResponse(
            r.Id, r.Number, d.AgencyName, r.State.ToString(), DisclosureNames.Of(r.State), r.Version, DisclosureNames.Of(r.ApplicantType), r.ApplicantName,
            d.Applicant.IdentityNumber, d.Applicant.Phone, d.Applicant.Address, r.Description, r.OriginalDescription, DisclosureNames.Of(r.Channel),
            r.ReceivedOn, r.ConcludedOn, outcome?.Label, outcome?.Row, r.Extended,
            d.Clock is { } c ? new
            {
                c.Clock.StartDate,
                c.Clock.DueDate,
                c.RemainingWorkingDays,
                level = c.Level.ToString(),
                levelName = c.LevelName,
                state = c.StateName,
                limit = c.Clock.EffectiveLimit,
                pauses = c.Clock.Pauses.Select(p => new { p.Reason, p.StartDate, p.ResumeDate }),
                extensions = c.Clock.Extensions.Select(e => new { e.Amount, e.Reason, e.ApprovedBy }),
            } : null,
            d.Correction is { } n ? new { n.SentOn, n.Items, n.Deadline, n.CorrectedOn } : null,
            [.. d.Consultations.Select(x => (object)new
            {
                x.Id, party = x.PartyKind.ToString(), x.PartyName, x.Question, x.SentOn, x.DueOn, x.AnsweredOn,
                answer = x.Answer is { } a ? ConsultationHandler.AnswerName(a) : null, x.AnswerText,
            })],
            d.Fee is { } f ? new { mode = DisclosureNames.Of(f.Mode), f.Quantity, f.Amount, f.IssuedOn, f.PayBy, f.PaidOn, f.PaymentReference } : null,
            d.Reply is { } p ? new
            {
                outcome = ReplyOutcomes.Of(p.Outcome).Label,
                row = ReplyOutcomes.Of(p.Outcome).Row,
                p.Text,
                p.WhereToObtain,
                p.ResponsibleAgency,
                p.DraftedAt,
                p.ReviewedAt,
                p.SignedOffAt,
                p.LetterAttachmentId,
                p.DeliveredOn,
                p.DeliveryNote,
                p.ArchivedAt,
            } : null,
            [.. d.Disputes.Select(x => (object)new
            {
                x.Id, kind = DisclosureNames.Of(x.Kind), x.Authority, x.CaseNumber, x.FiledOn, result = DisclosureNames.Of(x.Result), x.DecidedOn, x.Note, x.Version,
            })],
            [.. d.Documents.Select(x => (object)new { x.Id, kind = x.Kind.ToString(), x.Title, x.VisibleToApplicant, url = $"/api/v1/attachments/{x.AttachmentId}" })],
            [.. d.Steps.Select(s => (object)new { s.Kind, s.Title, s.Date, s.At, s.ActorName, s.PublicNote, s.InternalNote, state = DisclosureNames.Of(s.StateAfter) })],
            Names(d.Actions));
    }

    private static List<string> Names(HandlingActions a)
    {
        var names = new List<string>();
        void Add(bool allowed, string name)
        {
            if (allowed)
            {
                names.Add(name);
            }
        }

        Add(a.Correction, "correction-notice");
        Add(a.RecordCorrection, "correction");
        Add(a.Lapse, "deemed-withdrawal");
        Add(a.Consultation, "consultations");
        Add(a.ConsultationAnswer, "consultations/answer");
        Add(a.Fee, "fee-notice");
        Add(a.FeePayment, "fee-payment");
        Add(a.Extension, "extension");
        Add(a.Draft, "reply");
        Add(a.Review, "reply/review");
        Add(a.SignOff, "reply/sign-off");
        Add(a.Deliver, "reply/delivery");
        Add(a.Archive, "archive");
        Add(a.Withdrawal, "withdrawal");
        Add(a.Disputes, "disputes");
        return names;
    }
}
