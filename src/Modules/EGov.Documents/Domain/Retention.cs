namespace EGov.Documents.Domain;

/// <summary>保管期限 of an archived document (DA/T 22-2015): 永久, 定期30年, 定期10年.</summary>
internal enum Retention
{
    Permanent,
    Years30,
    Years10,
}
