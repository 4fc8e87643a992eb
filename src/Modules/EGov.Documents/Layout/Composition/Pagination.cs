namespace EGov.Documents.Layout.Composition;

/// <summary>
/// Puts rows on the grid's 22 lines, page after page, from a first line on page 1 (below the 版头). An empty row that
/// would open a page is dropped.
/// </summary>
internal static class Pagination
{
    /// <returns>Each row's page and line; null for a dropped empty row.</returns>
    public static (int Page, int Line)?[] Place(IReadOnlyList<Row> rows, int firstLine)
    {
        var places = new (int Page, int Line)?[rows.Count];
        var (page, line) = (0, firstLine);
        for (var i = 0; i < rows.Count; i++)
        {
            if (line >= Gbt9704.Lines || (rows[i].BreakBefore && line > 0))
            {
                (page, line) = (page + 1, 0);
            }

            if (rows[i].IsBlank && line == 0 && page > 0)
            {
                continue;
            }

            places[i] = (page, line++);
        }

        return places;
    }
}
