using System.Net;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.IntegrationTests.Interaction.Opinions;

namespace EGov.IntegrationTests.Interaction.Surveys;

public abstract class SurveyTests(PlatformFactory platform)
{
    private const string Office = "/api/v1/interaction/office/surveys";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static object[] Questions(string single = "总体满意度") =>
    [
        new { text = single, kind = "SingleChoice", isRequired = true, options = new[] { "满意", "一般", "不满意" } },
        new { text = "需改进的方面", kind = "MultipleChoice", isRequired = false, options = new[] { "时间", "材料", "态度" } },
        new { text = "建议", kind = "Text", isRequired = false, options = Array.Empty<string>() },
    ];

    private async Task<(ConsultClient Staff, Guid Id, JsonElement Survey)> PublishedAsync()
    {
        var staff = await ConsultClient.SignInAsync(platform, "bgs.bianji");
        var created = await ConsultClient.JsonAsync(await staff.PostAsync(Office, new
        {
            title = $"测试调查{Guid.NewGuid():N}",
            description = "说明",
            opensOn = Today,
            closesOn = Today.AddDays(10),
            questions = Questions(),
        }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await ConsultClient.JsonAsync(await staff.PostAsync($"{Office}/{id}/publish", new { version = 1 }), HttpStatusCode.OK);
        var survey = await ConsultClient.JsonAsync(await platform.CreateClient().GetAsync($"/api/v1/interaction/surveys/{id}"), HttpStatusCode.OK);
        return (staff, id, survey);
    }

    private static string Field(JsonElement survey, int question) => $"q_{survey.GetProperty("questions")[question].GetProperty("id").GetGuid():N}";

    private static string Option(JsonElement survey, int question, int option)
        => survey.GetProperty("questions")[question].GetProperty("options")[option].GetProperty("id").GetString()!;

    [Fact]
    public async Task A_citizen_answers_once_a_second_answer_is_refused_and_results_stay_hidden_until_closing()
    {
        var (staff, id, survey) = await PublishedAsync();
        var citizen = await ConsultClient.SignInAsync(platform, "shimin", $"/interaction/surveys/{id}");
        var fields = new Dictionary<string, string> { [Field(survey, 0)] = Option(survey, 0, 1), [Field(survey, 2)] = "我的电话是13800000001" };

        var first = await citizen.Browser.PostFormAsync($"/interaction/surveys/{id}", fields);
        Assert.Contains("答卷已提交", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await citizen.Browser.PostFormAsync($"/interaction/surveys/{id}", fields);
        Assert.Contains("您已参加过本次调查", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var byApi = await citizen.PostAsync($"/api/v1/interaction/surveys/{id}/responses",
            new { answers = new[] { new { questionId = survey.GetProperty("questions")[0].GetProperty("id").GetGuid(), optionIds = new[] { Guid.Parse(Option(survey, 0, 0)) } } } });
        Assert.Equal(HttpStatusCode.Conflict, byApi.StatusCode);

        var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/interaction/surveys/{id}/results")).StatusCode);
        var hidden = await anonymous.GetAsync($"/api/v1/interaction/surveys/{id}/results");
        Assert.Contains("调查结束后公布结果", await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var live = await staff.GetJsonAsync($"{Office}/{id}/results");
        Assert.Equal(1, live.GetProperty("responses").GetInt32());
        Assert.Equal("我的电话是13800000001", live.GetProperty("questions")[2].GetProperty("texts")[0].GetString());

        await ConsultClient.JsonAsync(await staff.PostAsync($"{Office}/{id}/close", new { version = 2 }), HttpStatusCode.OK);
        var results = await ConsultClient.JsonAsync(await anonymous.GetAsync($"/api/v1/interaction/surveys/{id}/results"), HttpStatusCode.OK);
        Assert.Equal(1, results.GetProperty("questions")[0].GetProperty("options")[1].GetProperty("count").GetInt32());
        Assert.Equal(1, results.GetProperty("questions")[2].GetProperty("textCount").GetInt32());
        Assert.Equal(0, results.GetProperty("questions")[2].GetProperty("texts").GetArrayLength());
        var page = await (await anonymous.GetAsync($"/interaction/surveys/{id}/results")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("13800000001", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_answer_is_named_and_nothing_is_saved()
    {
        var (staff, id, survey) = await PublishedAsync();
        var citizen = await ConsultClient.SignInAsync(platform, "shimin", $"/interaction/surveys/{id}");

        var response = await citizen.Browser.PostFormAsync($"/interaction/surveys/{id}", new Dictionary<string, string> { [Field(survey, 2)] = "无" });

        Assert.Contains("请回答第1题。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await staff.GetJsonAsync($"{Office}/{id}/results")).GetProperty("responses").GetInt32());
    }

    [Fact]
    public async Task Questions_are_locked_once_answers_exist_but_the_title_can_still_change()
    {
        var (staff, id, survey) = await PublishedAsync();
        var citizen = await ConsultClient.SignInAsync(platform, "shimin", $"/interaction/surveys/{id}");
        await citizen.Browser.PostFormAsync($"/interaction/surveys/{id}", new Dictionary<string, string> { [Field(survey, 0)] = Option(survey, 0, 0) });

        var changed = await staff.SendAsync(HttpMethod.Put, $"{Office}/{id}",
            new { title = "改了题目", opensOn = Today, closesOn = Today.AddDays(10), version = 2, questions = Questions("改过的题目") });
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Contains("题目和选项不能再修改", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var retitled = await staff.SendAsync(HttpMethod.Put, $"{Office}/{id}",
            new { title = "新标题", opensOn = Today, closesOn = Today.AddDays(10), version = 2, questions = Questions() });
        Assert.Equal(HttpStatusCode.OK, retitled.StatusCode);
    }

    [Fact]
    public async Task A_choice_question_with_one_option_is_refused()
    {
        var staff = await ConsultClient.SignInAsync(platform, "bgs.bianji");

        var response = await staff.PostAsync(Office, new
        {
            title = "调查",
            opensOn = Today,
            closesOn = Today.AddDays(3),
            questions = new[] { new { text = "选一个", kind = "SingleChoice", isRequired = true, options = new[] { "唯一" } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("至少要有两个选项", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_cannot_reach_staff_survey_pages_or_live_results()
    {
        var (_, id, _) = await PublishedAsync();
        var citizen = await ConsultClient.SignInAsync(platform, "shimin", "/interaction/surveys");

        Assert.NotEqual(HttpStatusCode.OK, (await citizen.Browser.GetAsync($"/office/interaction/surveys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.Browser.GetAsync($"{Office}/{id}/results")).StatusCode);
    }

    [Fact]
    public async Task The_closed_demo_survey_has_at_least_20_answers_charted_for_the_public()
    {
        var client = platform.CreateClient();
        var list = await ConsultClient.JsonAsync(await client.GetAsync("/api/v1/interaction/surveys"), HttpStatusCode.OK);
        var closed = list.EnumerateArray().First(s => s.GetProperty("phase").GetString() == "Closed" && s.GetProperty("title").GetString()!.Contains("便民生活圈", StringComparison.Ordinal));
        var id = closed.GetProperty("id").GetGuid();

        var results = await ConsultClient.JsonAsync(await client.GetAsync($"/api/v1/interaction/surveys/{id}/results"), HttpStatusCode.OK);
        Assert.True(results.GetProperty("responses").GetInt32() >= 20);
        var page = await (await client.GetAsync($"/interaction/surveys/{id}/results")).Content.ReadAsStringAsync();
        Assert.Contains("data-chart=\"pie\"", page, StringComparison.Ordinal);
        Assert.Contains("interaction-survey-results.js", page, StringComparison.Ordinal);
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("phase").GetString() == "Open" && s.GetProperty("title").GetString() == "西陵区政务服务满意度调查");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SurveyOnSqlite(SqlitePlatform platform) : SurveyTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class SurveyOnPostgres(PostgresPlatform platform) : SurveyTests(platform);
