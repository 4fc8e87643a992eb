using EGov.Platform.Results;

namespace EGov.Security.Contracts;

/// <summary>
/// 电子印章: each agency's seal (image, SM2 key and certificate from the platform's key store, validity dates), applied to
/// a PDF with an SM2 signature over the SM3 hash of the sealed file, in a GB/T 38540 structure that travels inside it.
/// </summary>
public interface IESeals
{
    /// <summary>The seal of the agency (department) that can be used today, or null.</summary>
    Task<ESealInfo?> FindForAgencyAsync(Guid departmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Places the seal's image over <see cref="SealRequest.Placement"/> and signs the file. Fails (and changes nothing)
    /// when the seal is unknown, revoked or outside its validity dates.
    /// </summary>
    Task<Result<SealedPdf>> SealAsync(SealRequest request, CancellationToken cancellationToken = default);

    /// <summary>Checks a sealed PDF: unchanged since sealing, signed with the certificate of one of the platform's seals.</summary>
    Task<SealCheck> VerifyAsync(byte[] pdf, CancellationToken cancellationToken = default);
}

/// <param name="DocumentNumber">发文字号, recorded in the signature so that verification can name the document.</param>
public sealed record SealRequest(Guid SealId, byte[] Pdf, SealPlacement Placement, string DocumentNumber, string Title);

/// <summary>Where the seal goes: a rectangle in PDF points (1/72 inch) from the top-left corner of a page (0-based).</summary>
public sealed record SealPlacement(int PageIndex, double X, double Y, double Width, double Height);

/// <param name="Sm3">The SM3 hash (lower-case hex) of the sealed file.</param>
public sealed record SealedPdf(byte[] Pdf, Guid SealId, DateTime SealedAt, string Sm3);

public sealed record ESealInfo(Guid Id, string Name, Guid DepartmentId, DateOnly ValidFrom, DateOnly ValidUntil);

/// <param name="Reason">Why the check failed (Chinese), or null when valid.</param>
public sealed record SealCheck(bool Valid, string? DocumentNumber, string? Agency, DateTime? SealedAt, string? Reason, Guid? SealId);
