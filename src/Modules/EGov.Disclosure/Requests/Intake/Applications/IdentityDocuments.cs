namespace EGov.Disclosure.Requests.Intake.Applications;

/// <summary>身份证明 kinds offered on the forms; the first of each list is checked by its check digit.</summary>
internal static class IdentityDocuments
{
    public const string ResidentId = "居民身份证";
    public const string CreditCode = "统一社会信用代码";

    public static IReadOnlyList<string> ForPersons { get; } =
        [ResidentId, "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证", "其他身份证明"];

    public static IReadOnlyList<string> ForOrganizations { get; } = [CreditCode, "其他登记证明"];
}
