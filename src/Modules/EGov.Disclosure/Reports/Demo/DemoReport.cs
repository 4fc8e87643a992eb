using EGov.Disclosure.Domain.Reports;
using EGov.Disclosure.Reports.Computation;
using EGov.Disclosure.Reports.Tables;
using EGov.Platform.Data;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>DEMO DATA: the district government's published annual report for the demo year, its text written around its figures.</summary>
internal static class DemoReport
{
    public static async Task PublishAsync(EGovDbContext db, Guid governmentId, Guid publishedBy, TimeProvider time, CancellationToken cancellationToken)
    {
        var figures = new ManualFigures(1286, 342, 17, 86.4520m);
        var tables = await new ReportCalculator(db).ComputeAsync(governmentId, DemoCases.Year, figures, cancellationToken);
        if (!tables.Check.Balanced)
        {
            throw new InvalidOperationException("演示数据的年度报告表三不平衡：" + string.Join("", tables.Check.Failures.Select(f => f.Message)));
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Add(new AnnualReport
        {
            AgencyId = governmentId,
            Year = DemoCases.Year,
            Overview = Overview(tables),
            Problems = Problems,
            OtherMatters = tables.Fees.Sentence + "\n\n本年度未发生因政府信息公开工作被追究责任的情况。",
            LicensingDecisions = figures.LicensingDecisions,
            PenaltyDecisions = figures.PenaltyDecisions,
            EnforcementDecisions = figures.EnforcementDecisions,
            FeeAmountTenThousandYuan = figures.FeeAmountTenThousandYuan,
            Status = AnnualReportStatus.Published,
            PublishedAt = now,
            PublishedBy = publishedBy,
            PublishedTables = tables.ToJson(),
            UpdatedAt = now,
            Version = 2,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Overview(ReportTables t)
    {
        var total = t.Table3.Columns.Count - 1;
        int Of(string code) => t.Table3.Row(code).Values[total];
        var disputes = t.Table4.Blocks.Sum(b => b.Values[^1]);
        return $"""
            {DemoCases.Year}年，西陵区人民政府认真贯彻《中华人民共和国政府信息公开条例》，以区政府门户网站为第一平台，做好主动公开、依申请公开和政府信息管理工作，政府信息公开的质量和时效稳步提高。

            （一）主动公开。围绕财政预决算、重大建设项目、公共资源配置、社会救助等重点领域，及时在区政府门户网站“政府信息公开”专栏发布信息，做到自信息形成之日起20个工作日内公开。

            （二）依申请公开。全年新收政府信息公开申请{Of(Table3.Received)}件，上年结转{Of(Table3.CarriedIn)}件；办结{Of(Table3.Total)}件，结转下年度继续办理{Of(Table3.CarriedOut)}件。所有申请均在法定期限内答复，需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人。

            （三）政府信息管理。严格执行公开前保密审查制度，对规范性文件实行统一登记、统一编号、统一公开，及时清理失效、废止的文件。

            （四）平台建设。依申请公开实现网上提交、网上查询办理进度，申请人可凭申请编号和查询码随时查看办理情况。

            （五）监督保障。因政府信息公开工作被申请行政复议、提起行政诉讼共{disputes}件。区政府办公室定期通报各单位政府信息公开工作情况。
            """;
    }

    private const string Problems = """
        一是部分单位对依申请公开的答复说理不够充分，答复文书格式不够统一。改进措施：统一使用平台提供的告知书模板，答复前由政府信息公开工作机构审核。

        二是个别单位主动公开信息更新不够及时。改进措施：将20个工作日的公开时限纳入平台提醒和电子监察，对临期、超期的信息及时督办。

        三是工作人员业务能力有待提高。改进措施：每年至少组织一次政府信息公开业务培训，重点学习答复类型、法定时限和保密审查要求。
        """;
}
