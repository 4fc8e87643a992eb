namespace EGov.Documents.Domain;

/// <summary>
/// 密级 (条例 Art. 9(二)): 绝密, 机密, 秘密 are marked on the document with their 保密期限; 非密 and 内部 are the
/// platform's own values for documents that carry no mark.
/// </summary>
internal enum Secrecy
{
    None,
    Internal,
    Secret,
    Confidential,
    TopSecret,
}
