using System.Net;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Clocks;
using Microsoft.EntityFrameworkCore;
using static EGov.IntegrationTests.Approvals.Handling.ApplicationBuilder;

namespace EGov.IntegrationTests.Approvals.Handling;

/// <summary>Review, special procedures (第四十五条), extension (第四十二条), decision, result, delivery, conclusion, 即办件, withdrawal.</summary>
public abstract partial class HandlingTests
{
    [Fact]
    public async Task Special_procedure_pauses_the_clocks_and_its_working_days_move_the_due_date()
    {
        var received = AddWorkingDays(platform, Today, -12);
        var app = await CreateAsync(platform, received);
        await (await ApprovalsClient.SignInAsync(platform, Clerk)).StepAsync(app.Id, "accept");
        var chief = await ApprovalsClient.SignInAsync(platform, Chief);
        var dueBefore = AddWorkingDays(platform, received, 20);

        await chief.StepAsync(app.Id, "special-procedures", new { reason = "expert_review", description = "组织专家现场评审", expectedDays = 5, startedOn = AddWorkingDays(platform, received, 2) });
        var (paused, pausedClocks) = await LoadAsync(app.Id);
        Assert.Equal(ClockState.Paused, pausedClocks[paused.StatutoryClockId!.Value].State);
        Assert.Equal("approvals.special_procedure_open", await chief.RefusedAsync(app.Id, "decide", new { decision = "Approved" }, HttpStatusCode.Conflict));
        await chief.StepAsync(app.Id, "special-procedures/end", new { outcome = "专家评审通过", endedOn = AddWorkingDays(platform, received, 5) });

        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(AddWorkingDays(platform, dueBefore, 3), clocks[a.StatutoryClockId!.Value].DueDate);
        Assert.Equal(ClockState.Running, clocks[a.StatutoryClockId.Value].State);
        Assert.Contains(DocumentKind.SpecialProcedureNotice, await DocumentsAsync(app.Id));
        await AssertJournaledAsync(app.Id, "special_procedure_started", "special_procedure_ended");
    }

    [Fact]
    public async Task Extension_is_approved_by_the_head_once_and_adds_10_working_days()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        await clerk.StepAsync(app.Id, "accept");
        var chief = await ApprovalsClient.SignInAsync(platform, Chief);
        var head = await ApprovalsClient.SignInAsync(platform, Head);

        await chief.StepAsync(app.Id, "extension-request", new { reason = "需要现场核查经营场所" });
        Assert.Equal("approvals.extension_once", await chief.RefusedAsync(app.Id, "extension-request", new { reason = "再次延期" }, HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync(ApprovalsClient.Url(app.Id, "extension-decision"), new { approve = true })).StatusCode);
        await head.StepAsync(app.Id, "extension-decision", new { approve = true, note = "同意" });

        var (a, clocks) = await LoadAsync(app.Id);
        Assert.True(a.Extended);
        Assert.Equal(AddWorkingDays(platform, Today, 30), clocks[a.StatutoryClockId!.Value].DueDate);
        Assert.Contains(DocumentKind.ExtensionNotice, await DocumentsAsync(app.Id));
        Assert.Equal("approvals.extension_once", await chief.RefusedAsync(app.Id, "extension-request", new { reason = "再次延期" }, HttpStatusCode.Conflict));
        await AssertJournaledAsync(app.Id, "extension_requested", "extended");
    }

    [Fact]
    public async Task Approved_application_is_produced_delivered_by_post_and_concluded_with_every_step_audited()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        var chief = await ApprovalsClient.SignInAsync(platform, Chief);
        await clerk.StepAsync(app.Id, "accept");
        await chief.StepAsync(app.Id, "opinion", new { opinion = "材料真实，场所符合要求", completeReview = true });
        await chief.StepAsync(app.Id, "decide", new { decision = "Approved" });
        Assert.Equal(AddWorkingDays(platform, Today, 1), (await LoadAsync(app.Id)).Clocks.Values.Single(c => c.CaseType == "step" && c.State == ClockState.Running).DueDate);
        await clerk.StepAsync(app.Id, "produce");

        Assert.Equal("approvals.required", await clerk.RefusedAsync(app.Id, "deliver", new { method = "Post" }, HttpStatusCode.BadRequest));
        await clerk.StepAsync(app.Id, "deliver", new { method = "Post", note = "EMS 1234567890" });
        var concluded = await clerk.StepAsync(app.Id, "conclude");

        Assert.Equal(3, concluded.GetProperty("proStatus").GetInt32());
        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(ApplicationState.Concluded, a.State);
        Assert.Equal((Decision.Approved, Today, Today, Today), (a.Decision!.Value, a.DecidedOn!.Value, a.DeliveredOn!.Value, a.ConcludedOn!.Value));
        Assert.All(clocks.Values, c => Assert.Equal(ClockState.Stopped, c.State));
        Assert.Contains(DocumentKind.ApprovalDecision, await DocumentsAsync(app.Id));
        Assert.Empty(await OpenWorkAsync(app.Id));
        await AssertJournaledAsync(app.Id, "accepted", "reviewed", "decided", "result_produced", "delivered", "concluded");
    }

    [Fact]
    public async Task Denial_states_the_reason_and_remedies_in_the_denial_decision()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        var chief = await ApprovalsClient.SignInAsync(platform, Chief);
        await clerk.StepAsync(app.Id, "accept");

        Assert.Equal("approvals.required", await chief.RefusedAsync(app.Id, "decide", new { decision = "Denied" }, HttpStatusCode.BadRequest));
        await chief.StepAsync(app.Id, "decide", new { decision = "Denied", reason = "经营场所与住宅未有效隔离" });
        await clerk.StepAsync(app.Id, "produce");

        var a = (await LoadAsync(app.Id)).Application;
        Assert.Equal((Decision.Denied, ApplicationState.ResultProduced), (a.Decision!.Value, a.State));
        Assert.Contains("行政诉讼", a.Remedies);
        Assert.Contains(DocumentKind.DenialDecision, await DocumentsAsync(app.Id));
    }

    [Fact]
    public async Task Immediate_item_is_accepted_approved_licensed_and_concluded_at_once()
    {
        var app = await CreateAsync(platform, item: i => (i.CaseKind, i.PromisedLimitDays, i.IssuesELicence, i.LicenceValidityYears) = (CaseKind.Immediate, 0, true, 5));
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        var step = await clerk.StepAsync(app.Id, "immediate", new { deliverElectronically = true });

        Assert.Equal("Concluded", step.GetProperty("state").GetString());
        var a = (await LoadAsync(app.Id)).Application;
        Assert.Equal((Today, Today, Today), (a.AcceptedOn!.Value, a.DecidedOn!.Value, a.ResultProducedOn!.Value));
        Assert.Equal(DeliveryOptions.Electronic, a.DeliveryMethod);
        Assert.Contains(DocumentKind.ELicence, await DocumentsAsync(app.Id));
        await using var scope = platform.Scope();
        Assert.True(await PlatformFactory.Db(scope).Set<ELicence>().AnyAsync(l => l.ApplicationId == app.Id && l.Status == LicenceStatus.Valid));
        await AssertJournaledAsync(app.Id, "accepted", "decided", "result_produced", "licence_issued", "concluded");
    }

    [Fact]
    public async Task Committed_item_cannot_be_concluded_as_immediate()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        Assert.Equal("approvals.not_immediate", await clerk.RefusedAsync(app.Id, "immediate", null, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Applicant_withdraws_before_the_decision_but_not_after()
    {
        var app = await CreateAsync(platform);
        var decided = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        await clerk.StepAsync(app.Id, "accept");
        await clerk.StepAsync(decided.Id, "accept");
        await (await ApprovalsClient.SignInAsync(platform, Chief)).StepAsync(decided.Id, "decide", new { decision = "Approved" });
        var applicant = await ApprovalsClient.SignInAsync(platform, "shimin", $"/my/applications/{app.Id}/withdraw");

        var withdrawn = await applicant.PostAsync($"/api/v1/approvals/my/applications/{app.Id}/withdraw", new { reason = "经营计划调整" });
        var late = await applicant.PostAsync($"/api/v1/approvals/my/applications/{decided.Id}/withdraw", new { });

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("approvals.withdraw_after_decision", await late.Content.ReadAsStringAsync());
        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(ApplicationState.Withdrawn, a.State);
        Assert.NotNull(a.WithdrawnAt);
        Assert.All(clocks.Values, c => Assert.Equal(ClockState.Stopped, c.State));
        Assert.Empty(await OpenWorkAsync(app.Id));
        await AssertJournaledAsync(app.Id, "withdrawn");
    }

    [Fact]
    public async Task Another_account_cannot_withdraw_the_application()
    {
        var app = await CreateAsync(platform);
        var other = await ApprovalsClient.SignInAsync(platform, "qiye", "/services");

        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync($"/my/applications/{app.Id}/withdraw")).StatusCode);
        Assert.Equal(ApplicationState.Submitted, (await LoadAsync(app.Id)).Application.State);
    }

    [Fact]
    public async Task Staff_list_and_detail_show_the_application_with_its_actions()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        var list = await (await clerk.Browser.GetAsync("/office/approvals/applications?state=Submitted")).Content.ReadAsStringAsync();
        var detail = await clerk.Browser.GetAsync($"/office/approvals/applications/{app.Id}");
        var html = await detail.Content.ReadAsStringAsync();

        Assert.True(list.Contains(app.Number, StringComparison.Ordinal), list);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("一次告知补正", html);
        var dossier = await clerk.DossierAsync(app.Id);
        Assert.Contains("accept", dossier.GetProperty("actions").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Applicant_data_is_masked_for_staff_without_the_personal_data_permission()
    {
        var app = await CreateAsync(platform);
        var head = await ApprovalsClient.SignInAsync(platform, Head);

        var html = await (await head.Browser.GetAsync($"/office/approvals/applications/{app.Id}")).Content.ReadAsStringAsync();
        var dossier = await head.DossierAsync(app.Id);

        Assert.Contains("4205**********1238", html);
        Assert.DoesNotContain("420502199001011238", html);
        Assert.Equal("138****0001", dossier.GetProperty("applicant").GetProperty("phone").GetString());
        Assert.Empty(dossier.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public async Task Clerk_accepts_through_the_detail_page_form()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        var version = (await LoadAsync(app.Id)).Application.Version;

        var posted = await clerk.Browser.PostFormAsync(
            $"/office/approvals/applications/{app.Id}", new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/office/approvals/applications/{app.Id}?handler=Accept");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(ApplicationState.UnderReview, (await LoadAsync(app.Id)).Application.State);
    }
}
