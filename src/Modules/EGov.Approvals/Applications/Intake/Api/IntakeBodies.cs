using System.Text.Json;
using EGov.Approvals.Applications.Intake.Registration;

namespace EGov.Approvals.Applications.Intake.Api;

/// <summary>One material in an API application: a draft uploaded through <c>/api/v1/attachments</c>, an earlier material to reuse, or paper seen.</summary>
internal sealed class ApiMaterial
{
    public Guid RequiredMaterialId { get; set; }
    public Guid? AttachmentId { get; set; }
    public Guid? ReuseId { get; set; }
    public bool PaperChecked { get; set; }

    public MaterialGiven ToGiven() => new(RequiredMaterialId) { DraftId = AttachmentId, ReuseId = ReuseId, PaperChecked = PaperChecked };
}

/// <summary><c>POST /api/v1/approvals/applications</c>: contact fields left out are taken from the account's profile.</summary>
internal sealed class OnlineApplicationBody
{
    public Guid ItemId { get; set; }
    public ApplicantInput? Applicant { get; set; }
    public JsonElement? Form { get; set; }
    public List<ApiMaterial>? Materials { get; set; }
}

/// <summary><c>POST /api/v1/approvals/office/applications</c>: an application received at the window.</summary>
internal sealed class WindowApplicationBody
{
    public Guid? ItemId { get; set; }
    public ApplicantInput? Applicant { get; set; }
    public JsonElement? Form { get; set; }
    public List<ApiMaterial>? Materials { get; set; }

    /// <summary>The day the materials were handed in; today when left out.</summary>
    public DateOnly? ReceivedOn { get; set; }
}

/// <summary>The receipt as the API returns it: the query code appears here once and nowhere else.</summary>
internal sealed record ReceiptResponse(
    Guid Id, string Number, string QueryCode, string ItemName, DateTime SubmittedAt, string Channel, DateOnly MaterialsReceivedOn, DateOnly PreReviewDueDate, string? ReceiptUrl)
{
    public static ReceiptResponse From(RegisteredApplication r) => new(
        r.Id, r.Number, r.QueryCode, r.ItemName, r.SubmittedAt, r.Channel.ToString(), r.MaterialsReceivedOn, r.PreReviewDueDate,
        r.ReceiptAttachmentId is { } id ? $"/api/v1/attachments/{id}" : null);
}
