using EGov.Documents.Layout.Fonts;

namespace EGov.Documents.Layout.Typesetting;

/// <summary>One printed character: its face and size, and where it starts, from the 版心's left edge.</summary>
internal sealed record Glyph(string Text, Face Face, double Size, double X, double Advance)
{
    public double Right => X + Advance;
}
