namespace EGov.Documents.Incoming;

/// <summary>Configuration section <c>Documents:Incoming</c>.</summary>
internal sealed class IncomingOptions
{
    public const string Section = "Documents:Incoming";

    /// <summary>
    /// 条例 第二十四条（四）: 紧急公文应当明确办理时限 — but no national figure exists. UNCONFIRMED local practice:
    /// 特急 within 1 working day, 加急 within 3, counted from registration.
    /// </summary>
    public int ExtraUrgentDays { get; set; } = 1;

    /// <inheritdoc cref="ExtraUrgentDays"/>
    public int UrgentDays { get; set; } = 3;

    /// <summary>收文编号 per unit and year (numbering key <c>documents.incoming.{unit code}.{year}</c>).</summary>
    public string NumberPattern { get; set; } = "收文〔{year}〕{n}号";
}
