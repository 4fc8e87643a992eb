namespace EGov.Oversight.Statistics;

/// <summary>Departments ordered by score (best first, then by name); equal scores share a rank (1, 1, 3).</summary>
internal static class Ranking
{
    public static List<DepartmentRow> Rank(IEnumerable<(Guid? DepartmentId, string Name, OversightFigures Figures)> departments, ScoreOptions score)
    {
        var ordered = departments.Select(d => (d.DepartmentId, d.Name, d.Figures, Score: score.Of(d.Figures)))
            .OrderByDescending(d => d.Score).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        var rows = new List<DepartmentRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var d = ordered[i];
            var rank = i > 0 && rows[i - 1].Score.Equals(d.Score) ? rows[i - 1].Rank : i + 1;
            rows.Add(new DepartmentRow(d.DepartmentId, d.Name, d.Figures, d.Score, rank));
        }

        return rows;
    }
}
