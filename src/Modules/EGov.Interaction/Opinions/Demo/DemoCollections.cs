using EGov.Interaction.Domain.Opinions;

namespace EGov.Interaction.Opinions.Demo;

internal sealed record DemoCollection(
    string Title, string Description, DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<string> Draft, string? Feedback,
    IReadOnlyList<(string Content, Adoption Adoption, string? Note)> Opinions);

/// <summary>DEMO DATA: the texts of the demo collections, dated around today.</summary>
internal static class DemoCollections
{
    public static IEnumerable<DemoCollection> All(DateOnly today)
    {
        yield return new DemoCollection(
            "西陵区老旧小区改造三年行动方案（征求意见稿）",
            "<p>为推进城镇老旧小区改造，改善居民居住条件，区住房和城乡建设局起草了《西陵区老旧小区改造三年行动方案（征求意见稿）》，现向社会公开征求意见。</p>"
            + "<p>请重点就改造范围、改造内容清单、居民出资方式和长效管理机制提出意见建议。</p>",
            today.AddDays(-10), today.AddDays(20),
            ["一、改造范围：2000年底前建成、失养失修失管、市政配套设施不完善的住宅小区。",
             "二、改造内容：基础类（水电气路、消防、安防），完善类（加装电梯、停车、充电设施），提升类（养老、托育、便民服务）。",
             "三、资金筹措：政府补助、居民合理出资、社会资本参与相结合。",
             "四、长效管理：改造完成后引入专业化物业服务或实行居民自治管理。"],
            null,
            [("建议把加装电梯列为优先事项，老年人上下楼太难。", Adoption.Pending, null),
             ("希望改造期间合理安排施工时间，避免夜间噪声扰民。", Adoption.Pending, null),
             ("停车位严重不足，建议利用边角地增设停车泊位和充电桩。", Adoption.Pending, null)]);
        yield return new DemoCollection(
            "西陵区公共场所控制吸烟管理办法（征求意见稿）",
            "<p>为保障公众健康，区卫生健康局起草了《西陵区公共场所控制吸烟管理办法（征求意见稿）》，现公开征求意见。</p>",
            today.AddDays(-75), today.AddDays(-45),
            ["第一条 室内公共场所、室内工作场所、公共交通工具内禁止吸烟。",
             "第二条 经营者应当设置明显的禁烟标识，劝阻吸烟行为。",
             "第三条 违反本办法的，由有关部门依法处理。"],
            "征求意见期间共收到意见5条。其中采纳2条：增加学校周边控烟要求、明确投诉举报渠道；部分采纳1条：关于设置室外吸烟区的建议，在具体点位上由经营者结合实际确定；"
            + "未采纳2条：关于对个人处以高额罚款的建议，超出地方规范性文件的设定权限；关于全面禁止室外吸烟的建议，暂不具备实施条件。感谢社会各界的关心和支持。",
            [("学校门口经常有人吸烟，建议把学校周边纳入控烟范围。", Adoption.Adopted, "已在第一条增加学校周边要求。"),
             ("建议公布控烟投诉电话。", Adoption.Adopted, "已明确12345热线为投诉举报渠道。"),
             ("建议在广场设置专门的室外吸烟区。", Adoption.PartlyAdopted, "由经营管理者结合实际设置。"),
             ("建议对违规吸烟的个人罚款一千元以上。", Adoption.NotAdopted, "超出规范性文件的设定权限。"),
             ("建议全面禁止室外吸烟。", Adoption.NotAdopted, "暂不具备实施条件。")]);
    }
}
