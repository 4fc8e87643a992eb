using EGov.Interaction.Domain;
using EGov.Interaction.Letters.Handling.Dossier;

namespace EGov.Interaction.Letters.Handling.Api;

/// <summary>A letter's dossier as JSON (enumerations by name, with their Chinese names).</summary>
internal static class DossierResponse
{
    public static object Of(LetterDossier d)
    {
        var l = d.Letter;
        return new
        {
            l.Id,
            l.Number,
            l.Subject,
            l.Content,
            kind = l.Kind.ToString(),
            kindName = InteractionNames.Of(l.Kind),
            channel = l.Channel.ToString(),
            mailbox = d.MailboxName,
            handlingDepartment = d.HandlingDepartmentName,
            state = l.State.ToString(),
            stateName = InteractionNames.Of(l.State),
            l.Version,
            l.Round,
            l.SubmittedAt,
            l.RegisteredOn,
            l.RoutedAt,
            l.SignedForAt,
            l.ConsentToPublish,
            l.Location,
            writer = new { d.Writer.Name, d.Writer.Phone, d.Writer.Email, d.Writer.Address },
            l.ReplyContent,
            l.RepliedAt,
            l.ReplyingDepartmentName,
            satisfaction = l.Satisfaction?.ToString(),
            l.RejectionReason,
            mergedInto = d.MergedInto is { } into ? new { into.Id, into.Number } : null,
            mergedLetters = d.MergedLetters.Select(m => new { m.Id, m.Number }),
            publication = new { l.IsPublished, l.PublishedAt, l.PublicSubject, l.PublicContent, l.PublicReply },
            publishDraft = new { d.PublishDraft.Subject, d.PublishDraft.Content, d.PublishDraft.Reply },
            attachments = d.Attachments.Select(a => new { a.AttachmentId, a.FileName, url = $"/api/v1/attachments/{a.AttachmentId}" }),
            clocks = d.Clocks.Select(c => new { kind = c.CaseType, c.Name, c.Clock.StartDate, c.Clock.DueDate, c.RemainingWorkingDays, level = c.Level.ToString(), state = c.Clock.State.ToString() }),
            history = d.Steps.Select(s => new { s.Kind, s.Title, s.At, s.ActorName, s.PublicNote, s.InternalNote, stateAfter = s.StateAfter.ToString() }),
            notes = d.Notes.Select(n => new { n.Body, n.AuthorName, n.At }),
            replies = d.Replies.Select(r => new { r.Id, r.Round, r.Content, r.DraftedByName, r.SubmittedAt, state = r.State.ToString(), r.ReviewerName, r.ReviewedAt, r.ReviewNote }),
            extensions = d.Extensions.Select(e => new { e.Round, e.WorkingDays, e.Reason, e.RequestedByName, e.RequestedAt, state = e.State.ToString(), e.DecidedByName, e.DecisionNote }),
            ratings = d.Ratings.Select(r => new { r.Round, satisfaction = r.Satisfaction.ToString(), r.Comment, r.At }),
            templates = d.Templates.Select(t => new { t.Id, t.Title, t.Body }),
            actions = d.Actions.Select(a => a.ToString()).Order(StringComparer.Ordinal),
        };
    }
}
