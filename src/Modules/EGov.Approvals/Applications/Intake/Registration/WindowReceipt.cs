using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Pdf;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>Writes the 收件凭证 PDF of a window application and keeps it among the application's documents.</summary>
internal sealed class WindowReceipt(EGovDbContext db, IPdfLetterWriter writer, IAttachmentStore attachments, IOrganizationDirectory organization, TimeProvider time)
{
    /// <returns>The attachment id of the PDF.</returns>
    public async Task<Result<Guid>> AddAsync(Application application, string queryCode, IntakeRequest request, DateOnly preReviewDue, CancellationToken cancellationToken)
    {
        var department = await organization.FindAsync(application.DepartmentId, cancellationToken);
        var names = ReceiptLetter.MaterialNames(request.Item, request.Materials);
        var pdf = writer.Write(ReceiptLetter.Create(application, queryCode, names, department?.Name ?? "", preReviewDue));
        if (!pdf.IsSuccess)
        {
            return pdf.Error!;
        }

        var owner = new AttachmentOwner(ApprovalsClocks.Module, application.Id.ToString()) { UploadedBy = application.RegisteredBy };
        using var content = new MemoryStream(pdf.Value);
        var saved = await attachments.SaveAsync(content, $"收件凭证-{application.Number}.pdf", "application/pdf", owner, cancellationToken);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        db.Add(new ApplicationDocument
        {
            ApplicationId = application.Id,
            Kind = DocumentKind.Receipt,
            Title = ReceiptLetter.Title,
            AttachmentId = saved.Value.Id,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            VisibleToApplicant = true,
        });
        return saved.Value.Id;
    }
}
