using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Domain.Ratings;
using EGov.BrowserTests.Infrastructure;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Identity.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EGov.BrowserTests.Approvals;

/// <summary>
/// The issue's "done when": a citizen applies online for 食品经营许可, gets the one-time correction notice, supplies the
/// material, is accepted and approved, receives a signed electronic licence that the verification page accepts, and
/// rates the service; another application, handed in at the window, is accepted and decided there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationJourneyTests(BrowserPlatform platform)
{
    private const string FoodLicence = "XLXZSP-XK-001";
    private const string HygieneLicence = "XLXZSP-XK-002";

    [Fact]
    public async Task Citizen_applies_online_is_corrected_accepted_approved_verifies_the_licence_and_rates()
    {
        var itemId = await ItemIdAsync(FoodLicence);
        var citizen = await platform.SignedInAsync("shimin");
        await citizen.GotoAsync($"/services/items/{itemId}");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "在线办理" }).First.ClickAsync();
        await citizen.Locator("#Applicant_Address").FillAsync("湖北省宜昌市西陵区夷陵大道1号");
        await citizen.Locator("#f-operator_name").FillAsync("西陵示例便利店");
        await citizen.Locator("#f-credit_code").FillAsync("91420502MA4XL00012");
        await citizen.Locator("#f-premises").FillAsync("湖北省宜昌市西陵区解放路8号");
        await citizen.Locator("#f-business_format").SelectOptionAsync("食品销售经营者");
        await citizen.GetByLabel("预包装食品销售").CheckAsync();
        var required = await RequiredMaterialIdsAsync(itemId);
        foreach (var material in required)
        {
            await citizen.Locator($"#m-{material:N}").SetInputFilesAsync(Pdf($"{material:N}.pdf"));
        }

        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var number = (await citizen.Locator("#receipt-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^XLSP\d{4}\d{6}$", number);
        var id = await ApplicationIdAsync(number);
        Assert.Equal(ApplicationState.Submitted, await StateAsync(id));

        var clerk = await platform.SignedInAsync("xzsp.shouli");
        await clerk.GotoAsync($"/office/approvals/applications/{id}");
        await OpenAsync(clerk, "一次告知补正");
        await clerk.Locator("#row-problem-2").FillAsync("布局图未标明食品处理区和操作流程，请补充完整。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "发出补正告知" }).ClickAsync();
        Assert.Equal(ApplicationState.AwaitingCorrection, await StateAsync(id));

        await citizen.GotoAsync($"/my/applications/{id}/correction");
        await citizen.Locator("input[type=file]").First.SetInputFilesAsync(Pdf("layout.pdf"));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交补正材料" }).ClickAsync();
        Assert.Equal(ApplicationState.Submitted, await StateAsync(id));

        await clerk.GotoAsync($"/office/approvals/applications/{id}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        Assert.Equal(ApplicationState.UnderReview, await StateAsync(id));

        var chief = await platform.SignedInAsync("xzsp.kezhang");
        await chief.GotoAsync($"/office/approvals/applications/{id}");
        await OpenAsync(chief, "作出决定");
        await chief.Locator("#decision-approved").CheckAsync();
        await chief.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).Last.ClickAsync();
        Assert.Equal(ApplicationState.Decided, await StateAsync(id));

        await clerk.GotoAsync($"/office/approvals/applications/{id}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "出具审批结果" }).ClickAsync();
        await OpenAsync(clerk, "送达");
        await clerk.Locator("#delivery-method").SelectOptionAsync(nameof(DeliveryOptions.Electronic));
        await clerk.Locator("#deliver-conclude").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记送达" }).ClickAsync();
        Assert.Equal(ApplicationState.Concluded, await StateAsync(id));

        var licence = await LicencePdfAsync(id);
        await citizen.GotoAsync("/services/licences/verify");
        await citizen.Locator("#licence-file").SetInputFilesAsync(new FilePayload { Name = "licence.pdf", MimeType = "application/pdf", Buffer = licence });
        await citizen.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        Assert.Equal("验证结果：有效", (await citizen.Locator("#check-status").InnerTextAsync()).Trim());

        await citizen.GotoAsync($"/my/applications/{id}/rate");
        await citizen.Locator("#overall-5").CheckAsync();
        foreach (var dimension in RatingDimensions.Online.Keys)
        {
            await citizen.Locator($"#{dimension}-5").CheckAsync();
        }

        await citizen.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        Assert.Equal(5, await OverallRatingAsync(id));
    }

    [Fact]
    public async Task Window_clerk_registers_a_paper_application_that_is_accepted_and_decided_and_counts_as_window()
    {
        var itemId = await ItemIdAsync(HygieneLicence);
        var clerk = await platform.SignedInAsync("xzsp.shouli");
        await clerk.GotoAsync($"/office/approvals/applications/register?item={itemId}");
        await clerk.Locator("#Applicant_Kind").SelectOptionAsync(nameof(ApplicantKind.EnterpriseLegalPerson));
        await clerk.Locator("#Applicant_Name").FillAsync("宜昌西陵示例科技有限公司");
        await clerk.Locator("#Applicant_IdentityNumber").FillAsync("91420502MA4XL00012");
        await clerk.Locator("#Applicant_Phone").FillAsync("13800000002");
        await clerk.Locator("#Applicant_Address").FillAsync("湖北省宜昌市西陵区东山大道100号");
        await clerk.Locator("#f-unit_name").FillAsync("西陵示例宾馆");
        await clerk.Locator("#f-credit_code").FillAsync("91420502MA4XL00012");
        await clerk.Locator("#f-premises").FillAsync("湖北省宜昌市西陵区东山大道100号");
        await clerk.Locator("#f-place_type").SelectOptionAsync("住宿场所");
        await clerk.Locator("#f-area").FillAsync("860");
        foreach (var material in await RequiredMaterialIdsAsync(itemId))
        {
            await clerk.Locator($"#m-{material:N}-paper").CheckAsync();
        }

        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记并打印收件凭证" }).ClickAsync();
        var number = (await clerk.Locator("#receipt-number").InnerTextAsync()).Trim();
        var id = await ApplicationIdAsync(number);
        Assert.Equal(ApplicationChannel.Window, await QueryAsync(db => db.Set<Application>().Where(a => a.Id == id).Select(a => a.Channel).SingleAsync()));

        await clerk.GotoAsync($"/office/approvals/applications/{id}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        Assert.Equal(ApplicationState.UnderReview, await StateAsync(id));

        var chief = await platform.SignedInAsync("xzsp.kezhang");
        await chief.GotoAsync($"/office/approvals/applications/{id}");
        await OpenAsync(chief, "作出决定");
        await chief.Locator("#decision-denied").CheckAsync();
        await chief.Locator("#decision-reason").FillAsync("现场核查发现客房通风设施不符合《公共场所卫生管理条例实施细则》第十七条的要求。");
        await chief.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).Last.ClickAsync();
        Assert.Equal(ApplicationState.Decided, await StateAsync(id));
        Assert.Equal(Decision.Denied, await QueryAsync(db => db.Set<Application>().Where(a => a.Id == id).Select(a => a.Decision).SingleAsync()));
    }

    private async Task<byte[]> LicencePdfAsync(Guid applicationId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var licence = await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<ELicence>().SingleAsync(l => l.ApplicationId == applicationId);
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();
        var attachment = await store.FindAsync(licence.PdfAttachmentId) ?? throw new InvalidOperationException("licence PDF missing");
        await using var stream = store.OpenRead(attachment);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = EGov.Portal.PublicSite.Demo.DemoPdf.Create([name]) };

    /// <summary>The detail page keeps most actions folded in a <c>details</c> element under their name.</summary>
    private static async Task OpenAsync(IPage page, string action)
        => await page.Locator("details", new() { Has = page.Locator("summary", new() { HasTextString = action }) }).First.EvaluateAsync("d => d.open = true");

    private async Task<T> QueryAsync<T>(Func<EGovDbContext, Task<T>> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EGovDbContext>());
    }

    private Task<Guid> ItemIdAsync(string code) => QueryAsync(db => db.Set<ServiceItem>().Where(i => i.ImplementationCode == code).Select(i => i.Id).SingleAsync());

    private Task<List<Guid>> RequiredMaterialIdsAsync(Guid itemId)
        => QueryAsync(db => db.Set<RequiredMaterial>().Where(m => m.ItemId == itemId && m.Necessity == MaterialNecessity.Required).OrderBy(m => m.Order).Select(m => m.Id).ToListAsync());

    private Task<Guid> ApplicationIdAsync(string number) => QueryAsync(db => db.Set<Application>().Where(a => a.Number == number).Select(a => a.Id).SingleAsync());

    private Task<ApplicationState> StateAsync(Guid id) => QueryAsync(db => db.Set<Application>().Where(a => a.Id == id).Select(a => a.State).SingleAsync());

    private Task<int> OverallRatingAsync(Guid id) => QueryAsync(db => db.Set<Rating>().Where(r => r.ApplicationId == id).Select(r => r.Overall).SingleAsync());

}
