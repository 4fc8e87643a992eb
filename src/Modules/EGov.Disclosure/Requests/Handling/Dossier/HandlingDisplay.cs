using System.Globalization;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Time;

namespace EGov.Disclosure.Requests.Handling.Dossier;

/// <summary>How the detail page writes dates, times, clock levels and the receipt rule.</summary>
internal static class HandlingDisplay
{
    public static string Day(DateOnly? date) => date is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "";

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LevelClass(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "level-overdue",
        WarningLevel.Warning => "level-warning",
        _ => "level-normal",
    };

    /// <summary>How 收到申请之日 was decided for the channel (条例 第三十一条).</summary>
    public static string ReceiptRule(RequestChannel channel) => channel switch
    {
        RequestChannel.InPerson or RequestChannel.Oral => "当面提交的，以提交之日为收到申请之日（《条例》第三十一条第（一）项）",
        RequestChannel.RegisteredMail => "以邮寄方式提交的，以本机关签收之日为收到申请之日（《条例》第三十一条第（二）项）",
        RequestChannel.OrdinaryMail => "平常信函等无需签收的邮件，以与申请人确认之日为收到申请之日（《条例》第三十一条第（二）项）",
        _ => "通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日（《条例》第三十一条第（三）项）",
    };

    public static string PauseName(string reason) => PauseReasons.Names.TryGetValue(reason, out var name) ? name : reason;
}
