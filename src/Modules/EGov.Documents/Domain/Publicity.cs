namespace EGov.Documents.Domain;

/// <summary>
/// 公开属性, fixed when the document is drafted (《政府信息公开条例》Art. 20; 国办发〔2016〕80号: 公文类信息在拟制时明确公开属性).
/// A 主动公开 document is published on the portal once issued, within 20 working days (条例 Art. 26).
/// </summary>
internal enum Publicity
{
    OnRequest,
    Proactive,
    NotDisclosed,
}
