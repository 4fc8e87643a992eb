using EGov.Oversight.Domain;
using EGov.Platform.Data;

namespace EGov.Oversight.Scan;

/// <summary>The columns the scan's INSERT … SELECT statements fill, in the order their SELECT lists give them.</summary>
internal static class CardColumns
{
    private static readonly string[] Properties =
    [
        nameof(Card.Rule), nameof(Card.Cause), nameof(Card.Level), nameof(Card.IsAnomaly), nameof(Card.ClockId),
        nameof(Card.Module), nameof(Card.CaseType), nameof(Card.CaseId), nameof(Card.DepartmentId), nameof(Card.Item), nameof(Card.Title),
        nameof(Card.CaseUrl), nameof(Card.Reason), nameof(Card.Evidence), nameof(Card.DueAt), nameof(Card.RaisedAt), nameof(Card.RaisedOn),
        nameof(Card.State), nameof(Card.InInbox), nameof(Card.Version), nameof(Card.EscalatedFrom),
    ];

    public static string Insert(SqlTable cards) => string.Join(", ", Properties.Select(p => cards[p]));
}
