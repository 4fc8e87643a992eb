using System.Net;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using Microsoft.Extensions.DependencyInjection;
using static EGov.IntegrationTests.Interaction.Handling.LetterBuilder;

namespace EGov.IntegrationTests.Interaction.Handling;

/// <summary>Merging duplicates, extensions, returns, and the demo letters.</summary>
public abstract partial class LetterHandlingTests
{
    [Fact]
    public async Task A_merged_duplicate_stops_its_clocks_and_gets_the_reply_of_the_letter_it_joined()
    {
        var main = await CreateAsync(platform);
        var duplicate = await CreateAsync(platform);
        var dispatcher = await OfficeClient.SignInAsync(platform, Dispatcher);

        await dispatcher.StepAsync(duplicate.Id, "merge", new { into = main.Number });

        var merged = await LoadAsync(platform, duplicate.Id);
        Assert.Equal(LetterState.Merged, merged.State);
        Assert.Equal(main.Id, merged.MergedIntoId);
        Assert.Equal(ClockState.Stopped, (await ClockAsync(platform, merged.ReplyClockId)).State);
        Assert.Empty(await OpenWorkAsync(platform, duplicate.Id));
        var handler = await OfficeClient.SignInAsync(platform, Handler);
        await handler.StepAsync(main.Id, "sign-for");
        await handler.StepAsync(main.Id, "reply", new { content = "两封来信反映的是同一问题，已一并处理。" });
        await (await OfficeClient.SignInAsync(platform, Reviewer)).StepAsync(main.Id, "reply-approve");
        merged = await LoadAsync(platform, duplicate.Id);
        Assert.Equal(LetterState.Merged, merged.State);
        Assert.Equal("两封来信反映的是同一问题，已一并处理。", merged.ReplyContent);
    }

    [Fact]
    public async Task An_extension_is_limited_asked_once_per_round_and_once_approved_moves_the_reply_due_date()
    {
        var letter = await CreateAsync(platform);
        var handler = await OfficeClient.SignInAsync(platform, Handler);
        await handler.StepAsync(letter.Id, "sign-for");
        var due = (await ClockAsync(platform, letter.ReplyClockId)).DueDate;

        Assert.Equal("interaction.extension_days", await handler.RefusedAsync(letter.Id, "extension-request", new { workingDays = 11, reason = "需检测" }, HttpStatusCode.BadRequest));
        await handler.StepAsync(letter.Id, "extension-request", new { workingDays = 5, reason = "需抽样检测" });
        Assert.Equal("interaction.extension_once", await handler.RefusedAsync(letter.Id, "extension-request", new { workingDays = 3, reason = "再延" }, HttpStatusCode.BadRequest));
        Assert.Contains("letter.extension", await OpenWorkAsync(platform, letter.Id));
        await (await OfficeClient.SignInAsync(platform, Dispatcher)).StepAsync(letter.Id, "extension-decision", new { approve = true });

        await using var scope = platform.Scope();
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>();
        Assert.Equal(calendar.AddWorkingDays(due, 5).Value.Date, (await ClockAsync(platform, letter.ReplyClockId)).DueDate);
        Assert.DoesNotContain("letter.extension", await OpenWorkAsync(platform, letter.Id));
    }

    [Fact]
    public async Task A_return_needs_a_reason_and_gives_the_letter_back_to_the_dispatcher()
    {
        var letter = await CreateAsync(platform);
        var handler = await OfficeClient.SignInAsync(platform, Handler);

        Assert.Equal("interaction.required", await handler.RefusedAsync(letter.Id, "return", new { reason = " " }, HttpStatusCode.BadRequest));
        var response = await handler.PostAsync(OfficeClient.Url(letter.Id, "return"), new { reason = "属于住建部门职责" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode); // the letter has left the handler's scope

        var returned = await LoadAsync(platform, letter.Id);
        Assert.Equal(LetterState.Registered, returned.State);
        Assert.Null(returned.HandlingDepartmentId);
        Assert.Equal(ClockState.Stopped, (await ClockAsync(platform, returned.SignForClockId)).State);
        Assert.Equal(["letter.dispatch"], await OpenWorkAsync(platform, letter.Id));
        var dossier = await (await OfficeClient.SignInAsync(platform, Dispatcher)).GetJsonAsync(OfficeClient.Url(letter.Id));
        Assert.Contains(dossier.GetProperty("history").EnumerateArray(), s => s.GetProperty("internalNote").GetString() == "属于住建部门职责");
        Assert.Contains("Route", dossier.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task The_demo_letters_are_in_the_dispatchers_list_and_at_least_five_are_published()
    {
        var dispatcher = await OfficeClient.SignInAsync(platform, Dispatcher);

        var list = await dispatcher.GetJsonAsync("/api/v1/interaction/office/letters?q=" + Uri.EscapeDataString("学校门口流动摊贩"));
        var published = await dispatcher.Browser.Client.GetStringAsync($"/api/v1/search?q={Uri.EscapeDataString("停车")}");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("Closed", list.GetProperty("items")[0].GetProperty("state").GetString());
        Assert.Contains("/interaction/letters/", published, StringComparison.Ordinal);
        await using var scope = platform.Scope();
        var db = Infrastructure.PlatformFactory.Db(scope);
        Assert.True(db.Set<Letter>().Count(l => l.IsPublished) >= 5);
        var today = EGov.Platform.Time.ChinaTime.Today(TimeProvider.System);
        var handling = db.Set<Letter>().Where(l => l.State == LetterState.Handling).Select(l => l.ReplyClockId).ToList();
        Assert.Contains(db.Set<StatutoryClock>().Where(c => handling.Contains(c.Id)).ToList(), c => c.LevelOn(today) == WarningLevel.Overdue);
    }

    [Fact]
    public async Task The_office_list_page_and_the_excel_export_answer_for_the_dispatcher()
    {
        var dispatcher = await OfficeClient.SignInAsync(platform, Dispatcher);

        var page = await dispatcher.Browser.GetAsync("/office/interaction/letters?state=Handling");
        var export = await dispatcher.Browser.GetAsync("/office/interaction/letters?handler=Export");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("超市出售过期食品", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }
}
