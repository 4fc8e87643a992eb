using EGov.Approvals.Applications.Handling.Dossier;
using EGov.Approvals.Domain;

namespace EGov.Approvals.Applications.Handling.Api;

/// <summary>An application's dossier as the API returns it: codes and their Chinese names, ISO 8601 dates.</summary>
internal static class DossierResponse
{
    public static object Of(ApplicationDossier d)
    {
        var a = d.Application;
        return new
        {
            a.Id,
            a.Number,
            a.ItemId,
            a.ItemName,
            department = d.DepartmentName,
            state = a.State.ToString(),
            stateName = ApprovalsNames.Of(a.State),
            proStatus = ApprovalsNames.ProStatus(a.State),
            a.Version,
            caseKind = a.CaseKind.ToString(),
            channel = a.Channel.ToString(),
            applicant = new { kind = a.ApplicantKind.ToString(), name = a.ApplicantName, d.Applicant.IdentityNumber, d.Applicant.Phone, d.Applicant.Address, a.Email },
            form = d.Form.Select(f => new { f.Label, f.Value }),
            a.SubmittedAt,
            a.MaterialsReceivedOn,
            a.AcceptedOn,
            a.DeemedAccepted,
            decision = a.Decision?.ToString(),
            a.DecidedOn,
            a.DecisionReason,
            a.Remedies,
            a.ResultProducedOn,
            deliveryMethod = a.DeliveryMethod?.ToString(),
            a.DeliveredOn,
            a.DeliveryNote,
            a.ConcludedOn,
            a.WithdrawnAt,
            a.Extended,
            correctionLastDay = d.CorrectionLastDay,
            materials = d.Materials.Select(m => new
            {
                m.Id,
                m.Name,
                m.RequiredMaterialId,
                check = m.Check.ToString(),
                m.Problem,
                m.FromCorrection,
                m.PaperChecked,
                url = m.AttachmentId is { } file ? $"/api/v1/attachments/{file}" : null,
            }),
            correction = d.Correction is { } n ? new { n.IssuedOn, n.SuppliedOn, n.Note, entries = n.Entries.Select(e => new { e.RequiredMaterialId, e.MaterialName, e.Problem }) } : null,
            procedures = d.Procedures.Select(p => new { p.Id, p.Reason, p.Description, p.ExpectedDays, p.StartedOn, p.EndedOn, p.Outcome }),
            extensions = d.Extensions.Select(e => new { e.Id, e.Days, e.Reason, e.RequestedAt, e.Approved, e.DecidedAt, e.DecisionNote }),
            clocks = d.Clocks.Select(c => new
            {
                kind = c.Kind,
                name = c.Name,
                c.Clock.StartDate,
                c.Clock.DueDate,
                c.RemainingWorkingDays,
                level = c.Level.ToString(),
                levelName = c.LevelName,
                state = c.Clock.State.ToString(),
                limit = c.Clock.EffectiveLimit,
                pauses = c.Clock.Pauses.Select(p => new { p.Reason, p.StartDate, p.ResumeDate }),
                extensions = c.Clock.Extensions.Select(e => new { e.Amount, e.Reason, e.ApprovedBy }),
            }),
            documents = d.Documents.Select(x => new { x.Id, kind = x.Kind.ToString(), x.Title, x.VisibleToApplicant, x.CreatedAt, url = $"/api/v1/attachments/{x.AttachmentId}" }),
            steps = d.Steps.Select(s => new { s.Kind, s.Title, s.Date, s.DueDate, s.At, s.ActorName, s.PublicNote, s.InternalNote, state = s.StateAfter.ToString() }),
            actions = Names(d.Actions),
        };
    }

    private static List<string> Names(HandlingActions a)
    {
        (bool Allowed, string Name)[] all =
        [
            (a.CheckMaterials, "materials-check"), (a.Accept, "accept"), (a.Reject, "reject"), (a.CorrectionNotice, "correction-notice"),
            (a.RegisterCorrection, "correction"), (a.Immediate, "immediate"), (a.Opinion, "opinion"), (a.StartProcedure, "special-procedures"),
            (a.EndProcedure, "special-procedures/end"), (a.RequestExtension, "extension-request"), (a.DecideExtension, "extension-decision"),
            (a.Decide, "decide"), (a.Produce, "produce"), (a.Deliver, "deliver"), (a.Conclude, "conclude"), (a.Withdraw, "withdraw"),
        ];
        return [.. all.Where(x => x.Allowed).Select(x => x.Name)];
    }
}
