namespace EGov.Documents.Layout.Fonts;

/// <summary>
/// A style of type (仿宋, 楷体, 黑体, 宋体, 小标宋) as faces in order of preference: each character is printed in the first
/// face that has it, so that a character missing from the style's face comes out in Song rather than as a box.
/// Full-width punctuation may come from a face of its own: the free 仿宋 and 黑体 centre it in the Taiwanese manner,
/// where simplified Chinese sets it in the lower left of the cell.
/// </summary>
internal sealed class Typeface(string name, IReadOnlyList<Face> faces, Face? punctuation = null)
{
    public string Name => name;

    public Face Primary => faces[0];

    public Face FaceFor(int codePoint)
        => punctuation is not null && IsPunctuation(codePoint) && punctuation.Covers(codePoint)
            ? punctuation
            : faces.FirstOrDefault(f => f.Covers(codePoint)) ?? faces[0];

    private static bool IsPunctuation(int c) => c is (>= 0x3000 and <= 0x303F) or 0xFF01 or 0xFF08 or 0xFF09 or 0xFF0C or 0xFF0E or 0xFF1A or 0xFF1B or 0xFF1F;
}
