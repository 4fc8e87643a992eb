namespace EGov.Documents.Domain;

/// <summary>行文方向: to a higher body (上行文, needs a 签发人), to a body of equal rank, or to subordinate bodies.</summary>
internal enum Direction
{
    Upward,
    Parallel,
    Downward,
}
