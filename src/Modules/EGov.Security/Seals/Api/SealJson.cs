using EGov.Platform.Time;
using EGov.Security.Seals.Registry;

namespace EGov.Security.Seals.Api;

internal static class SealJson
{
    public static object Of(SealView v, TimeProvider time) => new
    {
        id = v.Id,
        code = v.Code,
        name = v.Name,
        departmentId = v.DepartmentId,
        department = v.Department,
        sizeMm = v.SizeMm,
        keyId = v.KeyId,
        validFrom = v.ValidFrom,
        validUntil = v.ValidUntil,
        status = v.Status(ChinaTime.Today(time)),
        createdAt = v.CreatedAt,
        createdBy = v.CreatedBy,
        revokedAt = v.RevokedAt,
        revocationReason = v.RevocationReason,
        revokedBy = v.RevokedBy,
        version = v.Version,
        certificate = SealUrls.Certificate(v.Id),
    };
}
