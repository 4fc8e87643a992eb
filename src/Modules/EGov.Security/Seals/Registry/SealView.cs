namespace EGov.Security.Seals.Registry;

/// <summary>A seal as the security administrator's list and the API show it.</summary>
internal sealed record SealView(
    Guid Id,
    string Code,
    string Name,
    Guid DepartmentId,
    string Department,
    int SizeMm,
    string KeyId,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime? RevokedAt,
    string? RevocationReason,
    string? RevokedBy,
    long Version)
{
    public static SealView Of(ESeal s, string department) => new(
        s.Id, s.Code, s.Name, s.DepartmentId, department, s.SizeMm, s.KeyId, s.ValidFrom, s.ValidUntil, s.CreatedAt, s.CreatedBy, s.RevokedAt, s.RevocationReason, s.RevokedBy, s.Version);

    public string Status(DateOnly today) => RevokedAt is not null ? "已注销"
        : today < ValidFrom ? "未到启用日期"
        : today > ValidUntil ? "已过期"
        : "有效";
}

/// <param name="Name">印章名称; empty for the department's full name.</param>
/// <param name="Picture">An uploaded PNG, or null to draw the standard round seal.</param>
internal sealed record SealInput(Guid DepartmentId, string? Name, DateOnly? ValidFrom, DateOnly? ValidUntil, byte[]? Picture);
