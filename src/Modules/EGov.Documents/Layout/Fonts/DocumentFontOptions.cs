namespace EGov.Documents.Layout.Fonts;

/// <summary>
/// Configuration section <c>Documents:Fonts</c>: the font file of each style, looked up in <c>Pdf:FontDirectories</c>.
/// The defaults are free fonts packaged by Debian; an agency that licenses the usual 方正 faces names their files here.
/// </summary>
internal sealed class DocumentFontOptions
{
    public const string Section = "Documents:Fonts";

    public string FangSong { get; set; } = "cwfs.ttf";

    public string Kai { get; set; } = "gkai00mp.ttf";

    public string Hei { get; set; } = "wqy-zenhei.ttc";

    public string Song { get; set; } = "gbsn00lp.ttf";

    /// <summary>小标宋; empty means the Song face in simulated bold (no free 小标宋 exists).</summary>
    public string XiaoBiaoSong { get; set; } = "";

    /// <summary>The Debian package of each default file, named when the file is missing.</summary>
    public static string PackageOf(string file) => file switch
    {
        "cwfs.ttf" => "fonts-cwtex-fs",
        "gkai00mp.ttf" => "fonts-arphic-gkai00mp",
        "wqy-zenhei.ttc" => "fonts-wqy-zenhei",
        "gbsn00lp.ttf" => "fonts-arphic-gbsn00lp",
        _ => "",
    };
}
