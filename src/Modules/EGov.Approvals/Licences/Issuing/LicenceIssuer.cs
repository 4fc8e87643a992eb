using System.Text.Json;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Licences.Pdf;
using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Numbering;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Licences.Issuing;

/// <inheritdoc />
internal sealed class LicenceIssuer(
    EGovDbContext db,
    INumberingService numbering,
    IOrganizationDirectory organization,
    LicenceSigningKeys keys,
    LicencePdf pdf,
    IAttachmentStore attachments,
    IAuditLog audit,
    IOptions<ApprovalsOptions> approvals,
    IOptions<LicenceOptions> options,
    TimeProvider time) : ILicenceIssuer
{
    public async Task<Result<ELicence>> IssueAsync(Application application, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Decision != Decision.Approved)
        {
            return LicenceErrors.NotApproved;
        }

        var item = await db.Set<ServiceItem>().Include(i => i.Fields).SingleOrDefaultAsync(i => i.Id == application.ItemId, cancellationToken);
        if (item is null)
        {
            return LicenceErrors.ItemNotFound;
        }

        if (!item.IssuesELicence)
        {
            return LicenceErrors.ItemIssuesNone;
        }

        if (await db.Set<ELicence>().AnyAsync(l => l.ApplicationId == application.Id && l.Status == LicenceStatus.Valid, cancellationToken))
        {
            return LicenceErrors.AlreadyIssued;
        }

        if (await organization.FindAsync(application.DepartmentId, cancellationToken) is not { } department)
        {
            return LicenceErrors.DepartmentNotFound;
        }

        var key = await keys.ForDepartmentAsync(department.Code, cancellationToken);
        if (!key.IsSuccess)
        {
            return key.Error!;
        }

        var licence = await NewLicenceAsync(application, item, department, cancellationToken);
        var rows = LicenceFields.Of(application, item);
        licence.Data = LicenceField.Serialize(rows);
        var rendered = pdf.Create(Document(licence, rows, application, department.Name));
        if (!rendered.IsSuccess)
        {
            return LicenceErrors.PdfFailed(rendered.Error!.Message);
        }

        (licence.PdfHash, licence.Signature) = LicenceSignature.Sign(key.Value.PrivateKey, rendered.Value);
        licence.KeyId = key.Value.KeyId;
        return await StoreAsync(licence, application, rendered.Value, cancellationToken);
    }

    private async Task<ELicence> NewLicenceAsync(Application application, ServiceItem item, DepartmentInfo department, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var number = await numbering.NextFormattedAsync(
            $"approvals.licence:{department.Code}:{today.Year}",
            approvals.Value.LicenceNumberFormat,
            new NumberValues(Code: department.Code, Year: today.Year),
            cancellationToken);
        return new ELicence
        {
            Number = number,
            ApplicationId = application.Id,
            ItemId = item.Id,
            DepartmentId = application.DepartmentId,
            Title = string.IsNullOrWhiteSpace(item.ResultName) ? item.Name : item.ResultName,
            HolderName = application.ApplicantName,
            HolderIdentityNumber = application.IdentityNumber,
            IssuedOn = today,
            ValidUntil = item.LicenceValidityYears is { } years ? today.AddYears(years).AddDays(-1) : null,
            Status = LicenceStatus.Valid,
            VerificationCode = VerificationCodes.New(),
        };
    }

    private LicenceDocument Document(ELicence licence, IReadOnlyList<LicenceField> rows, Application application, string departmentName) => new(
        licence.Title,
        licence.Number,
        licence.HolderName,
        LicenceHolder.IdentityLabel(application.ApplicantKind),
        licence.HolderIdentityNumber, // printed in full as on a paper licence; public pages mask it
        rows,
        departmentName,
        licence.IssuedOn,
        licence.ValidUntil,
        LicenceUrls.Verify(options.Value.PublicBaseUrl, licence.VerificationCode));

    private async Task<Result<ELicence>> StoreAsync(ELicence licence, Application application, byte[] bytes, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(bytes);
        var owner = new AttachmentOwner(ApprovalsClocks.Module, application.Id.ToString());
        var saved = await attachments.SaveAsync(content, $"{licence.Number}.pdf", LicencePdf.ContentType, owner, cancellationToken);
        if (!saved.IsSuccess)
        {
            return LicenceErrors.StoreFailed(saved.Error!.Message);
        }

        licence.PdfAttachmentId = saved.Value.Id;
        db.Add(licence);
        db.Add(new ApplicationDocument
        {
            ApplicationId = application.Id,
            Kind = DocumentKind.ELicence,
            Title = $"{licence.Title}（电子证照 {licence.Number}）",
            AttachmentId = saved.Value.Id,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            VisibleToApplicant = true,
        });
        var detail = JsonSerializer.Serialize(new { licence.Number, application = application.Number, licence.KeyId, licence.PdfHash });
        audit.Record(new AuditRecord("approvals.licence.issued", nameof(ELicence), licence.Id.ToString(), AuditOutcome.Success, detail));
        return licence;
    }
}
