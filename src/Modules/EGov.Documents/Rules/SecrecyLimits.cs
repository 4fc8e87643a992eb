using EGov.Documents.Domain;

namespace EGov.Documents.Rules;

/// <summary>
/// The longest 保密期限 of each 密级 (《保守国家秘密法》; 国家秘密保密期限的规定): 绝密 30, 机密 20, 秘密 10 years, also
/// the period when none is set (spec §3.3).
/// </summary>
internal static class SecrecyLimits
{
    public static int? MaxYears(Secrecy secrecy) => secrecy switch
    {
        Secrecy.TopSecret => 30,
        Secrecy.Confidential => 20,
        Secrecy.Secret => 10,
        _ => null,
    };

    /// <summary>The period printed and enforced: the one set, else the level's maximum.</summary>
    public static int? YearsOf(Secrecy secrecy, int? years) => MaxYears(secrecy) is { } max ? years ?? max : null;
}
