using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EGov.Platform.PersonalData;

internal sealed class PersonalDataConverter(IPersonalDataProtector protector, string purpose) : ValueConverter<string, string>(
    plaintext => protector.Protect(plaintext, purpose),
    envelope => protector.Unprotect(envelope, purpose));

internal sealed class UnconfiguredPersonalDataConverter() : ValueConverter<string, string>(
    plaintext => Fail(),
    envelope => Fail())
{
    private static string Fail() => throw new InvalidOperationException(
        "个人信息加密未配置：请通过 UsePersonalDataProtection（AddPersonalData 已为 EGovDbContext 注册）配置数据上下文。");
}
