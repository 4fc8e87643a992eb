using EGov.Interaction.Open311.Format;

namespace EGov.Interaction.Open311;

/// <summary>
/// We serve one jurisdiction, so <c>jurisdiction_id</c> is optional (the specification allows it); when given it must
/// be ours (<see cref="InteractionOptions.JurisdictionId"/>), else 404.
/// </summary>
internal static class Open311Jurisdiction
{
    public static Open311Error? Check(string? jurisdictionId, InteractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(jurisdictionId) || string.Equals(jurisdictionId.Trim(), options.JurisdictionId, StringComparison.OrdinalIgnoreCase)
            ? null
            : Open311Error.NotFound($"未找到 jurisdiction_id“{jurisdictionId.Trim()}”，本接口服务于 {options.JurisdictionId}。");
    }
}
