using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Pdf;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling;

/// <summary>
/// Writes the application's written notices (受理通知书, 补正材料告知书, decisions…) as PDF letters signed with the
/// department's full name and the date (第三十二条第二款: a written voucher with the agency's seal and date), stores
/// them as the application's attachments and adds their <see cref="ApplicationDocument"/>, visible to the applicant.
/// </summary>
internal sealed class HandlingNotices(EGovDbContext db, IOrganizationDirectory departments, IPdfLetterWriter writer, IAttachmentStore attachments, TimeProvider time)
{
    /// <param name="article">The legal basis printed at the end, e.g. 《中华人民共和国行政许可法》第三十二条.</param>
    public async Task<Result<ApplicationDocument>> WriteAsync(
        Application application, DocumentKind kind, IReadOnlyList<string> body, string article, DateOnly date, CancellationToken cancellationToken)
    {
        var department = await departments.FindAsync(application.DepartmentId, cancellationToken);
        var title = ApprovalsNames.Of(kind);
        var paragraphs = new List<string> { $"办件编号：{application.Number}　事项名称：{application.ItemName}" };
        paragraphs.AddRange(body);
        paragraphs.Add($"依据：{article}。");
        var letter = new PdfLetter(title, paragraphs, department?.Name ?? "", date) { Salutation = $"{application.ApplicantName}：" };
        var pdf = writer.Write(letter);
        if (!pdf.IsSuccess)
        {
            return pdf.Error!;
        }

        using var content = new MemoryStream(pdf.Value);
        var owner = new AttachmentOwner(ApprovalsClocks.Module, application.Id.ToString());
        var saved = await attachments.SaveAsync(content, $"{application.Number}-{title}.pdf", "application/pdf", owner, cancellationToken);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        var document = new ApplicationDocument
        {
            ApplicationId = application.Id,
            Kind = kind,
            Title = title,
            AttachmentId = saved.Value.Id,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            VisibleToApplicant = true,
        };
        db.Add(document);
        return document;
    }

    /// <summary>The law's name as the notices cite it.</summary>
    public static string Law(string article) => $"《中华人民共和国行政许可法》{article}";
}
