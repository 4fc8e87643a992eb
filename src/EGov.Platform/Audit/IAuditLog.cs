namespace EGov.Platform.Audit;

/// <summary>
/// The append-only audit log. Time (UTC), user, department and IP are taken from the current request;
/// the caller says what happened.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds an entry to the current unit of work: it is saved, or lost, with the change it describes.</summary>
    void Record(AuditRecord record);

    /// <summary>Saves an entry at once in its own transaction (sign-in failures, denied access, reads).</summary>
    Task RecordNowAsync(AuditRecord record, CancellationToken cancellationToken = default);
}

/// <param name="Action">Stable code <c>area.verb</c>, e.g. <c>identity.sign_in</c>, <c>calendar.year_imported</c>.</param>
/// <param name="ObjectType">What was acted on, e.g. <c>UserAccount</c>.</param>
/// <param name="ObjectId">Its identifier, if any.</param>
/// <param name="Detail">Free text or compact JSON; never passwords, keys or unmasked personal data.</param>
public sealed record AuditRecord(string Action, string? ObjectType, string? ObjectId, AuditOutcome Outcome, string? Detail = null)
{
    /// <summary>Set when there is no signed-in user to take it from (e.g. the user name of a failed sign-in).</summary>
    public string? UserName { get; init; }
}

public enum AuditOutcome
{
    Success = 1,
    Failure = 2,
    Denied = 3,
}
