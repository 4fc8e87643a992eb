using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.Documents.Layout.Composition;

/// <summary>
/// 发文机关署名, 成文日期 and 附注 (GB/T 9704 §7.3.5.1, §7.3.6): two empty lines below the text, the 署名 centred over the
/// date, the date four characters in from the right (two when the 署名 is the longer), the 附注 in parentheses two
/// characters in on the next line. The seal (about 42 mm) is centred over both with its centre at the top of the 署名,
/// so that 署名 and date sit below its centre and its top stays within a line of the text above.
/// </summary>
internal sealed class SignatureRows(Typesetter setter, DocumentTypefaces faces)
{
    public const int NameRow = 2;
    public const int Count = 5;
    public static readonly double SealSize = Gbt9704.Mm(42);
    private static readonly double Scale = Gbt9704.CharPitch / Gbt9704.BodySize;

    /// <returns>The rows from the first empty line on, and the seal's centre from the 版心's left edge.</returns>
    public (List<Row> Rows, double SealCentre) Compose(DocumentLayout layout)
    {
        var date = DocumentDates.Format(layout.WrittenOn);
        var agency = layout.SignatureAgency.Trim();
        var dateWidth = setter.Width(date, faces.FangSong, Gbt9704.BodySize, Scale);
        var agencyWidth = setter.Width(agency, faces.FangSong, Gbt9704.BodySize, Scale);
        var centre = Gbt9704.BlockWidth - (4 * Gbt9704.CharPitch) - (dateWidth / 2);
        if (centre + (agencyWidth / 2) > Gbt9704.BlockWidth - (2 * Gbt9704.CharPitch))
        {
            centre = Gbt9704.BlockWidth - (2 * Gbt9704.CharPitch) - (agencyWidth / 2);
        }

        var rows = new List<Row>
        {
            Row.Blank,
            Row.Blank,
            new(setter.Set(agency, faces.FangSong, Gbt9704.BodySize, centre - (agencyWidth / 2), Scale)),
            new(setter.Set(date, faces.FangSong, Gbt9704.BodySize, centre - (dateWidth / 2), Scale)),
        };
        rows.Add(string.IsNullOrWhiteSpace(layout.Remarks)
            ? Row.Blank
            : new(setter.Set($"（{layout.Remarks.Trim()}）", faces.FangSong, Gbt9704.BodySize, 2 * Gbt9704.CharPitch, Scale)));
        return (rows, centre);
    }
}
