using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Licences;
using EGov.Platform.Results;

namespace EGov.Approvals.Licences;

/// <summary>
/// Issues the 电子证照 of an approved application whose item issues one: numbers it, renders the PDF with the QR code
/// of its verification page, signs the PDF's SM3 with the department's SM2 key, stores the PDF as an
/// <see cref="ApplicationDocument"/> (<see cref="DocumentKind.ELicence"/>) — all in the caller's unit of work
/// (and inside its transaction, for the number).
/// </summary>
internal interface ILicenceIssuer
{
    Task<Result<ELicence>> IssueAsync(Application application, CancellationToken cancellationToken = default);
}
