using EGov.Disclosure.Catalog.Categories;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;

namespace EGov.Disclosure.Agencies;

/// <summary>An agency in the public list, with its group on the 信息公开 home page (区政府 / 部门 / 街道).</summary>
internal sealed record PublicAgency(string Code, string Name, string ShortName, string Group, bool AcceptsRequests);

/// <summary>The 政府信息公开指南 of an agency (条例 第十二条): office data, the categories with their legal basis, the guide text.</summary>
internal sealed record AgencyGuide(
    PublicAgency Agency, string OfficeName, string OfficeDepartment, string Address, string PostalCode, string OfficeHours, string Phone, string Fax,
    string Email, string GuideText, string IndexNumberFormat, IReadOnlyList<CategoryView> Categories);

/// <summary>The agencies and their guides as the public pages and the public API show them.</summary>
internal sealed class PublicAgencies(AgencyDirectory agencies, IOrganizationDirectory organization, CategoryHandler categories)
{
    public const string Government = "区政府";
    public const string Departments = "部门";
    public const string Streets = "街道";

    public async Task<IReadOnlyList<PublicAgency>> ListAsync(CancellationToken cancellationToken)
    {
        var kinds = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Kind);
        return [.. (await agencies.ListAsync(cancellationToken)).Select(a => From(a, kinds.GetValueOrDefault(a.DepartmentId)))];
    }

    public async Task<AgencyGuide?> GuideAsync(string code, CancellationToken cancellationToken)
    {
        if (await agencies.FindByCodeAsync(code, cancellationToken) is not { } agency)
        {
            return null;
        }

        var department = await organization.FindAsync(agency.DepartmentId, cancellationToken);
        var office = await organization.FindAsync(agency.OfficeDepartmentId, cancellationToken);
        var s = agency.Settings;
        return new AgencyGuide(
            From(agency, department?.Kind ?? DepartmentKind.GovernmentDepartment), s.OfficeName, office?.Name ?? agency.Name, s.Address, s.PostalCode,
            s.OfficeHours, s.Phone, s.Fax, s.Email, s.GuideText, s.IndexNumberFormat, await categories.ListAsync(activeOnly: true, cancellationToken));
    }

    private static PublicAgency From(AgencyInfo a, DepartmentKind kind)
        => new(a.Code, a.Name, a.ShortName, a.IsGovernment ? Government : kind is DepartmentKind.Street or DepartmentKind.Town ? Streets : Departments, a.Settings.AcceptsRequests);
}
