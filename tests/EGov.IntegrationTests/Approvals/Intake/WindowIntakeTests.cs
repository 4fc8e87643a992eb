using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.Approvals.Domain.Applications;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Approvals.Intake;

/// <summary>窗口收件 (一窗受理): the hall's comprehensive window registers for any department's published item.</summary>
public abstract class WindowIntakeTests(PlatformFactory platform)
{
    private const string Register = "/office/approvals/applications/register";

    private readonly IntakeDriver _driver = new(platform);

    private static object Applicant => new
    {
        kind = "NaturalPerson",
        name = "李四",
        identityNumber = "11010519491231002x",
        phone = "0717-6222222",
        address = "湖北省宜昌市西陵区云集路2号",
    };

    [Fact]
    public async Task Comprehensive_window_registers_an_xzsp_item_with_paper_materials_and_prints_the_receipt()
    {
        var item = await _driver.ItemAsync();
        var clerk = await _driver.SignedInAsync("zwfw.chuangkou");
        var token = await IntakeDriver.TokenAsync(clerk, $"{Register}?item={item.Id}");
        var receivedOn = IntakeDriver.Today.AddDays(-1);
        var materials = item.Materials.Select(m => new { requiredMaterialId = m.Id, paperChecked = true });

        var response = await IntakeDriver.PostJsonAsync(clerk, token, "/api/v1/approvals/office/applications",
            new { itemId = item.Id, applicant = Applicant, form = IntakeDriver.FoodForm(), materials, receivedOn });

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var application = await _driver.ApplicationAsync(receipt.GetProperty("id").GetGuid());
        Assert.Equal((ApplicationChannel.Window, item.DepartmentId, receivedOn, (Guid?)null), (application.Channel, application.DepartmentId, application.MaterialsReceivedOn, application.AccountId));
        Assert.Equal("11010519491231002X", application.IdentityNumber);
        Assert.NotNull(application.RegisteredBy);
        Assert.All(await _driver.MaterialsAsync(application.Id), m => Assert.True(m.PaperChecked));
        var pdf = await clerk.GetAsync(receipt.GetProperty("receiptUrl").GetString()!);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        await using var scope = platform.Scope();
        Assert.True(await PlatformFactory.Db(scope).Set<ApplicationDocument>().AnyAsync(d => d.ApplicationId == application.Id && d.Kind == DocumentKind.Receipt));
        var texts = await PlatformFactory.Db(scope).Set<OutgoingMessage>().Where(m => m.Channel == MessageChannels.Sms).Select(m => m.Recipient).ToListAsync();
        Assert.DoesNotContain("0717-6222222", texts);
    }

    [Fact]
    public async Task Window_refuses_a_future_receipt_date_a_wrong_id_number_and_unchecked_required_paper()
    {
        var item = await _driver.ItemAsync();
        var clerk = await _driver.SignedInAsync("zwfw.chuangkou");
        var token = await IntakeDriver.TokenAsync(clerk, $"{Register}?item={item.Id}");

        var response = await IntakeDriver.PostJsonAsync(clerk, token, "/api/v1/approvals/office/applications", new
        {
            itemId = item.Id,
            applicant = new { kind = "NaturalPerson", name = "李四", identityNumber = "110105194912310021", phone = "0717-6222222", address = "西陵区" },
            form = IntakeDriver.FoodForm(),
            receivedOn = IntakeDriver.Today.AddDays(1),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("ReceivedOn", out _));
        Assert.True(errors.TryGetProperty("Applicant.IdentityNumber", out _));
        Assert.Contains(item.Materials, m => errors.TryGetProperty($"Materials.{m.Id}", out _));
    }

    [Fact]
    public async Task Register_page_takes_the_form_and_shows_the_number_and_query_code_once()
    {
        var item = await _driver.ItemAsync();
        var clerk = await _driver.SignedInAsync("xzsp.shouli");
        var page = $"{Register}?item={item.Id}";
        var fields = new Dictionary<string, string>
        {
            ["Applicant.Kind"] = "EnterpriseLegalPerson",
            ["Applicant.Name"] = "宜昌西陵示例科技有限公司",
            ["Applicant.IdentityNumber"] = "91420502MA4XL00012",
            ["Applicant.Phone"] = "13800000002",
            ["Applicant.Address"] = "湖北省宜昌市西陵区东山大道3号",
            ["ReceivedOn"] = IntakeDriver.Today.ToString("yyyy-MM-dd"),
            ["Form.operator_name"] = "宜昌西陵示例科技有限公司",
            ["Form.credit_code"] = "91420502MA4XL00012",
            ["Form.premises"] = "湖北省宜昌市西陵区东山大道3号",
            ["Form.business_format"] = "单位食堂",
            ["Form.business_items"] = "热食类食品制售",
        };
        foreach (var m in item.Materials)
        {
            fields[$"Materials.{m.Id}.Paper"] = "true";
        }

        var posted = await clerk.PostFormAsync(page, fields);

        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var receipt = await clerk.Client.GetStringAsync(posted.Headers.Location!.OriginalString);
        Assert.Matches("id=\"receipt-code\"[^>]*>[A-Z2-9]{8}<", receipt);
        Assert.Contains("下载收件凭证", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("receipt-code", await clerk.Client.GetStringAsync(posted.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citizen_cannot_use_window_intake()
    {
        var citizen = await _driver.SignedInAsync("shimin");

        var response = await citizen.GetAsync(Register);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WindowIntakeOnSqlite(SqlitePlatform platform) : WindowIntakeTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class WindowIntakeOnPostgres(PostgresPlatform platform) : WindowIntakeTests(platform);
