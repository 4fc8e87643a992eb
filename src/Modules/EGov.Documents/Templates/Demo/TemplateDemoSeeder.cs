using EGov.Documents.Domain;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Templates.Demo;

/// <summary>
/// DEMO DATA: 公文模板 of 西陵区人民政府 (西政发 in the 文件格式, and 西政函 in the 信函格式 of GB/T 9704 §10.1, its 标志
/// the agency's name alone), of its 办公室 (西政办发) and of the 市场监督管理局 (西市监发). The codes follow the usual
/// pattern: place + agency + kind.
/// </summary>
internal sealed class TemplateDemoSeeder : IDemoSeeder
{
    private const string Streets = "各街道办事处";
    private const string Departments = "区政府各部门";

    public int Order => 49;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<DocumentTemplate>().AnyAsync(cancellationToken))
        {
            return;
        }

        var tree = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().TreeAsync(cancellationToken);
        Guid Id(string code) => tree.First(d => d.Code == code).Id;
        var office = Id("xlq-zfb");
        List<Guid> units = [.. tree.Where(d => d.Depth == 1 && d.IsActive && d.Id != office).Select(d => d.Id)];
        db.AddRange(
            Template(Id("xlq"), "区政府文件（西政发）", "西陵区人民政府文件", "西政发", DocumentType.Notice, Direction.Downward, $"{Streets}，{Departments}", units,
                "西陵区人民政府", "西陵区人民政府办公室", office),
            Template(Id("xlq"), "区政府函（西政函）", "西陵区人民政府", "西政函", DocumentType.Letter, Direction.Parallel, "", [],
                "西陵区人民政府", "西陵区人民政府办公室", office, PrintFormat.Letter),
            Template(office, "区政府办公室文件（西政办发）", "西陵区人民政府办公室文件", "西政办发", DocumentType.Notice, Direction.Downward, $"{Streets}，{Departments}", units,
                "西陵区人民政府办公室", "西陵区人民政府办公室", office),
            Template(Id("xlq-scjg"), "区市场监管局文件（西市监发）", "西陵区市场监督管理局文件", "西市监发", DocumentType.Notice, Direction.Downward, "局机关各科室，各市场监管所", [],
                "西陵区市场监督管理局", "西陵区市场监督管理局办公室", Id("xlq-scjg")));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DocumentTemplate Template(
        Guid agency, string name, string mark, string code, DocumentType type, Direction direction, string main, List<Guid> mainIds,
        string signature, string printing, Guid printingDepartment, PrintFormat format = PrintFormat.File)
        => new()
        {
            Format = format,
            Id = Guid.NewGuid(),
            AgencyId = agency,
            Name = name,
            AgencyMark = mark,
            AgencyCode = code,
            DefaultType = type,
            DefaultDirection = direction,
            MainRecipients = main,
            MainRecipientIds = mainIds,
            SignatureAgency = signature,
            PrintingAgency = printing,
            PrintingDepartmentId = printingDepartment,
            Version = 1,
        };
}
