namespace EGov.Documents.Domain;

/// <summary>
/// The format a 公文 is printed in (GB/T 9704-2012): the 文件格式 of §7, or the 信函格式 of §10.1 (a red 标志 with the
/// agency's name between red double lines, used mostly for 函).
/// </summary>
internal enum PrintFormat
{
    File,
    Letter,
}
