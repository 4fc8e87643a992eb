using EGov.Disclosure.Agencies;
using EGov.Disclosure.Contracts;
using EGov.Platform.Organization.Scope;

namespace EGov.Disclosure.Reports.Handling;

/// <summary>
/// Which agencies' reports a staff member reads (<c>disclosure.view</c> or <c>disclosure.manage</c>) and edits
/// (<c>disclosure.manage</c>): those whose disclosure office is in their scope for that permission.
/// </summary>
internal sealed class ReportScope(IDepartmentScope scope, AgencyDirectory agencies)
{
    public async Task<bool> CanReadAsync(AgencyInfo agency, CancellationToken cancellationToken = default)
        => (await scope.ForPermissionAsync(DisclosurePermissions.View, cancellationToken)).Contains(agency.OfficeDepartmentId)
            || await CanEditAsync(agency, cancellationToken);

    public async Task<bool> CanEditAsync(AgencyInfo agency, CancellationToken cancellationToken = default)
        => (await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken)).Contains(agency.OfficeDepartmentId);

    /// <summary>The agencies in read scope, district government first, in the tree's order.</summary>
    public async Task<IReadOnlyList<AgencyInfo>> ReadableAsync(CancellationToken cancellationToken = default)
    {
        var view = await scope.ForPermissionAsync(DisclosurePermissions.View, cancellationToken);
        var manage = await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken);
        return [.. (await agencies.ListAsync(cancellationToken)).Where(a => view.Contains(a.OfficeDepartmentId) || manage.Contains(a.OfficeDepartmentId))];
    }

    /// <summary>The departments whose requests the statistics count: the union of the view and manage scopes.</summary>
    public async Task<DepartmentSet> StatisticsScopeAsync(CancellationToken cancellationToken = default)
    {
        var view = await scope.ForPermissionAsync(DisclosurePermissions.View, cancellationToken);
        var manage = await scope.ForPermissionAsync(DisclosurePermissions.Manage, cancellationToken);
        return view.IsWholeDistrict || manage.IsWholeDistrict ? DepartmentSet.WholeDistrict : DepartmentSet.Of(view.Ids.Concat(manage.Ids));
    }
}
