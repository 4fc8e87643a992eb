using EGov.Oversight.Cards.Reading;

namespace EGov.Oversight.Cards.Api;

/// <summary>Cards as the API returns them: codes in lower case with their Chinese names, instants in UTC (ISO 8601).</summary>
internal static class CardResponses
{
    public static object Row(CardRow r) => new
    {
        r.Id,
        level = CardNames.Code(r.Level),
        levelName = CardNames.Of(r.Level),
        r.IsAnomaly,
        r.Rule,
        r.RuleName,
        r.Title,
        r.Item,
        r.Module,
        r.ModuleName,
        r.DepartmentId,
        department = r.DepartmentName,
        state = CardNames.Code(r.State),
        stateName = CardNames.Of(r.State),
        r.RaisedAt,
        r.DueAt,
        r.MinutesLeft,
        r.CaseUrl,
    };

    public static object Detail(CardDetail d)
    {
        var c = d.Card;
        return new
        {
            c.Id,
            level = CardNames.Code(c.Level),
            levelName = CardNames.Of(c.Level),
            c.IsAnomaly,
            c.Rule,
            d.RuleName,
            c.Title,
            c.Item,
            c.Module,
            d.ModuleName,
            c.CaseType,
            c.CaseId,
            c.CaseUrl,
            c.ClockId,
            d.ClockUrl,
            c.DepartmentId,
            department = d.DepartmentName,
            c.Reason,
            evidence = d.Evidence.Select(e => new { e.Key, e.Label, e.Value }),
            state = CardNames.Code(c.State),
            stateName = CardNames.Of(c.State),
            c.RaisedAt,
            c.DueAt,
            d.MinutesLeft,
            c.Explanation,
            c.AnsweredAt,
            c.AnsweredByName,
            c.UrgeDeadline,
            urges = d.Urges.Select(u => new { u.Deadline, u.Note, u.At, u.ByName }),
            c.Decision,
            c.ClosedAt,
            c.ClosedByName,
            c.EscalatedFrom,
            c.Version,
            actions = new { answer = d.CanAnswer, urge = d.CanUrge, decide = d.CanDecide },
        };
    }
}
