namespace EGov.Interaction.Open311;

/// <summary>Configuration section <c>Interaction:Open311</c>: what discovery announces and the rate limits.</summary>
internal sealed class Open311Options
{
    public const string Section = "Interaction:Open311";

    /// <summary>The last change of this endpoint's services or behaviour (discovery <c>changeset</c>).</summary>
    public DateTime Changeset { get; set; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Contact { get; set; } = "西陵区人民政府办公室 电子政务科，电话 0717-6000000";

    public string KeyService { get; set; } = "接口密钥请向西陵区人民政府办公室申请，由信箱管理人员在办公门户“Open311 客户端”中登记发放。";

    /// <summary>Reads (GET) per client IP and minute.</summary>
    public int ReadsPerMinute { get; set; } = 600;

    /// <summary>Service requests (POST) per registered client and minute.</summary>
    public int PostsPerMinute { get; set; } = 30;
}
