using System.Net;
using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.IntegrationTests.Approvals.Handling.ApplicationBuilder;

namespace EGov.IntegrationTests.Approvals.Handling;

/// <summary>Pre-review over HTTP: accept, reject, the one-time correction notice (第三十二条), supply, deemed acceptance, scope.</summary>
public abstract partial class HandlingTests(PlatformFactory platform)
{
    private const string Clerk = "xzsp.shouli";
    private const string Chief = "xzsp.kezhang";
    private const string Head = "xzsp.juzhang";

    [Fact]
    public async Task Accept_starts_the_promised_statutory_and_step_clocks_and_writes_the_acceptance_notice()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        var step = await clerk.StepAsync(app.Id, "accept");

        Assert.Equal("UnderReview", step.GetProperty("state").GetString());
        Assert.Equal(2, step.GetProperty("proStatus").GetInt32());
        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(Today, a.AcceptedOn);
        Assert.False(a.DeemedAccepted);
        Assert.Equal(ClockState.Stopped, clocks[a.PreReviewClockId!.Value].State);
        Assert.Equal(AddWorkingDays(platform, Today, 20), clocks[a.StatutoryClockId!.Value].DueDate);
        Assert.Equal(AddWorkingDays(platform, Today, 10), clocks[a.PromisedClockId!.Value].DueDate);
        Assert.Equal(AddWorkingDays(platform, Today, 5), clocks[a.StepClockId!.Value].DueDate);
        Assert.Contains(DocumentKind.AcceptanceNotice, await DocumentsAsync(app.Id));
        Assert.Contains("application.review", await OpenWorkAsync(app.Id));
        await AssertJournaledAsync(app.Id, "accepted");
    }

    [Fact]
    public async Task Reject_needs_a_reason_and_concludes_with_the_written_decision_and_remedies()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        Assert.Equal("approvals.required", await clerk.RefusedAsync(app.Id, "reject", new { reason = " " }, HttpStatusCode.BadRequest));
        await clerk.StepAsync(app.Id, "reject", new { reason = "申请事项不属于本机关职权范围" });

        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(ApplicationState.Rejected, a.State);
        Assert.Equal(Today, a.ConcludedOn);
        Assert.Contains("行政复议", a.Remedies);
        Assert.All(clocks.Values, c => Assert.Equal(ClockState.Stopped, c.State));
        Assert.Contains(DocumentKind.RejectionDecision, await DocumentsAsync(app.Id));
        Assert.Empty(await OpenWorkAsync(app.Id));
        await AssertJournaledAsync(app.Id, "rejected");
    }

    [Fact]
    public async Task Correction_notice_is_sent_once_and_pauses_the_pre_review_window()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        var entries = new[] { new { requiredMaterialId = app.RequiredMaterialId, materialName = "食品经营许可申请书", problem = "缺少法定代表人签字" } };

        await clerk.StepAsync(app.Id, "correction-notice", new { entries });
        var second = await clerk.RefusedAsync(app.Id, "correction-notice", new { entries }, HttpStatusCode.Conflict);

        Assert.Equal("approvals.correction_once", second);
        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(ApplicationState.AwaitingCorrection, a.State);
        Assert.Equal(ClockState.Paused, clocks[a.PreReviewClockId!.Value].State);
        Assert.Contains(DocumentKind.CorrectionNotice, await DocumentsAsync(app.Id));
        await AssertJournaledAsync(app.Id, "correction_sent");
    }

    [Fact]
    public async Task Correction_notice_must_list_every_missing_material()
    {
        var app = await CreateAsync(platform, materialGiven: false);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        var code = await clerk.RefusedAsync(
            app.Id, "correction-notice", new { entries = new[] { new { materialName = "营业执照", problem = "复印件不清晰" } } }, HttpStatusCode.BadRequest);

        Assert.Equal("approvals.correction_incomplete", code);
        Assert.Equal(ApplicationState.Submitted, (await LoadAsync(app.Id)).Application.State);
    }

    [Fact]
    public async Task Correction_notice_after_the_5th_working_day_is_refused()
    {
        var app = await CreateAsync(platform, AddWorkingDays(platform, Today, -6));
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        var code = await clerk.RefusedAsync(
            app.Id, "correction-notice", new { entries = new[] { new { materialName = "食品经营许可申请书", problem = "缺少签字" } } }, HttpStatusCode.Conflict);

        Assert.Equal("approvals.correction_too_late", code);
    }

    [Fact]
    public async Task Job_deems_accepted_once_from_the_day_the_materials_arrived()
    {
        var received = AddWorkingDays(platform, Today, -6);
        var app = await CreateAsync(platform, received);
        var supplied = await CreateAsync(platform, received);
        await using (var scope = platform.Scope())
        {
            // Noticed in time and supplied: no deemed acceptance, the clerk decides.
            PlatformFactory.Db(scope).Add(new CorrectionNotice { ApplicationId = supplied.Id, IssuedOn = received, SuppliedOn = Today, Entries = [new() { MaterialName = "申请书", Problem = "缺签字" }] });
            await PlatformFactory.Db(scope).SaveChangesAsync();
        }

        var job = platform.Services.GetRequiredService<DeemedAcceptanceJob>();
        await job.RunOnceAsync();
        await job.RunOnceAsync();

        var (a, clocks) = await LoadAsync(app.Id);
        Assert.Equal(ApplicationState.UnderReview, a.State);
        Assert.True(a.DeemedAccepted);
        Assert.Equal(received, a.AcceptedOn);
        Assert.Equal(received, clocks[a.StatutoryClockId!.Value].StartDate);
        Assert.Equal(AddWorkingDays(platform, received, 20), clocks[a.StatutoryClockId.Value].DueDate);
        Assert.Equal(1, await StepCountAsync(app.Id, "deemed_accepted"));
        Assert.Equal(ApplicationState.Submitted, (await LoadAsync(supplied.Id)).Application.State);
        await AssertJournaledAsync(app.Id, "deemed_accepted");
    }

    [Fact]
    public async Task Clerk_accepting_after_the_window_takes_the_materials_date()
    {
        var received = AddWorkingDays(platform, Today, -7);
        var app = await CreateAsync(platform, received);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);

        await clerk.StepAsync(app.Id, "accept");

        var a = (await LoadAsync(app.Id)).Application;
        Assert.Equal(received, a.AcceptedOn);
        Assert.True(a.DeemedAccepted);
        Assert.Equal("approvals.wrong_state", await clerk.RefusedAsync(app.Id, "reject", new { reason = "材料不全" }, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Applicant_supplies_the_correction_online_and_the_clerk_then_accepts_without_a_second_notice()
    {
        var app = await CreateAsync(platform);
        var clerk = await ApprovalsClient.SignInAsync(platform, Clerk);
        var entries = new[] { new { requiredMaterialId = app.RequiredMaterialId, materialName = "食品经营许可申请书", problem = "缺少签字" } };
        await clerk.StepAsync(app.Id, "correction-notice", new { entries });
        var applicant = await ApprovalsClient.SignInAsync(platform, "shimin", $"/my/applications/{app.Id}/correction");

        var file = await applicant.UploadAsync("申请书.pdf", "%PDF-1.4 补正后的申请书");
        var supplied = await applicant.PostAsync(
            $"/api/v1/approvals/my/applications/{app.Id}/correction", new { files = new[] { new { requiredMaterialId = app.RequiredMaterialId, attachmentId = file } } });

        Assert.Equal(HttpStatusCode.NoContent, supplied.StatusCode);
        Assert.Equal(ApplicationState.Submitted, (await LoadAsync(app.Id)).Application.State);
        Assert.Equal("approvals.correction_once", await clerk.RefusedAsync(app.Id, "correction-notice", new { entries }, HttpStatusCode.Conflict));
        await clerk.StepAsync(app.Id, "accept");
        var a = (await LoadAsync(app.Id)).Application;
        Assert.Equal(Today, a.AcceptedOn);
        Assert.False(a.DeemedAccepted);
        await AssertJournaledAsync(app.Id, "correction_supplied");
    }

    [Fact]
    public async Task Reviewer_of_another_department_cannot_act_on_the_application()
    {
        var app = await CreateAsync(platform);
        var other = await ApprovalsClient.SignInAsync(platform, "scjg.shenhe");

        Assert.Equal("approvals.application_not_found", await other.RefusedAsync(app.Id, "accept", null, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Browser.GetAsync($"/office/approvals/applications/{app.Id}")).StatusCode);
        Assert.Equal(ApplicationState.Submitted, (await LoadAsync(app.Id)).Application.State);
    }

    private async Task<(Application Application, Dictionary<Guid, StatutoryClock> Clocks)> LoadAsync(Guid id)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var a = await db.Set<Application>().AsNoTracking().SingleAsync(x => x.Id == id);
        var clocks = await db.Set<StatutoryClock>().AsNoTracking().Where(c => c.Module == ApprovalsClocks.Module && c.CaseId == id.ToString()).ToListAsync();
        return (a, clocks.ToDictionary(c => c.Id));
    }

    private async Task<List<DocumentKind>> DocumentsAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<ApplicationDocument>().Where(d => d.ApplicationId == id).Select(d => d.Kind).ToListAsync();
    }

    private async Task<List<string>> OpenWorkAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<WorkItem>().Where(w => w.CaseId == id.ToString() && w.CompletedAt == null).Select(w => w.Kind).ToListAsync();
    }

    private async Task<int> StepCountAsync(Guid id, string kind)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<ApplicationStep>().CountAsync(s => s.ApplicationId == id && s.Kind == kind);
    }

    /// <summary>Every action is a step of the application's history with its audit entry.</summary>
    private async Task AssertJournaledAsync(Guid id, params string[] kinds)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var steps = await db.Set<ApplicationStep>().Where(s => s.ApplicationId == id).Select(s => s.Kind).ToListAsync();
        var audited = await db.Set<AuditEntry>().Where(e => e.ObjectId == id.ToString() && e.Action.StartsWith("approvals.application.")).Select(e => e.Action).ToListAsync();
        foreach (var kind in kinds)
        {
            Assert.Contains(kind, steps);
            Assert.Contains($"approvals.application.{kind}", audited);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HandlingOnSqlite(SqlitePlatform platform) : HandlingTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class HandlingOnPostgres(PostgresPlatform platform) : HandlingTests(platform);
