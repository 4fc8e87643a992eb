using EGov.Platform.Results;

namespace EGov.Interaction.Open311.Clients;

internal static class ClientErrors
{
    public static readonly Error NotFound = Error.NotFound("interaction.client_not_found", "未找到该 Open311 客户端。");
    public static readonly Error AlreadyRevoked = Error.Conflict("interaction.client_revoked", "该客户端的密钥已吊销。");
    public static readonly Error Stale = Error.Conflict("interaction.stale", "已被他人处理，请刷新后再试");

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields)
        => Error.Validation("interaction.client_invalid", "客户端信息有误，请按提示修改。") with { Fields = fields };
}
