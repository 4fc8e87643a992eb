using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Demo;

/// <summary>
/// DEMO DATA: 区长信箱 (managed by the district government office), one mailbox per department, and routing rules by
/// keyword for the district head's mailbox.
/// </summary>
internal sealed class MailboxDemoSeeder : IDemoSeeder
{
    public const string DistrictHeadCode = "qzxx";

    private static readonly (string Keywords, string Department, LetterKind? Kind)[] Rules =
    [
        ("食品,药品,市场,价格,消费,商家,假货", "xlq-scjg", null),
        ("噪音,噪声,污染,排放,油烟,异味", "xlq-sthj", null),
        ("占道,违建,违章搭建,城管,摊贩,垃圾", "xlq-cgj", null),
        ("社保,工资,欠薪,就业,劳动", "xlq-rsj", null),
        ("学校,入学,学位,教育,培训", "xlq-jyj", null),
        ("医保,报销", "xlq-ybj", null),
        ("医院,医疗,疫苗,卫生", "xlq-wjj", null),
        ("道路,公交,出租车,交通", "xlq-jtj", null),
        ("物业,房屋,住房,小区,电梯", "xlq-zjj", null),
    ];

    public int Order => 43;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<Mailbox>().AnyAsync(cancellationToken))
        {
            return;
        }

        var tree = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
        var byCode = tree.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var office = byCode["xlq-zfb"];
        var headBox = new Mailbox
        {
            Code = DistrictHeadCode,
            Name = "区长信箱",
            Kind = MailboxKind.DistrictHead,
            DepartmentId = office.Id,
            Description = "西陵区区长信箱由区人民政府办公室负责登记、分办和督办，来信转有关部门办理并答复。涉及诉讼、仲裁、纪检监察、行政复议、信访和政府信息公开申请的事项，请按有关法定程序提出。",
        };
        db.Add(headBox);
        var order = 1;
        foreach (var department in tree.Where(d => d.Kind == DepartmentKind.GovernmentDepartment && d.IsActive))
        {
            db.Add(new Mailbox
            {
                Code = department.Code.Replace("xlq-", "", StringComparison.Ordinal),
                Name = $"{department.ShortName}信箱",
                Kind = MailboxKind.Department,
                DepartmentId = department.Id,
                Description = $"向{department.Name}反映问题、提出咨询和建议。",
                Order = order++,
            });
        }

        var priority = 10;
        foreach (var (keywords, code, kind) in Rules)
        {
            db.Add(new RoutingRule { MailboxId = headBox.Id, Kind = kind, Keywords = keywords, TargetDepartmentId = byCode[code].Id, Priority = priority });
            priority += 10;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
