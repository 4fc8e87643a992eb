using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Notifications;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Intake;

/// <summary>网上申请: numbering, the 第三十二条 pre-review clock, the to-do, the journal and the applicant's notifications.</summary>
public abstract class OnlineIntakeTests(PlatformFactory platform)
{
    private readonly IntakeDriver _driver = new(platform);

    [Fact]
    public async Task Online_application_is_numbered_and_due_for_pre_review_on_the_5th_working_day_after_the_materials_arrived()
    {
        var item = await _driver.ItemAsync();
        var citizen = await _driver.SignedInAsync("shimin");

        var receipt = await IntakeDriver.ApplyOnlineAsync(citizen, item);

        var number = receipt.GetProperty("number").GetString()!;
        Assert.Matches(new Regex($"^XLSP{IntakeDriver.Today.Year}\\d{{6}}$"), number);
        Assert.Equal(8, receipt.GetProperty("queryCode").GetString()!.Length);
        var application = await _driver.ApplicationAsync(receipt.GetProperty("id").GetGuid());
        Assert.Equal((ApplicationState.Submitted, ApplicationChannel.Online, IntakeDriver.Today), (application.State, application.Channel, application.MaterialsReceivedOn));
        Assert.Equal((item.DepartmentId, "张三", "420502199001011238", "13800000001"), (application.DepartmentId, application.ApplicantName, application.IdentityNumber, application.Phone));
        Assert.Contains("\"business_items\":[\"热食类食品制售\",\"冷食类食品制售\"]", application.FormData, StringComparison.Ordinal);
        Assert.Contains("\"staff\":[[\"张三\",\"厨师\",\"HB001\"]]", application.FormData, StringComparison.Ordinal);

        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        Assert.Equal(scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>().BlindIndex("420502199001011238"), application.ApplicantIndex);
        var expectedDue = scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(IntakeDriver.Today, 5).Value.Date;
        var clock = await db.Set<StatutoryClock>().AsNoTracking().SingleAsync(c => c.Id == application.PreReviewClockId);
        Assert.Equal((ApprovalsClocks.Module, ApprovalsClocks.PreReview, application.Id.ToString(), expectedDue), (clock.Module, clock.CaseType, clock.CaseId, clock.DueDate));
        Assert.Equal(receipt.GetProperty("preReviewDueDate").GetString(), expectedDue.ToString("yyyy-MM-dd"));
        var work = await db.Set<WorkItem>().AsNoTracking().SingleAsync(w => w.CaseId == application.Id.ToString());
        Assert.Equal(("application.pre_review", item.DepartmentId, ApprovalsPermissions.Accept, expectedDue, clock.Id), (work.Kind, work.AssigneeDepartmentId!.Value, work.AssigneePermission!, work.DueDate!.Value, work.ClockId!.Value));
        var step = await db.Set<ApplicationStep>().AsNoTracking().SingleAsync(s => s.ApplicationId == application.Id);
        Assert.Equal(("submitted", expectedDue), (step.Kind, step.DueDate!.Value));
        Assert.True(await db.Set<SiteMessage>().AnyAsync(m => m.AccountId == application.AccountId && m.Title.Contains(number)));
        var sms = await db.Set<OutgoingMessage>().AsNoTracking().Where(m => m.Channel == MessageChannels.Sms && m.Subject.Contains(number)).SingleAsync();
        Assert.Equal("13800000001", sms.Recipient);
        Assert.Equal(3, (await _driver.MaterialsAsync(application.Id)).Count(m => m.AttachmentId is not null));
    }

    [Fact]
    public async Task Material_given_in_an_earlier_application_is_reused_with_the_same_file()
    {
        var item = await _driver.ItemAsync();
        var citizen = await _driver.SignedInAsync("shimin");
        var first = await IntakeDriver.ApplyOnlineAsync(citizen, item);
        var earlier = (await _driver.MaterialsAsync(first.GetProperty("id").GetGuid())).First(m => m.Name == "营业执照");
        var token = await IntakeDriver.TokenAsync(citizen, $"/services/items/{item.Id}/apply");
        Assert.Contains(earlier.Id.ToString(), await citizen.Client.GetStringAsync($"/services/items/{item.Id}/apply"), StringComparison.Ordinal);
        var materials = new List<object>();
        foreach (var m in item.Materials.Where(m => m.Necessity == MaterialNecessity.Required))
        {
            materials.Add(m.Name == "营业执照"
                ? new { requiredMaterialId = m.Id, reuseId = earlier.Id }
                : new { requiredMaterialId = m.Id, attachmentId = await IntakeDriver.UploadAsync(citizen, token) });
        }

        var response = await IntakeDriver.PostJsonAsync(citizen, token, "/api/v1/approvals/applications", new { itemId = item.Id, form = IntakeDriver.FoodForm(), materials });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var second = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var reused = (await _driver.MaterialsAsync(second)).Single(m => m.Name == "营业执照");
        Assert.Equal((earlier.AttachmentId, earlier.Id), (reused.AttachmentId, reused.ReusedFromId!.Value));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/api/v1/attachments/{reused.AttachmentId}")).StatusCode);

        var other = await _driver.SignedInAsync("qiye");
        var otherToken = await IntakeDriver.TokenAsync(other, $"/services/items/{item.Id}/apply");
        var stolen = await IntakeDriver.PostJsonAsync(other, otherToken, "/api/v1/approvals/applications",
            new { itemId = item.Id, form = IntakeDriver.FoodForm(), materials = new[] { new { requiredMaterialId = reused.RequiredMaterialId, reuseId = earlier.Id } } });
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Contains("不是您本人提交的", await stolen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_material_is_refused_with_every_problem_and_nothing_is_saved()
    {
        var item = await _driver.ItemAsync();
        var citizen = await _driver.SignedInAsync("shimin");
        var token = await IntakeDriver.TokenAsync(citizen, $"/services/items/{item.Id}/apply");
        var form = IntakeDriver.FoodForm();
        form["credit_code"] = "91420502MA4XL00013";
        var before = await CountAsync();

        var response = await IntakeDriver.PostJsonAsync(citizen, token, "/api/v1/approvals/applications", new { itemId = item.Id, form, materials = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Form.credit_code", out _));
        foreach (var m in item.Materials)
        {
            Assert.Equal(m.Necessity == MaterialNecessity.Required, errors.TryGetProperty($"Materials.{m.Id}", out _));
        }

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Apply_page_prefills_the_profile_and_submits_a_table_row_added_by_the_button()
    {
        var item = await _driver.ItemAsync();
        var citizen = await _driver.SignedInAsync("shimin");
        var page = $"/services/items/{item.Id}/apply";
        var html = await citizen.Client.GetStringAsync(page);
        Assert.Contains("value=\"13800000001\"", html, StringComparison.Ordinal);
        Assert.Contains("4205**********1238", html, StringComparison.Ordinal);

        var added = await citizen.PostFormAsync(page, new Dictionary<string, string> { ["AddRow"] = "staff", ["Form.staff.0.0"] = "张三" });

        var body = await added.Content.ReadAsStringAsync();
        Assert.Contains("name=\"Form.staff.1.0\"", body, StringComparison.Ordinal);
        Assert.Contains("value=\"张三\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_page_with_uploaded_files_leads_to_a_receipt_shown_once()
    {
        var item = await _driver.ItemAsync();
        var citizen = await _driver.SignedInAsync("shimin");
        var page = $"/services/items/{item.Id}/apply";
        var token = await IntakeDriver.TokenAsync(citizen, page);

        var refused = await citizen.Client.PostAsync(page, PageForm(item, token, "饮品店"));
        var accepted = await citizen.Client.PostAsync(page, PageForm(item, token, "预包装食品销售"));

        Assert.Contains("“饮品店”不是可选项", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var receipt = await citizen.Client.GetStringAsync(accepted.Headers.Location!.OriginalString);
        Assert.Matches("id=\"receipt-code\"[^>]*>[A-Z2-9]{8}<", receipt);
        Assert.DoesNotContain("receipt-code", await citizen.Client.GetStringAsync(accepted.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent PageForm(ServiceItem item, string token, string businessItem)
    {
        var content = new MultipartFormDataContent();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Applicant.Phone"] = "13800000001",
            ["Applicant.Address"] = "湖北省宜昌市西陵区夷陵大道1号",
            ["Form.operator_name"] = "张三饮品店",
            ["Form.credit_code"] = "91420502MA4XL00012",
            ["Form.premises"] = "西陵区夷陵大道1号",
            ["Form.business_format"] = "餐饮服务经营者",
            ["Form.business_items"] = businessItem,
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var m in item.Materials.Where(m => m.Necessity == MaterialNecessity.Required))
        {
            content.Add(new ByteArrayContent(IntakeDriver.Pdf), $"Materials.{m.Id}.File", m.Name + ".pdf");
        }

        return content;
    }

    private async Task<int> CountAsync()
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<Application>().CountAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OnlineIntakeOnSqlite(SqlitePlatform platform) : OnlineIntakeTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class OnlineIntakeOnPostgres(PostgresPlatform platform) : OnlineIntakeTests(platform);
