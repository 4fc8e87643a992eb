using System.Net;
using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Infrastructure;
using static EGov.IntegrationTests.Disclosure.Handling.HandlingBuilder;

namespace EGov.IntegrationTests.Disclosure.Handling;

/// <summary>Replies (条例 第三十六条 to 第三十九条), delivery, disputes, the detail page and the scope.</summary>
public abstract partial class HandlingTests
{
    [Fact]
    public async Task Full_reply_flow_to_partial_disclosure_with_delivery()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -5));
        var clerk = await ClerkAsync();
        var head = await HeadAsync();
        var file = await clerk.UploadAsync("可以公开的部分.txt", "西陵区2026年老旧小区改造项目批复（删除个人信息后）");

        var drafted = await clerk.StepAsync(built.Id, "reply", new { outcome = (int)ReplyOutcome.PartiallyDisclosed, text = "第三页涉及个人隐私，不予公开（《条例》第十五条）。", attachmentIds = new[] { file } });
        Assert.Equal("ReplyDrafted", drafted.GetProperty("state").GetString());
        var page = $"/office/disclosure/requests/{built.Id}";
        var reviewed = await head.Browser.PostFormAsync(page, new Dictionary<string, string>
        {
            ["version"] = drafted.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["passed"] = "true",
            ["opinion"] = "同意",
        }, $"{page}?handler=Review");
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        await head.StepAsync(built.Id, "reply/sign-off");
        var delivered = await clerk.StepAsync(built.Id, "reply/delivery", new { method = (int)DeliveryMethod.Online });

        Assert.Equal("Replied", delivered.GetProperty("state").GetString());
        var dossier = await clerk.DossierAsync(built.Id);
        Assert.Equal("三（二）", dossier.GetProperty("outcomeRow").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), dossier.GetProperty("concludedOn").GetString());
        Assert.Equal("已停止计时", dossier.GetProperty("clock").GetProperty("state").GetString());
        var documents = dossier.GetProperty("documents").EnumerateArray().ToList();
        Assert.Contains(documents, d => d.GetProperty("kind").GetString() == "ReplyLetter" && d.GetProperty("visibleToApplicant").GetBoolean());
        Assert.Contains(documents, d => d.GetProperty("kind").GetString() == "DisclosedFile" && d.GetProperty("visibleToApplicant").GetBoolean());
        Assert.Contains(dossier.GetProperty("steps").EnumerateArray(), s => s.GetProperty("title").GetString() == "答复已送达");
        Assert.Equal("Archived", (await clerk.StepAsync(built.Id, "archive")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Review_may_return_the_draft_with_an_opinion_and_never_without()
    {
        var built = await CreateAsync(platform, Today);
        var clerk = await ClerkAsync();
        var head = await HeadAsync();
        await clerk.StepAsync(built.Id, "reply", new { outcome = (int)ReplyOutcome.NotProcessedPetition, text = "属于投诉举报，请通过12345热线反映。" });

        var silent = await head.PostAsync(HandlingClient.Url(built.Id, "reply/return"), new { });
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        var returned = await head.StepAsync(built.Id, "reply/return", new { opinion = "请写明转办渠道" });

        Assert.Equal("Handling", returned.GetProperty("state").GetString());
        var steps = (await clerk.DossierAsync(built.Id)).GetProperty("steps").EnumerateArray();
        Assert.Contains(steps, s => s.GetProperty("internalNote").GetString() == "审核意见：请写明转办渠道");
    }

    [Fact]
    public async Task Every_reply_outcome_can_be_drafted()
    {
        var clerk = await ClerkAsync();
        var file = await clerk.UploadAsync("公开的信息.txt", "公开内容");
        foreach (var info in ReplyOutcomes.All.Where(o => ReplyOutcomes.IsChosenInReply(o.Outcome)))
        {
            var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -1));
            if (info.Outcome == ReplyOutcome.UnavailableStillUnclear)
            {
                await clerk.StepAsync(built.Id, "correction-notice", new { items = "请写明信息名称" });
                await clerk.StepAsync(built.Id, "correction", new { description = "仍然是“有关文件”", correctedOn = Today });
            }

            var drafted = await clerk.StepAsync(built.Id, "reply", info.Outcome switch
            {
                ReplyOutcome.Disclosed => (object)new { outcome = (int)info.Outcome, alreadyPublic = true, whereToObtain = "西陵区人民政府门户网站“政府信息公开”栏目" },
                ReplyOutcome.PartiallyDisclosed => new { outcome = (int)info.Outcome, text = "部分涉及商业秘密", attachmentIds = new[] { file } },
                ReplyOutcome.UnavailableNotHeld => new { outcome = (int)info.Outcome, text = "经检索本机关不掌握", responsibleAgency = "区自然资源局，0717-6200000" },
                _ => new { outcome = (int)info.Outcome, text = $"依据{info.Basis}答复：{info.Label}" },
            });

            Assert.True(drafted.GetProperty("state").GetString() == "ReplyDrafted", info.Row);
        }
    }

    [Fact]
    public async Task Applicant_withdrawal_ends_the_request_as_row_6_3()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -1));
        var clerk = await ClerkAsync();

        var ended = await clerk.StepAsync(built.Id, "withdrawal", new { withdrawnOn = Today, note = "申请人书面撤回" });

        Assert.Equal("Terminated", ended.GetProperty("state").GetString());
        Assert.Equal("三（六）3", (await clerk.DossierAsync(built.Id)).GetProperty("outcomeRow").GetString());
    }

    [Fact]
    public async Task Disputes_are_recorded_and_updated_with_a_version_check()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -1));
        var clerk = await ClerkAsync();
        var url = HandlingClient.Url(built.Id, "disputes");
        var created = await clerk.PostAsync(url, new { kind = 1, authority = "宜昌市人民政府", caseNumber = "宜府复〔2026〕8号", filedOn = Today });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(created.Content)).GetProperty("id").GetGuid();

        var decided = await clerk.PutAsync($"{url}/{id}", new { kind = 1, authority = "宜昌市人民政府", filedOn = Today, result = 1, decidedOn = Today, version = 0 });
        var stale = await clerk.PutAsync($"{url}/{id}", new { kind = 1, authority = "宜昌市人民政府", filedOn = Today, result = 2, decidedOn = Today, version = 0 });

        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var dispute = (await clerk.DossierAsync(built.Id)).GetProperty("disputes").EnumerateArray().Single();
        Assert.Equal("结果维持", dispute.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Detail_page_shows_the_clock_in_colour_and_text_masks_personal_data_and_offers_only_allowed_panels()
    {
        var built = await CreateAsync(platform, WorkingDays(Anchor(platform), -1));
        var clerk = await ClerkAsync();
        var head = await HeadAsync();

        var html = await clerk.Browser.Client.GetStringAsync($"/office/disclosure/requests/{built.Id}");
        var headHtml = await head.Browser.Client.GetStringAsync($"/office/disclosure/requests/{built.Id}");

        Assert.Contains(built.Number, html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"level-normal px-1\">正常</span>", html, StringComparison.Ordinal);
        Assert.Contains("138****5678", html, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", html, StringComparison.Ordinal);
        Assert.Contains("发出补正告知", html, StringComparison.Ordinal);
        Assert.DoesNotContain("批准延期答复", html, StringComparison.Ordinal);
        Assert.Contains("批准延期答复", headHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("发出补正告知</summary>", headHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applicant_corrects_on_the_public_page_with_number_and_query_code()
    {
        var built = await CreateAsync(platform, Today);
        await (await ClerkAsync()).StepAsync(built.Id, "correction-notice", new { items = "请写明文号" });
        var applicant = new Identity.Browser(platform);
        var fields = new Dictionary<string, string> { ["Number"] = built.Number, ["QueryCode"] = built.QueryCode };

        var notice = await applicant.PostFormAsync("/disclosure/requests/correct", fields, "/disclosure/requests/correct?handler=Find");
        Assert.Contains("请写明文号", await notice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var done = await applicant.PostFormAsync("/disclosure/requests/correct", new Dictionary<string, string>(fields) { ["Description"] = "西政办发〔2026〕3号" }, "/disclosure/requests/correct?handler=Submit");

        Assert.Contains("补正已提交", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Handling", (await (await ClerkAsync()).DossierAsync(built.Id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Staff_of_another_department_get_404_on_page_and_api()
    {
        var built = await CreateAsync(platform, Today);
        var other = await HandlingClient.SignInAsync(platform, "scjg.shenhe");

        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync($"/office/disclosure/requests/{built.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync(HandlingClient.Url(built.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(HandlingClient.Url(built.Id, "correction-notice"), new { items = "越权" })).StatusCode);
    }
}
