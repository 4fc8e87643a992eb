using EGov.Platform.Clocks;

namespace EGov.Oversight.Board;

/// <summary>The board in the API: level names in English codes, dates ISO 8601.</summary>
internal static class BoardJson
{
    public static Dictionary<string, object> Summary(BoardSummary s) => new()
    {
        ["total"] = s.Total.Total,
        ["byLevel"] = s.Total.ToJson(),
        ["byModule"] = s.ByModule.ToDictionary(m => m.Module, m => new { name = m.Name, total = m.Counts.Total, byLevel = m.Counts.ToJson() }),
        ["byDepartment"] = s.ByDepartment.Select(d => new { id = d.Id, code = d.Code, name = d.Name, total = d.Counts.Total, byLevel = d.Counts.ToJson() }),
    };

    public static object Row(BoardClockRow r) => new
    {
        id = r.Id,
        module = r.Module,
        moduleName = r.ModuleName,
        typeName = r.TypeName,
        title = r.Title,
        caseId = r.CaseId,
        caseUrl = r.CaseUrl,
        departmentId = r.DepartmentId,
        department = r.DepartmentName,
        item = r.Item,
        dueDate = r.DueDate,
        remainingWorkingDays = r.RemainingWorkingDays,
        state = r.State.ToString(),
        level = BoardLevelNames.Code(r.Level),
        levelName = BoardLevelNames.Name(r.Level),
    };

    public static object Page(BoardPage page) => new { total = page.Total, page = page.Page, pageSize = page.PageSize, items = page.Rows.Select(Row) };

    public static object Detail(BoardClockDetail d)
    {
        var c = d.Clock;
        return new
        {
            clock = Row(d.Row),
            startDate = c.StartDate,
            startedAt = c.StartedAt,
            limit = new { value = c.LimitValue, unit = c.LimitUnit.ToString(), unitName = ClockDisplay.Unit(c.LimitUnit), effective = c.EffectiveLimit },
            extensions = c.Extensions.Select(e => new { amount = e.Amount, reason = e.Reason, approvedBy = e.ApprovedBy, approvedAt = e.ApprovedAt }),
            pauses = c.Pauses.Select(p => new { reason = p.Reason, reasonName = PauseReasons.Names.GetValueOrDefault(p.Reason, p.Reason), note = p.Note, startDate = p.StartDate, resumeDate = p.ResumeDate }),
            dueAt = c.DueAt,
            warningLevel = c.WarningLevel.ToString(),
            stoppedAt = c.StoppedAt,
            outcome = c.Outcome,
            history = d.History.Select(e => new { kind = e.Kind, kindName = ClockDisplay.Event(e.Kind), date = e.Date, at = e.At, detail = e.Detail, dueDateAfter = e.DueDateAfter }),
            cards = d.Cards.Select(k => new { id = k.Id, rule = k.Rule, level = k.Level.ToString(), state = k.State.ToString(), title = k.Title, reason = k.Reason, raisedAt = k.RaisedAt }),
        };
    }
}
