using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Open311.Services;

/// <summary>
/// Our letter kinds (国办发〔2020〕53号: 咨询、投诉、建议、求助、举报) as GeoReport v2 services. The codes are stable
/// English words a client may store: <c>consultation</c>, <c>complaint</c>, <c>suggestion</c>, <c>help_request</c>,
/// <c>report</c>. Type <c>realtime</c>: a request is registered at once and its 信件编号 returned; only one held by the
/// sensitive-word filter gets a token instead (the POST response allows either). No service asks for attributes.
/// </summary>
internal static class Open311Services
{
    public const string Type = "realtime";
    public const string Group = "公众诉求";

    public static readonly IReadOnlyList<Open311Service> All =
    [
        new("consultation", LetterKind.Consultation, "询问政策规定、办事程序等。", "咨询,政策,办事,询问"),
        new("complaint", LetterKind.Complaint, "反映行政机关、公共服务单位或经营者侵害自身权益的问题。", "投诉,权益,服务,市场"),
        new("suggestion", LetterKind.Suggestion, "对本区经济社会发展和政府工作提出意见建议。", "建议,意见,城市管理"),
        new("help_request", LetterKind.HelpRequest, "生活中遇到困难、需要政府部门帮助解决的事项，如道路破损、路灯不亮、设施损坏。", "求助,困难,设施,道路,路灯"),
        new("report", LetterKind.Report, "举报违法违规行为，如占道经营、违章搭建、环境污染。", "举报,违法,违规,污染,违建"),
    ];

    public static Open311Service? Find(string? code) => All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static Open311Service Of(LetterKind kind) => All.First(s => s.Kind == kind);
}

/// <param name="Summary">What the kind is for; the service description adds how requests are handled and published.</param>
internal sealed record Open311Service(string Code, LetterKind Kind, string Summary, string Keywords)
{
    public string Name => InteractionNames.Of(Kind);

    public string Description => $"{Summary}提交后即登记编号并转有关部门办理答复；经本接口提交的描述、地点和图片链接可通过本接口公开查询，请勿填写个人信息。";
}
