using System.Text.Json;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Templates;

/// <summary>Creates and changes an agency's 公文模板 (<c>documents.templates</c>, within its scope), audited and version-checked.</summary>
internal sealed class TemplateHandler(EGovDbContext db, IDepartmentScope scope, OrganizationFacts organization, IAuditLog audit)
{
    public async Task<Result<Guid>> SaveAsync(Guid? id, TemplateInput input, long? version, CancellationToken cancellationToken)
    {
        DocumentTemplate template;
        if (id is { } existing)
        {
            if (await db.Set<DocumentTemplate>().FirstOrDefaultAsync(t => t.Id == existing, cancellationToken) is not { } found)
            {
                return TemplateErrors.NotFound;
            }

            if (version is { } seen && seen != found.Version)
            {
                return TemplateErrors.Stale;
            }

            template = found;
        }
        else
        {
            template = new DocumentTemplate { Id = Guid.NewGuid() };
        }

        var set = await scope.ForPermissionAsync(DocumentsPermissions.Templates, cancellationToken);
        if (id is not null && !set.Contains(template.AgencyId))
        {
            return TemplateErrors.NotFound;
        }

        var checkedInput = await TemplateValidation.CheckAsync(input, organization, cancellationToken);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Error!;
        }

        if (!set.Contains(input.AgencyId!.Value))
        {
            return TemplateErrors.NotYours;
        }

        TemplateValidation.Apply(template, input, checkedInput.Value);
        if (id is null)
        {
            db.Add(template);
        }

        template.Version++;
        audit.Record(new AuditRecord(id is null ? "documents.template.created" : "documents.template.changed", nameof(DocumentTemplate), template.Id.ToString(),
            AuditOutcome.Success, JsonSerializer.Serialize(new { template.Name, template.AgencyCode, template.AgencyMark, Format = EnumCodes.Code(template.Format) })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return template.Id;
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same template, or another template of the agency with the same name.
            db.ChangeTracker.Clear();
            return TemplateErrors.Stale;
        }
    }
}
