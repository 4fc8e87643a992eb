using System.Globalization;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Pdf;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>收件凭证 for an application received at the window: number, query code, materials seen, the pre-review date.</summary>
internal static class ReceiptLetter
{
    public const string Title = "收件凭证";

    public static PdfLetter Create(Application application, string queryCode, IEnumerable<string> materials, string departmentName, DateOnly preReviewDue)
    {
        var received = Date(application.MaterialsReceivedOn);
        var paragraphs = new List<string>
        {
            $"办件编号：{application.Number}",
            $"查询码：{queryCode}（请妥善保管，凭办件编号和查询码可在“西陵区政务服务”网站查询办理进度）",
            $"申请事项：{application.ItemName}",
            $"收件日期：{received}",
            $"已收材料：{string.Join("；", materials.DefaultIfEmpty("无"))}",
            $"我单位将在{Date(preReviewDue)}前完成材料审查。材料不齐全或者不符合法定形式的，将一次告知需要补正的全部内容；逾期不告知的，自收到申请材料之日起即为受理（《中华人民共和国行政许可法》第三十二条）。",
        };
        return new PdfLetter(Title, paragraphs, departmentName, application.MaterialsReceivedOn) { Salutation = $"{application.ApplicantName}：" };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static IEnumerable<string> MaterialNames(ServiceItem item, IEnumerable<MaterialGiven> given)
        => given.Where(g => g.HasFile || g.PaperChecked)
            .Select(g => item.Materials.Single(m => m.Id == g.RequiredMaterialId).Name + (g.PaperChecked ? "（纸质）" : "（电子）"));
}
