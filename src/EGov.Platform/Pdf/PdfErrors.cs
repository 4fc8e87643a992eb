using EGov.Platform.Results;

namespace EGov.Platform.Pdf;

/// <summary>The PDF kit's expected failures.</summary>
public static class PdfErrors
{
    public const string FontMissingCode = "pdf.font_missing";

    public static Error FontMissing { get; } = Error.Validation(
        FontMissingCode,
        $"无法生成 PDF：服务器上没有找到宋体字体文件 {PdfFonts.SongFile}。请安装 {PdfFonts.SongPackage} 软件包，或把该字体放入应用目录下的 fonts 文件夹（配置项 Pdf:FontDirectories）。");
}
