using System.Security.Claims;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Audit;

/// <summary>Fills in who, where and when from the current request; "system" outside a request, "anonymous" for a guest.</summary>
internal sealed class AuditEntryFactory(IHttpContextAccessor http, TimeProvider clock)
{
    public const string System = "system";
    public const string Anonymous = "anonymous";

    public AuditEntry Create(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var context = http.HttpContext;
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var fallback = context is null ? System : Anonymous;
        return new AuditEntry
        {
            Time = AuditLeaf.Truncate(clock.GetUtcNow().UtcDateTime),
            UserId = Short(signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) ?? fallback : fallback)!,
            UserName = Short((signedIn ? user!.FindFirstValue(ClaimTypes.Name) : null) ?? record.UserName ?? fallback)!,
            DepartmentId = signedIn ? user!.DepartmentId() : null,
            DepartmentName = Short(signedIn ? user!.FindFirstValue(PlatformClaims.DepartmentName) : null),
            Ip = AuditLimits.Cut(context?.Connection.RemoteIpAddress?.ToString(), 64),
            Action = Short(record.Action)!,
            ObjectType = Short(record.ObjectType),
            ObjectId = Short(record.ObjectId),
            Outcome = record.Outcome,
            Detail = AuditLimits.Cut(record.Detail, AuditLimits.Detail),
            RequestId = Short(context?.TraceIdentifier),
        };
    }

    private static string? Short(string? value) => AuditLimits.Cut(value, AuditLimits.Short);
}
