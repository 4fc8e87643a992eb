namespace EGov.Disclosure.Reports.Export;

/// <summary>One cell of a ruled table in the PDF, at its top-left grid position, spanning rows and columns.</summary>
internal sealed record PdfCell(int Row, int Column, string Text, int RowSpan = 1, int ColumnSpan = 1, bool Header = false, bool AlignLeft = false);

/// <summary>A ruled table for the PDF: column widths in points, the number of grid rows, the cells.</summary>
internal sealed record PdfGrid(double[] Widths, int Rows, IReadOnlyList<PdfCell> Cells, double FontSize);
