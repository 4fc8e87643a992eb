using EGov.Platform.Organization;
using Microsoft.Extensions.Configuration;

namespace EGov.Oversight.Cards;

/// <summary>
/// The department of the supervisors (监察人员), by default the district government office: it decides red cards and
/// answers for cards that name no department. Setting <c>Oversight:SupervisorDepartment</c> (a department code).
/// </summary>
internal sealed class CardDesk(IOrganizationDirectory organization, IConfiguration configuration)
{
    public const string DefaultCode = "xlq-zfb";

    private Guid? _id;

    public string Code => configuration["Oversight:SupervisorDepartment"] is { Length: > 0 } code ? code : DefaultCode;

    /// <summary>The desk's department id; <see cref="Guid.Empty"/> when no such department exists (then only a whole-district scope covers it).</summary>
    public async Task<Guid> IdAsync(CancellationToken cancellationToken)
        => _id ??= (await organization.FindByCodeAsync(Code, cancellationToken))?.Id ?? Guid.Empty;
}
