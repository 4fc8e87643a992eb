using System.Text.Json;
using EGov.Disclosure.Catalog;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Agencies;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Numbering;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Agencies;

/// <summary>
/// 公开指南设置 (<c>disclosure.manage</c>): the agencies whose disclosure office is in the manager's scope, their
/// guide data and 索引号 settings. Saved with a version check; every change audited.
/// </summary>
internal sealed class AgencySettingsHandler(
    EGovDbContext db, AgencyDirectory agencies, IOrganizationDirectory organization, IDepartmentScope scope, INumberingService numbering, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<AgencySettingsView>> ListAsync(CancellationToken cancellationToken)
    {
        var inScope = await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken);
        var views = new List<AgencySettingsView>();
        foreach (var agency in (await agencies.ListAsync(cancellationToken)).Where(a => inScope.Contains(a.OfficeDepartmentId)))
        {
            views.Add(await ViewAsync(agency, cancellationToken));
        }

        return views;
    }

    public async Task<Result<AgencySettingsView>> FindAsync(string code, CancellationToken cancellationToken)
        => await InScopeAsync(code, cancellationToken) is { } agency ? await ViewAsync(agency, cancellationToken) : CatalogErrors.AgencyNotFound;

    public async Task<Result<AgencySettingsView>> SaveAsync(string code, AgencySettingsFields fields, CancellationToken cancellationToken)
    {
        if (await InScopeAsync(code, cancellationToken) is not { } agency)
        {
            return CatalogErrors.AgencyNotFound;
        }

        if (AgencySettingsRules.Validate(fields, numbering) is { } invalid)
        {
            return invalid;
        }

        var office = await organization.FindByCodeAsync(fields.OfficeDepartmentCode!.Trim(), cancellationToken);
        if (office is not { IsActive: true } || !(await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken)).Contains(office.Id))
        {
            return CatalogFieldErrors.Single("disclosure.agency_office_invalid", nameof(fields.OfficeDepartmentCode), "政府信息公开工作机构所在单位不存在，或不在您的管理范围内。");
        }

        var stored = await db.Set<DisclosureAgency>().SingleOrDefaultAsync(a => a.DepartmentId == agency.DepartmentId, cancellationToken);
        if ((stored?.Version ?? 0) != fields.Version)
        {
            return CatalogErrors.ChangedMeanwhile;
        }

        if (stored is null)
        {
            stored = new DisclosureAgency { DepartmentId = agency.DepartmentId };
            db.Add(stored);
        }

        Apply(stored, fields, office.Id);
        stored.UpdatedAt = time.GetUtcNow().UtcDateTime;
        stored.Version++;
        audit.Record(new AuditRecord("disclosure.agency_settings_saved", nameof(DisclosureAgency), stored.Id.ToString(), AuditOutcome.Success,
            JsonSerializer.Serialize(new { agency = agency.Code, stored.OfficeName, office = office.Code, stored.IndexCode, stored.IndexNumberFormat, stored.AcceptsRequests })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save (version token, or the first row for the agency created twice).
            db.ChangeTracker.Clear();
            return CatalogErrors.ChangedMeanwhile;
        }

        return await FindAsync(code, cancellationToken);
    }

    private async Task<AgencyInfo?> InScopeAsync(string code, CancellationToken cancellationToken)
        => await agencies.FindByCodeAsync(code, cancellationToken) is { } agency
            && (await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken)).Contains(agency.OfficeDepartmentId)
            ? agency
            : null;

    private async Task<AgencySettingsView> ViewAsync(AgencyInfo agency, CancellationToken cancellationToken)
    {
        var office = await organization.FindAsync(agency.OfficeDepartmentId, cancellationToken);
        var stored = agency.Settings.Version > 0;
        return new AgencySettingsView(agency.Code, agency.Name, agency.IsGovernment, stored, office?.Code ?? "", office?.Name ?? "",
            AgencySettingsFields.From(agency.Settings, office?.Code ?? ""));
    }

    private static void Apply(DisclosureAgency a, AgencySettingsFields f, Guid officeId)
    {
        a.OfficeName = f.OfficeName!.Trim();
        a.Address = f.Address!.Trim();
        a.PostalCode = f.PostalCode?.Trim() ?? "";
        a.OfficeHours = f.OfficeHours?.Trim() ?? "";
        a.Phone = f.Phone?.Trim() ?? "";
        a.Fax = f.Fax?.Trim() ?? "";
        a.Email = f.Email?.Trim() ?? "";
        a.GuideText = f.GuideText?.Trim() ?? "";
        a.IndexCode = f.IndexCode!.Trim().ToUpperInvariant();
        a.IndexNumberFormat = f.IndexNumberFormat!.Trim();
        a.OfficeDepartmentId = officeId;
        a.AcceptsRequests = f.AcceptsRequests;
    }
}
