namespace EGov.Documents.Layout;

/// <summary>
/// The page of GB/T 9704-2012 §5.2: A4, 天头 37 mm, 订口 28 mm (left on odd pages, right on even ones, since the
/// document is printed on both sides), 版心 156 × 225 mm holding 22 lines of 28 characters of 3号 type. Lengths in
/// PDF points; a line or character position is counted from the 版心's top-left corner.
/// </summary>
internal static class Gbt9704
{
    public const int Lines = 22;
    public const int CharactersPerLine = 28;

    /// <summary>3号, 2号 and 4号 in points.</summary>
    public const double BodySize = 16;
    public const double TitleSize = 22;
    public const double SmallSize = 14;

    public static readonly double PageWidth = Mm(210);
    public static readonly double PageHeight = Mm(297);
    public static readonly double Top = Mm(37);
    public static readonly double Binding = Mm(28);
    public static readonly double BlockWidth = Mm(156);
    public static readonly double BlockHeight = Mm(225);

    /// <summary>225 mm / 22 lines ≈ 29.0 pt: the distance from one line to the next.</summary>
    public static readonly double LinePitch = BlockHeight / Lines;

    /// <summary>156 mm / 28 characters ≈ 15.8 pt: 3号 characters set a little closer than their 16 pt body.</summary>
    public static readonly double CharPitch = BlockWidth / CharactersPerLine;

    /// <summary>The left edge of the 版心 on a page (0-based index: even indexes are odd pages).</summary>
    public static double BlockLeft(int pageIndex) => pageIndex % 2 == 0 ? Binding : PageWidth - Binding - BlockWidth;

    public static double LineTop(int line) => line * LinePitch;

    public static double Mm(double millimetres) => millimetres * 72 / 25.4;
}
