using System.Globalization;

namespace EGov.Platform.Audit;

/// <summary>How entries read on screens and in exports: Beijing time, Chinese outcome names.</summary>
public static class AuditDisplay
{
    public static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Time(DateTime utc)
        => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Beijing)
            .ToString("yyyy年MM月dd日 HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => "成功",
        AuditOutcome.Failure => "失败",
        AuditOutcome.Denied => "拒绝",
        _ => outcome.ToString(),
    };
}
