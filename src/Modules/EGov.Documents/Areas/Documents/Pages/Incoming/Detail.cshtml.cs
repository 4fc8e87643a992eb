using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming;
using EGov.Documents.Incoming.Reading;
using EGov.Documents.Incoming.Steps;
using EGov.Platform.Data;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Incoming;

/// <summary>One 收文: the PDF, the data, the steps this person may take now (the API's handlers), the history and the circulation.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed partial class DetailModel(IncomingQueries query, IOrganizationDirectory organization, EGovDbContext db, TimeProvider time) : PageModel
{
    public IncomingDetail? Detail { get; private set; }

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public string? FailedPanel { get; private set; }

    public DateOnly Tomorrow => ChinaTime.Today(time).AddDays(1);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostReceiveAsync(Guid id, long version, string? note, [FromServices] ReceiveHandler h, CancellationToken ct)
        => RunAsync(id, "receive", () => h.ReceiveAsync(id, note, version, User, ct), "已签收。", ct);

    public Task<IActionResult> OnPostRegisterAsync(Guid id, long version, [FromServices] RegisterHandler h, CancellationToken ct)
        => RunAsync(id, "register", async () => Plain(await h.RegisterAsync(id, version, User, ct)), "已登记。", ct);

    public Task<IActionResult> OnPostCheckAsync(Guid id, long version, string? outcome, string? reason, [FromServices] CheckHandler h, CancellationToken ct)
        => RunAsync(id, "check", () => IncomingParse.Outcome(outcome) switch
        {
            (false, _) => Task.FromResult<Result>(IncomingErrors.BadOutcome),
            (true, null) => h.ReturnAsync(id, reason, version, User, ct),
            (true, { } kind) => h.AcceptAsync(id, kind, version, User, ct),
        }, "初审已完成。", ct);

    public Task<IActionResult> OnPostProposeAsync(Guid id, long version, string? proposal, [FromServices] ProposeHandler h, CancellationToken ct)
        => RunAsync(id, "propose", () => h.ProposeAsync(id, proposal, version, User, ct), "拟办意见已提交，等待领导批办。", ct);

    public Task<IActionResult> OnPostInstructAsync(
        Guid id, long version, string? instruction, Guid? leadDepartment, Guid[]? assistingDepartments, DateOnly? deadline, [FromServices] InstructHandler h, CancellationToken ct)
        => RunAsync(id, "instruct", () => h.InstructAsync(id, new Instruction(instruction, leadDepartment, assistingDepartments ?? [], deadline), version, User, ct), "已批办。", ct);

    public Task<IActionResult> OnPostOpinionAsync(Guid id, long version, string? opinion, [FromServices] OpinionHandler h, CancellationToken ct)
        => RunAsync(id, "opinion", () => h.AddAsync(id, opinion, version, User, ct), "协办意见已提交。", ct);

    public Task<IActionResult> OnPostRemindAsync(Guid id, long version, string? text, [FromServices] RemindHandler h, CancellationToken ct)
        => RunAsync(id, "remind", () => h.RemindAsync(id, text, version, User, ct), "已催办，主办部门已收到消息。", ct);

    public Task<IActionResult> OnPostConcludeAsync(Guid id, long version, string? conclusion, [FromServices] ConcludeHandler h, CancellationToken ct)
        => RunAsync(id, "conclude", () => h.ConcludeAsync(id, conclusion, version, User, ct), "已办结。", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, long version, string? retention, [FromServices] ArchiveHandler h, CancellationToken ct)
        => RunAsync(id, "archive", () => IncomingParse.Retention(retention) is { } r ? h.ArchiveAsync(id, r, version, User, ct) : Task.FromResult<Result>(IncomingErrors.BadRetention), "已归档。", ct);

    public Task<IActionResult> OnPostCirculateAsync(Guid id, long version, string[]? readers, string? others, [FromServices] CirculateHandler h, CancellationToken ct)
    {
        var names = (readers ?? []).Concat((others ?? "").Split([',', '，', '、', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        return RunAsync(id, "circulate", async () => Plain(await h.CirculateAsync(id, names, version, User, ct)), "已传阅。", ct);
    }

    public Task<IActionResult> OnPostReadAsync(Guid id, string? remark, [FromServices] ReadHandler h, CancellationToken ct)
        => RunAsync(id, "read", () => h.ReadAsync(id, remark, User, ct), "已阅。", ct);

    private static Result Plain<T>(Result<T> result) => result.IsSuccess ? Result.Success() : result.Error!;

    private async Task<IActionResult> RunAsync(Guid id, string panel, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect(IncomingInbox.Url(id));
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        FailedPanel = panel;
        ModelState.AddModelError("", result.Error.Message);
        Response.StatusCode = result.Error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Detail = await query.DetailAsync(id, User, ct);
        if (Detail is null)
        {
            return false;
        }

        var actions = Detail.Actions;
        if (actions.Instruct)
        {
            Departments = [.. (await organization.TreeAsync(ct)).Where(d => d.IsActive)];
        }

        if (actions.Circulate)
        {
            var d = Detail.Document;
            var units = new List<Guid> { d.DepartmentId };
            units.AddRange(d.LeadDepartmentId is { } lead ? [lead] : []);
            units.AddRange(Detail.Assisting.Select(a => a.DepartmentId));
            var circulated = Detail.Circulations.Select(c => c.ReaderId).ToHashSet();
            Staff = [.. (await db.StaffAsync(units, ct)).Where(s => !circulated.Contains(s.Id)).DistinctBy(s => s.Id)];
        }

        return true;
    }

    public bool Open(string panel) => FailedPanel == panel;

    public static string StateClass(IncomingState state) => state switch
    {
        IncomingState.Returned => "text-bg-danger",
        IncomingState.Concluded or IncomingState.Archived => "text-bg-success",
        _ => "text-bg-primary",
    };
}
