using System.Text;

namespace EGov.Security.Seals.Signing;

/// <summary>
/// The signature dictionary's names and placeholders. The /Filter and /SubFilter names are the platform's own: no
/// published name for a GB/T 38540 SES_Signature inside a PDF was found (UNCONFIRMED), and a standard name such as
/// adbe.pkcs7.detached would make readers expect PKCS#7 in /Contents.
/// </summary>
internal static class PdfSignatureFields
{
    public const string Filter = "/XLQ.ESeal";
    public const string SubFilter = "/GBT38540.SES_Signature";

    /// <summary>Room for four offsets of up to ten digits: "[0 1234567890 1234567890 1234567890]".</summary>
    public const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    public static readonly byte[] SubFilterBytes = Encoding.ASCII.GetBytes(SubFilter);

    public static string ContentsPlaceholder(int bytes) => "<" + new string('0', 2 * bytes) + ">";
}
