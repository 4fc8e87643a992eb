namespace EGov.Documents.Domain;

/// <summary>The Chinese names of the module's enumerations, as pages, documents and exports print them.</summary>
internal static class DocumentNames
{
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.Resolution => "决议",
        DocumentType.Decision => "决定",
        DocumentType.Order => "命令（令）",
        DocumentType.Communique => "公报",
        DocumentType.Announcement => "公告",
        DocumentType.PublicNotice => "通告",
        DocumentType.Opinion => "意见",
        DocumentType.Notice => "通知",
        DocumentType.Circular => "通报",
        DocumentType.Report => "报告",
        DocumentType.Request => "请示",
        DocumentType.Reply => "批复",
        DocumentType.Motion => "议案",
        DocumentType.Letter => "函",
        _ => "纪要",
    };

    public static string Of(Secrecy secrecy) => secrecy switch
    {
        Secrecy.Internal => "内部",
        Secrecy.Secret => "秘密",
        Secrecy.Confidential => "机密",
        Secrecy.TopSecret => "绝密",
        _ => "非密",
    };

    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "加急",
        Urgency.ExtraUrgent => "特急",
        _ => "",
    };

    public static string Of(Direction direction) => direction switch
    {
        Direction.Upward => "上行文",
        Direction.Parallel => "平行文",
        _ => "下行文",
    };

    public static string Of(Publicity publicity) => publicity switch
    {
        Publicity.Proactive => "主动公开",
        Publicity.NotDisclosed => "不予公开",
        _ => "依申请公开",
    };

    public static string Of(PrintFormat format) => format == PrintFormat.Letter ? "信函格式" : "文件格式";

    public static string Of(Retention retention) => retention switch
    {
        Retention.Permanent => "永久",
        Retention.Years30 => "30年",
        _ => "10年",
    };
}
