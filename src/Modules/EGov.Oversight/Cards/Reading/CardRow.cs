using EGov.Oversight.Domain;

namespace EGov.Oversight.Cards.Reading;

/// <param name="MinutesLeft">剩余时间（分钟） to the clock's due instant while the card is open; negative once past it.</param>
internal sealed record CardRow(
    long Id,
    CardLevel Level,
    bool IsAnomaly,
    string Rule,
    string RuleName,
    string Title,
    string? Item,
    string Module,
    string ModuleName,
    Guid? DepartmentId,
    string DepartmentName,
    CardState State,
    DateTime RaisedAt,
    DateTime? DueAt,
    long? MinutesLeft,
    string CaseUrl);

internal sealed record CardPage(IReadOnlyList<CardRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => (Total + PageSize - 1) / PageSize;
}
