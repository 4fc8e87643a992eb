using EGov.Documents.Layout.Fonts;
using EGov.Platform.Results;

namespace EGov.Documents.Layout;

/// <summary>The renderer's expected failures.</summary>
internal static class LayoutErrors
{
    public const string FontMissingCode = "documents.layout_font_missing";

    public static Error FontMissing(string style, string file)
    {
        var package = DocumentFontOptions.PackageOf(file);
        var install = package.Length > 0 ? $"请安装 {package} 软件包，或" : "请";
        return Error.Validation(
            FontMissingCode,
            $"无法按 GB/T 9704 排版公文：服务器上没有找到{style}字体文件 {file}。{install}把该字体放入应用目录下的 fonts 文件夹（配置项 Pdf:FontDirectories）。");
    }
}
