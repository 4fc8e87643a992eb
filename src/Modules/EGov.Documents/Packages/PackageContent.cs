namespace EGov.Documents.Packages;

/// <summary>What an exchange package carries, encrypted: the sealed document and the data the receiver registers.</summary>
/// <param name="Type">文种 in Chinese, e.g. 通知.</param>
/// <param name="Urgency">紧急程度 in Chinese (特急, 加急) or empty.</param>
/// <param name="Secrecy">密级 in Chinese, e.g. 非密.</param>
internal sealed record PackageContent(
    string SenderAgency,
    string DocumentNumber,
    string Title,
    string Type,
    string Urgency,
    string Secrecy,
    DateOnly? WrittenOn,
    DateTime SentAt,
    string FileName,
    byte[] Pdf);
