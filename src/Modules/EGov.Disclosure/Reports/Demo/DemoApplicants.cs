using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>DEMO DATA: fictitious applicants with identity numbers and credit codes that pass the check-digit rules.</summary>
internal static class DemoApplicants
{
    private static readonly string[] People =
    [
        "陈晓明", "刘芳", "杨志强", "黄丽娟", "赵建华", "周小红", "吴海涛", "徐静", "孙伟", "马晓燕",
        "朱文博", "胡春梅", "郭永刚", "何雪莲", "林志远", "罗艳", "高建军", "梁秀英", "宋佳怡", "郑国庆",
    ];

    private static readonly Dictionary<ApplicantType, (string Prefix, string[] Names, string Representative)> Organizations = new()
    {
        [ApplicantType.CommercialEnterprise] = ("91420502", ["西陵区恒达建材有限公司", "西陵区鑫源物流有限公司", "宜江商贸有限责任公司", "西陵区百味餐饮管理有限公司"], "王志刚"),
        [ApplicantType.ResearchInstitution] = ("12420502", ["西陵城市发展研究院", "江城大学公共政策研究中心"], "李明远"),
        [ApplicantType.PublicInterestOrganization] = ("52420502", ["西陵区绿色家园环保志愿者协会", "西陵区阳光助残服务中心"], "张慧"),
        [ApplicantType.LegalServiceInstitution] = ("31420000", ["湖北信衡律师事务所", "湖北明正律师事务所"], "刘振华"),
        [ApplicantType.OtherOrganization] = ("53420502", ["西陵区滨江花园小区业主委员会", "西陵区个体劳动者协会"], "陈德华"),
    };

    public static DemoApplicant For(ApplicantType type, int index)
    {
        var phone = $"139{(index * 7919 % 100_000_000):D8}";
        if (type == ApplicantType.NaturalPerson)
        {
            var name = People[index % People.Length];
            var birth = new DateOnly(1960, 1, 1).AddDays(index * 397 % 14_000);
            return new(name, "居民身份证", ResidentId($"420502{birth:yyyyMMdd}{index % 900 + 100:D3}"), null, null, phone, $"西陵区夷陵路{index % 90 + 1}号");
        }

        var (prefix, names, representative) = Organizations[type];
        var code = CreditCode($"{prefix}{(index * 104_729 % 1_000_000_000):D9}");
        var kind = type == ApplicantType.CommercialEnterprise ? "营业执照" : "统一社会信用代码证书";
        return new(names[index % names.Length], kind, code, representative, People[(index + 7) % People.Length], phone, $"西陵区东山大道{index % 200 + 1}号");
    }

    /// <summary>GB 11643: appends the ISO 7064 MOD 11-2 check character.</summary>
    private static string ResidentId(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>GB 32100: appends the MOD 31 check character.</summary>
    private static string CreditCode(string first17)
    {
        const string characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = first17.Select((c, i) => characters.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
        return first17 + characters[(31 - (sum % 31)) % 31];
    }
}

internal sealed record DemoApplicant(string Name, string DocumentKind, string IdentityNumber, string? Representative, string? Contact, string Phone, string Address);
