namespace EGov.Security.Seals.Signing;

/// <summary>Why a verification failed, in plain Chinese for the public page and the API.</summary>
internal static class SealCheckReasons
{
    public const string NoSeal = "文件中没有电子印章";
    public const string Modified = "文件在盖章后被修改";
    public const string SignatureDamaged = "电子签章数据已损坏或被修改";
    public const string SignatureInvalid = "电子签章的签名无效";
    public const string NotOurs = "不是本平台的电子印章";
    public const string OutsideValidity = "盖章时印章不在有效期内";

    public static string Revoked(DateTime revokedAtUtc) => $"印章已于{SealText.At(revokedAtUtc)}注销";
}
