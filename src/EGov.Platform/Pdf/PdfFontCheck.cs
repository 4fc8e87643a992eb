using EGov.Platform.Hosting;
using Microsoft.Extensions.Logging;

namespace EGov.Platform.Pdf;

/// <summary>Warns once at start when letters cannot be printed for want of the font; the platform runs on without them.</summary>
internal sealed partial class PdfFontCheck(PdfLetterWriter writer, ILogger<PdfFontCheck> logger) : IStartupTask
{
    public int Order => 5;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!writer.HasFont)
        {
            LogFontMissing(logger, PdfErrors.FontMissing.Message);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogFontMissing(ILogger logger, string message);
}
