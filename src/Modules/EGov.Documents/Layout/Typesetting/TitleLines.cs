using EGov.Platform.Pdf;

namespace EGov.Documents.Layout.Typesetting;

/// <summary>
/// Wraps a title into as few lines as its length needs, of nearly equal length (the 梯形 of GB/T 9704 §7.3.1), by
/// widening the measure from an even share until the lines fit their number.
/// </summary>
internal static class TitleLines
{
    public static IReadOnlyList<string> Break(string title, double maxWidth, double step, Func<string, double> measure)
    {
        var total = measure(title);
        var count = (int)Math.Ceiling(total / maxWidth);
        if (count <= 1)
        {
            return [title];
        }

        for (var width = total / count; ; width += step)
        {
            var lines = PdfDrawing.BreakLines(title, width, width, measure);
            if (lines.Count <= count || width >= maxWidth)
            {
                return lines;
            }
        }
    }
}
