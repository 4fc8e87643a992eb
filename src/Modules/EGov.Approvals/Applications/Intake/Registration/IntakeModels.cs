using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>The applicant as registered: from the account's profile online, as typed by the clerk at the window.</summary>
internal sealed record ApplicantData(
    ApplicantKind Kind, string Name, string IdentityNumber, string? LegalRepresentative, string? AgentName, string Phone, string? Email, string? Address);

/// <summary>A file handed in with a page form.</summary>
internal sealed record NewUpload(Stream Content, string FileName, string? ContentType);

/// <summary>
/// What was given for one of the item's materials: a new file, a draft uploaded before through
/// <c>/api/v1/attachments</c>, an earlier application's material to reuse, or paper seen at the window.
/// </summary>
internal sealed record MaterialGiven(Guid RequiredMaterialId)
{
    public NewUpload? Upload { get; init; }
    public Guid? DraftId { get; init; }
    public Guid? ReuseId { get; init; }
    public bool PaperChecked { get; init; }

    public bool HasFile => Upload is not null || DraftId is not null || ReuseId is not null;
}

/// <summary>A checked application ready to be stored by <see cref="ApplicationRegistrar"/>.</summary>
internal sealed record IntakeRequest(
    ServiceItem Item, ApplicantData Applicant, FormOutcome Form, IReadOnlyList<MaterialGiven> Materials, ApplicationChannel Channel, DateOnly ReceivedOn, Guid? AccountId);

/// <summary>What the receipt shows; <see cref="QueryCode"/> exists only here and is never stored in clear.</summary>
internal sealed record RegisteredApplication(
    Guid Id,
    string Number,
    string QueryCode,
    string ItemName,
    DateTime SubmittedAt,
    ApplicationChannel Channel,
    DateOnly MaterialsReceivedOn,
    DateOnly PreReviewDueDate,
    Guid? ReceiptAttachmentId);
