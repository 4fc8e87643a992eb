namespace EGov.Approvals;

/// <summary>Configuration section <c>Approvals</c>: local practice, not law (the spec marks these UNCONFIRMED).</summary>
internal sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>办件编号 pattern: <c>{year}</c> and the serial <c>{n:6}</c>, which runs per year (UNCONFIRMED local format).</summary>
    public string ApplicationNumberFormat { get; set; } = "XLSP{year}{n:6}";

    /// <summary>证照编号 pattern per department code and year (UNCONFIRMED local format).</summary>
    public string LicenceNumberFormat { get; set; } = "{code}-{year}-{n:6}";

    /// <summary>差评整改期限 in working days (proposals-and-interaction.md §4.4: 15 in most provinces, national figure UNCONFIRMED).</summary>
    public int RectificationWorkingDays { get; set; } = 15;

    /// <summary>The remedies told with a rejection or denial (行政许可法 第三十八条): 复议机关 and court (UNCONFIRMED).</summary>
    public string Remedies { get; set; } =
        "如不服本决定，可以自收到本决定书之日起六十日内向宜昌市西陵区人民政府申请行政复议，或者自收到本决定书之日起六个月内向人民法院提起行政诉讼。";
}
