namespace EGov.Documents.Domain;

/// <summary>The 15 公文种类 of 《党政机关公文处理工作条例》 Art. 8, in the order the article lists them.</summary>
internal enum DocumentType
{
    Resolution = 1,
    Decision,
    Order,
    Communique,
    Announcement,
    PublicNotice,
    Opinion,
    Notice,
    Circular,
    Report,
    Request,
    Reply,
    Motion,
    Letter,
    Minutes,
}
