using QRCoder;

namespace EGov.Approvals.Licences.Pdf;

/// <summary>The QR code of a licence's verification URL as a module matrix (true = dark), without the quiet zone.</summary>
internal static class LicenceQr
{
    public static bool[,] Matrix(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        const int quietZone = 4;
        var size = data.ModuleMatrix.Count - (2 * quietZone);
        var matrix = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                matrix[row, column] = data.ModuleMatrix[row + quietZone][column + quietZone];
            }
        }

        return matrix;
    }
}
