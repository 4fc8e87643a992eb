namespace EGov.Documents.Domain;

/// <summary>紧急程度 of an ordinary document (条例 Art. 9(三)): 特急 or 加急, else none.</summary>
internal enum Urgency
{
    Normal,
    Urgent,
    ExtraUrgent,
}
