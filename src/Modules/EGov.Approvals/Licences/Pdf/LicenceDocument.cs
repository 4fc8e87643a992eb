using EGov.Approvals.Licences.Issuing;

namespace EGov.Approvals.Licences.Pdf;

/// <summary>What a licence PDF prints.</summary>
internal sealed record LicenceDocument(
    string Title,
    string Number,
    string HolderName,
    string HolderIdentityLabel,
    string HolderIdentity,
    IReadOnlyList<LicenceField> Rows,
    string Department,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string VerifyUrl);
