using EGov.Approvals.Domain.Applications;
using EGov.Platform.PersonalData;

namespace EGov.Approvals.Licences;

/// <summary>How the holder of a licence is named: natural persons masked on public pages, organizations in full.</summary>
internal static class LicenceHolder
{
    public static string IdentityLabel(ApplicantKind kind)
        => kind == ApplicantKind.NaturalPerson ? "公民身份号码" : "统一社会信用代码";

    /// <summary>A natural person's name as 张*; an organization's name in full.</summary>
    public static string PublicName(string name, bool naturalPerson) => naturalPerson ? Masking.Name(name) ?? "" : name;

    /// <summary>Identity numbers keep their first and last four characters.</summary>
    public static string PublicIdentity(string identityNumber) => Masking.ResidentId(identityNumber) ?? "";
}
