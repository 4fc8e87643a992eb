using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Letters.Handling.Demo;

/// <summary>DEMO DATA: reply templates of 区市场监管局 and 区政府办.</summary>
internal static class DemoTemplates
{
    public static readonly (string Department, string Title, LetterKind? Kind, string Body)[] All =
    [
        ("xlq-scjg", "食品安全投诉处理结果", LetterKind.Complaint,
            "您好！收到您反映的食品安全问题后，我局执法人员于　月　日到现场进行了检查，检查情况如下：　。对发现的问题，我局已依法　。感谢您对食品安全工作的关注和监督。"),
        ("xlq-scjg", "营业执照办理咨询", LetterKind.Consultation,
            "您好！办理个体工商户营业执照可登录湖北政务服务网“e窗通”平台全程网办，或到区政务服务中心市场监管窗口办理，需提供经营者身份证件、经营场所使用证明。一般1个工作日内办结。"),
        ("xlq-scjg", "消费纠纷调解告知", null,
            "您好！您反映的消费纠纷属于民事争议，我局已组织双方进行调解。调解结果：　。如调解不成，您可依法向人民法院提起诉讼。"),
        ("xlq-zfb", "已转有关部门办理", null,
            "您好！您的来信已收悉，我们已将您反映的问题转　办理，办理结果将由承办部门答复您。感谢您对区政府工作的关心和支持。"),
        ("xlq-zfb", "不属于受理范围告知", null,
            "您好！您反映的事项涉及　，依法应通过　途径解决。建议您　。感谢您的理解。"),
        ("xlq-zfb", "建议采纳情况答复", LetterKind.Suggestion,
            "您好！感谢您对我区发展提出的宝贵建议。经研究，　。我们将在今后的工作中认真研究吸纳。"),
    ];
}
