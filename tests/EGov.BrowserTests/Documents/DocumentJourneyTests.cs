using System.Text.RegularExpressions;
using EGov.BrowserTests.Infrastructure;
using EGov.Platform.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EGov.BrowserTests.Documents.DocumentPages;

namespace EGov.BrowserTests.Documents;

/// <summary>
/// Issue "done when" for 公文, clicked through the pages: the office's 文书 drafts a 通知 of 西陵区人民政府 to 区市场监管局,
/// it is reviewed with 会签 by 区市场监管局, signed off by the 区长 on a phone, numbered, sealed and distributed; 区市场监管局
/// handles it as 收文 from 签收 to 办结; the sealed PDF verifies on the public page and fails with one byte changed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentJourneyTests(BrowserPlatform platform)
{
    private const string Title = "西陵区人民政府关于开展冬季食品安全专项检查的通知";
    private const string Bureau = "西陵区市场监督管理局";

    [Fact]
    public async Task Notice_is_drafted_signed_off_on_a_phone_sealed_handled_by_the_bureau_and_verified_by_anyone()
    {
        var clerk = await platform.SignedInAsync("bgs.keyuan");
        await DraftAsync(clerk);
        await ActAsync(clerk, clerk.GetByRole(AriaRole.Button, new() { Name = "提交核稿", Exact = true }), "已提交核稿。");

        var director = await platform.SignedInAsync("bgs.zhuren");
        await OpenOutgoingAsync(director, "待核稿", Title);
        await director.GetByLabel("核稿意见").FillAsync("同意。涉及市场监管职责，请区市场监管局会签。");
        await director.GetByLabel("会签部门（不选则直接送签发）").SelectOptionAsync(new SelectOptionValue { Label = Bureau });
        await ShotAsync(director, "2-review");
        await ActAsync(director, director.GetByRole(AriaRole.Button, new() { Name = "核稿通过", Exact = true }), "核稿通过。");

        var bureauHead = await platform.SignedInAsync("scjg.juzhang");
        await OpenOutgoingAsync(bureauHead, "待会签", Title);
        await bureauHead.GetByLabel("会签意见").FillAsync("同意，我局将抽调执法人员配合检查。");
        await ActAsync(bureauHead, bureauHead.GetByRole(AriaRole.Button, new() { Name = "同意", Exact = true }), "会签意见已提交。");
        await ShotAsync(bureauHead, "3-countersigned");

        await SignOffOnPhoneAsync();

        await OpenOutgoingAsync(clerk, "待编号用印", Title);
        await ActAsync(clerk, clerk.GetByRole(AriaRole.Button, new() { Name = "编号（西政发）", Exact = true }), "已编号。");
        var number = (await clerk.Locator("dt:text-is('发文字号') + dd").InnerTextAsync()).Trim();
        var year = ChinaTime.Today(platform.Services.GetRequiredService<TimeProvider>()).Year;
        Assert.Matches($"^西政发〔{year}〕[1-9][0-9]*号$", number);
        await ActAsync(clerk, clerk.GetByRole(AriaRole.Button, new() { Name = "用印", Exact = true }), "已用印。");
        await ActAsync(clerk, clerk.GetByRole(AriaRole.Button, new() { Name = "分发至主送、抄送机关", Exact = true }), "已分发。");
        Assert.Contains(Bureau, await clerk.Locator("section[aria-labelledby='h-sent']").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(clerk, "5-distributed");
        var sealedPdf = await DownloadAsync(clerk, "下载盖章的 PDF");

        var received = await HandleAsReceivedAsync(bureauHead);
        Assert.Equal(sealedPdf, received);

        await VerifyAsync(sealedPdf, number);
    }

    /// <summary>拟稿 on the form: the 西政发 template, a 通知 to 区市场监管局 (printed and chosen for electronic delivery).</summary>
    private static async Task DraftAsync(IPage clerk)
    {
        await MenuAsync(clerk, "发文办理");
        await clerk.Locator("main").GetByRole(AriaRole.Link, new() { Name = "拟稿", Exact = true }).ClickAsync();
        var template = clerk.GetByLabel("公文模板（发文机关标志、机关代字）");
        await template.SelectOptionAsync((await template.Locator("option", new() { HasText = "（西政发）" }).GetAttributeAsync("value"))!);
        await clerk.GetByLabel("文种").SelectOptionAsync(new SelectOptionValue { Label = "通知" });
        await clerk.GetByLabel("行文方向").SelectOptionAsync(new SelectOptionValue { Label = "下行文" });
        await clerk.GetByLabel("标题", new() { Exact = true }).FillAsync(Title);
        await clerk.GetByLabel("主送机关").FillAsync("区市场监管局");
        await clerk.GetByLabel("主送的本区单位（电子分发）").SelectOptionAsync(new SelectOptionValue { Label = Bureau });
        await clerk.GetByLabel("正文（每段一行").FillAsync(string.Join('\n',
            "为保障元旦、春节期间群众饮食安全，区人民政府决定在全区开展冬季食品安全专项检查。现将有关事项通知如下：",
            "一、检查时间。自通知印发之日起至次年2月底。",
            "二、检查重点。农贸市场、校园周边食品店、餐饮服务单位和冷链食品经营者。",
            "三、工作要求。各单位要落实属地责任，发现问题及时督促整改，检查情况于每月25日前报区政府办公室。"));
        await ShotAsync(clerk, "1-draft-form");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex("/office/documents/outgoing/[0-9a-f-]{36}$"));
        Assert.Contains("拟稿", await clerk.Locator("main p.text-muted strong").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("（签发时填入）", await clerk.Locator("dt:text-is('成文日期') + dd").InnerTextAsync());
    }

    /// <summary>签发 on the page meant for phones: nothing wider than the 360 px screen.</summary>
    private async Task SignOffOnPhoneAsync()
    {
        var head = await platform.SignedInAsync("quzhang", 360, 740);
        await OpenOutgoingAsync(head, "待签发", Title);
        await head.Locator("main").GetByRole(AriaRole.Link, new() { Name = "签发", Exact = true }).ClickAsync();
        await head.WaitForURLAsync(new Regex("/sign-off$"));
        Assert.Null(await head.Locator("details.office-menu").GetAttributeAsync("open"));
        await head.Locator("summary:text-is('正文')").ClickAsync();
        Assert.True(await WidthAsync(head) <= 360, $"签发页宽 {await WidthAsync(head)} px，超出 360 px 的手机屏幕");
        await ShotAsync(head, "4-sign-off-phone");
        await head.GetByLabel("签发意见（退回时请写明理由）").FillAsync("同意印发。");
        await ActAsync(head, head.GetByRole(AriaRole.Button, new() { Name = "同意签发", Exact = true }), "已签发。");
        Assert.Contains("周明", await head.Locator("dt:text-is('签发人') + dd").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await WidthAsync(head) <= 360, $"签发后的公文页宽 {await WidthAsync(head)} px，超出 360 px 的手机屏幕");
        await ShotAsync(head, "4-signed-phone");
    }

    /// <summary>收文 at 区市场监管局: its 文书 signs for it, registers, checks and proposes; the 局长 instructs; the 文书 concludes.</summary>
    private async Task<byte[]> HandleAsReceivedAsync(IPage bureauHead)
    {
        var bureauClerk = await platform.SignedInAsync("scjg.banli");
        await OpenIncomingAsync(bureauClerk, "待签收", Title);
        await bureauClerk.GetByLabel("签收说明（清点份数、检查情况，可不填）").FillAsync("电子来文1份，文件完整。");
        await ActAsync(bureauClerk, bureauClerk.GetByRole(AriaRole.Button, new() { Name = "签收", Exact = true }), "已签收。");
        await ActAsync(bureauClerk, bureauClerk.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }), "已登记。");
        await bureauClerk.GetByLabel("批办性公文，送拟办").CheckAsync();
        await ActAsync(bureauClerk, bureauClerk.GetByRole(AriaRole.Button, new() { Name = "提交初审", Exact = true }), "初审已完成。");
        await bureauClerk.GetByLabel("拟办意见").FillAsync("建议由食品安全协调科牵头，会同各市场监管所组织实施。");
        await ActAsync(bureauClerk, bureauClerk.GetByRole(AriaRole.Button, new() { Name = "送领导批办", Exact = true }), "拟办意见已提交，等待领导批办。");

        await OpenIncomingAsync(bureauHead, "待批办", Title);
        await bureauHead.GetByLabel("批办意见").FillAsync("同意拟办意见，由我局主办，月底前报送检查情况。");
        await bureauHead.GetByLabel("主办部门").SelectOptionAsync(new SelectOptionValue { Label = Bureau });
        await ActAsync(bureauHead, bureauHead.GetByRole(AriaRole.Button, new() { Name = "批办", Exact = true }), "已批办。");

        await OpenIncomingAsync(bureauClerk, "承办中", Title);
        await bureauClerk.GetByLabel("办理结果或答复内容").FillAsync("已检查农贸市场3家、餐饮单位42家，发现问题7处，均已督促整改，检查情况已报区政府办公室。");
        await ActAsync(bureauClerk, bureauClerk.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }), "已办结。");
        Assert.Matches(@"收文〔\d{4}〕[1-9][0-9]*号", await bureauClerk.Locator("dt:text-is('收文编号') + dd").InnerTextAsync());
        await ShotAsync(bureauClerk, "6-incoming-concluded");
        return await DownloadAsync(bureauClerk, "下载 PDF");
    }

    /// <summary>公文验证 as anyone: the sealed PDF passes with its number; one byte changed in the middle fails.</summary>
    private async Task VerifyAsync(byte[] pdf, string number)
    {
        var anyone = await platform.NewPageAsync();
        await anyone.GotoAsync("/documents/verify");
        await UploadAsync(anyone, pdf);
        await anyone.GetByRole(AriaRole.Heading, new() { Name = "验证通过", Exact = true }).WaitForAsync();
        Assert.Contains(number, await anyone.Locator("section[aria-labelledby='verify-result']").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(anyone, "7-verify-valid");

        var altered = (byte[])pdf.Clone();
        altered[altered.Length / 2] ^= 0x01;
        await UploadAsync(anyone, altered);
        await anyone.GetByRole(AriaRole.Heading, new() { Name = "验证未通过", Exact = true }).WaitForAsync();
        Assert.Contains("原因：", await anyone.Locator("section[aria-labelledby='verify-result']").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(anyone, "8-verify-invalid");
    }

    private static async Task UploadAsync(IPage page, byte[] pdf)
    {
        await page.GetByLabel("公文文件（PDF）").SetInputFilesAsync(new FilePayload { Name = "公文.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "验证", Exact = true }).ClickAsync();
    }
}
