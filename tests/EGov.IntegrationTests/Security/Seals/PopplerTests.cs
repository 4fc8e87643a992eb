using System.Diagnostics;
using EGov.IntegrationTests.Infrastructure;
using SkiaSharp;

namespace EGov.IntegrationTests.Security.Seals;

/// <summary>Poppler's pdftoppm renders a sealed page, with the red seal where it was placed.</summary>
public abstract class PopplerTests(PlatformFactory platform) : IDisposable
{
    private readonly SealBuilder _build = new(platform);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("egov-poppler-");

    [Fact]
    public async Task Pdftoppm_renders_the_sealed_page_with_the_red_seal_at_its_place()
    {
        File.WriteAllBytes(Path.Combine(_folder.FullName, "sealed.pdf"), await _build.SealedAsync());
        var start = new ProcessStartInfo("pdftoppm") { WorkingDirectory = _folder.FullName, RedirectStandardError = true };
        foreach (var argument in new[] { "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", "sealed.pdf", "page" })
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start)!)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, errors);
        }

        using var page = SKBitmap.Decode(Path.Combine(_folder.FullName, "page.png"));
        // At 72 dpi one pixel is one point: the seal was placed at (380, 520), 119 × 119.
        Assert.True(RedPixels(page, 380, 520, 119) > 500);
        Assert.Equal(0, RedPixels(page, 0, 0, 119));
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private static int RedPixels(SKBitmap page, int x, int y, int size)
    {
        var count = 0;
        for (var i = x; i < x + size && i < page.Width; i++)
        {
            for (var j = y; j < y + size && j < page.Height; j++)
            {
                var c = page.GetPixel(i, j);
                count += c.Red > 180 && c.Green < 90 && c.Blue < 90 ? 1 : 0;
            }
        }

        return count;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PopplerOnSqlite(SqlitePlatform platform) : PopplerTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class PopplerOnPostgres(PostgresPlatform platform) : PopplerTests(platform);
