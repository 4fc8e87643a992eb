using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Platform.Organization.Scope;

namespace EGov.Disclosure.Letters.Templates;

/// <summary>An owner of templates: an agency, or the district-wide default (<see cref="AgencyId"/> null).</summary>
internal sealed record TemplateOwner(string Code, string Name, Guid? AgencyId);

/// <summary>
/// The template owners a manager may edit: agencies whose disclosure office is in the <c>disclosure.manage</c> scope,
/// and the district default (code <c>default</c>) for managers of the whole district.
/// </summary>
internal sealed class TemplateAgencies(AgencyDirectory agencies, IDepartmentScope scope)
{
    public const string DistrictCode = "default";

    public async Task<IReadOnlyList<TemplateOwner>> ListAsync(CancellationToken cancellationToken = default)
    {
        var set = await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken);
        var owners = (await agencies.ListAsync(cancellationToken))
            .Where(a => set.Contains(a.OfficeDepartmentId))
            .Select(a => new TemplateOwner(a.Code, a.Name, a.DepartmentId))
            .ToList();
        return set.IsWholeDistrict ? [District, .. owners] : owners;
    }

    public async Task<TemplateOwner?> FindAsync(string? code, CancellationToken cancellationToken = default)
        => (await ListAsync(cancellationToken)).FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase));

    private static TemplateOwner District => new(DistrictCode, "全区默认模板", null);
}
