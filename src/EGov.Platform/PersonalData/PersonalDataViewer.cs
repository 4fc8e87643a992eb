using System.Security.Claims;
using EGov.Platform.Audit;
using EGov.Platform.Identity;

namespace EGov.Platform.PersonalData;

public enum PersonalDataKind
{
    ResidentId = 1,
    Phone = 2,
    Address = 3,
    Name = 4,
}

/// <summary>
/// Shows personal data masked, or in full to holders of <see cref="PersonalDataPermissions.View"/>; every full view is audited
/// with the object and field but never the value (等保 8.1.4.11 b; ASVS 8.3.5).
/// </summary>
public sealed class PersonalDataViewer(IAuditLog audit)
{
    public async Task<string?> ShowAsync(
        ClaimsPrincipal viewer, PersonalDataKind kind, string? value, string objectType, string objectId, string field, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (string.IsNullOrEmpty(value) || !viewer.HasPermission(PersonalDataPermissions.View))
        {
            return Mask(kind, value);
        }

        await audit.RecordNowAsync(new AuditRecord("personaldata.viewed", objectType, objectId, AuditOutcome.Success, $"field={field}"), cancellationToken);
        return value;
    }

    public static string? Mask(PersonalDataKind kind, string? value) => kind switch
    {
        PersonalDataKind.ResidentId => Masking.ResidentId(value),
        PersonalDataKind.Phone => Masking.Phone(value),
        PersonalDataKind.Address => Masking.Address(value),
        PersonalDataKind.Name => Masking.Name(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的个人信息类别。"),
    };
}

public static class PersonalDataPermissions
{
    /// <summary>See personal data unmasked (each view is audited).</summary>
    public const string View = "personaldata.view";
}
