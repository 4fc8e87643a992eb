namespace EGov.Documents.Layout.Fonts;

/// <summary>The styles GB/T 9704-2012 asks for, each backed by an installed face.</summary>
/// <param name="Title">小标宋: 发文机关标志 and 标题.</param>
internal sealed record DocumentTypefaces(Typeface FangSong, Typeface Kai, Typeface Hei, Typeface Song, Typeface Title);
