using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Licences.Issuing;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Verification;

/// <summary>A licence as anyone may see it: a natural person's name as 张*, identity numbers and their addresses masked.</summary>
internal sealed class PublicLicences(EGovDbContext db, IOrganizationDirectory organization)
{
    public async Task<PublicLicence> OfAsync(ELicence licence, CancellationToken cancellationToken)
    {
        var kind = await db.Set<Application>().Where(a => a.Id == licence.ApplicationId).Select(a => (ApplicantKind?)a.ApplicantKind).FirstOrDefaultAsync(cancellationToken)
            ?? ApplicantKind.NaturalPerson; // unknown holder: mask as a person
        var person = kind == ApplicantKind.NaturalPerson;
        var department = await organization.FindAsync(licence.DepartmentId, cancellationToken);
        return new PublicLicence(
            licence.Id,
            licence.Number,
            licence.Title,
            LicenceHolder.PublicName(licence.HolderName, person),
            LicenceHolder.IdentityLabel(kind),
            LicenceHolder.PublicIdentity(licence.HolderIdentityNumber),
            [.. LicenceField.Parse(licence.Data).Select(Masked)],
            department?.Name ?? "",
            licence.IssuedOn,
            licence.ValidUntil,
            licence.RevokedAt,
            licence.RevocationReason);
    }

    public static LicenceField Masked(LicenceField field) => field.Mask switch
    {
        FieldMask.Name => field with { Value = Masking.Name(field.Value) ?? "" },
        FieldMask.Identity => field with { Value = Masking.ResidentId(field.Value) ?? "" },
        FieldMask.Phone => field with { Value = Masking.Phone(field.Value) ?? "" },
        FieldMask.Address => field with { Value = Masking.Address(field.Value) ?? "" },
        _ => field,
    };
}
