using EGov.Documents.Incoming.Demo;
using EGov.Documents.Outgoing.Handling;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Demo;

/// <summary>Takes one demo document through 发文办理 as far as it goes, each step as the demo account that holds it.</summary>
internal sealed class DemoDocumentStory(DemoCast cast, IReadOnlyDictionary<string, Guid> departments, CancellationToken cancellationToken)
{
    private readonly DemoCast _cast = cast;

    public async Task TellAsync(DemoDocument demo, Guid templateId)
    {
        var (drafter, reviewer, signer, clerk) = Roles(demo.Code);
        _cast.Act(await _cast.PrincipalAsync(drafter));
        var id = DemoCast.Must(await Handler<DraftHandler>().CreateAsync(Input(demo, templateId), _cast.Current, cancellationToken));
        if (demo.End == DemoEnd.Draft)
        {
            return;
        }

        DemoCast.Must(await Handler<SubmitHandler>().SubmitAsync(id, null, _cast.Current, cancellationToken));
        _cast.Act(await _cast.PrincipalAsync(reviewer));
        if (demo.End is DemoEnd.Reviewing or DemoEnd.Returned)
        {
            if (demo.End == DemoEnd.Returned)
            {
                DemoCast.Must(await Handler<ReturnHandler>().ReturnAsync(id, "请写明各单位报送材料的格式要求和联系人、联系电话后再提交。", null, _cast.Current, cancellationToken));
            }

            return;
        }

        DemoCast.Must(await Handler<ReviewHandler>().ApproveAsync(id, "同意，请相关部门会签。", [.. demo.Countersign.Select(c => departments[c])], null, _cast.Current, cancellationToken));
        var answering = demo.End == DemoEnd.Countersigning ? demo.Countersign.Take(demo.Countersign.Count - 1) : demo.Countersign;
        foreach (var department in answering)
        {
            _cast.Act(await _cast.PrincipalAsync(Countersigner(department)));
            DemoCast.Must(await Handler<CountersignHandler>().AnswerAsync(id, true, "同意，无修改意见。", null, _cast.Current, cancellationToken));
        }

        if (demo.End <= DemoEnd.SigningOff)
        {
            return;
        }

        _cast.Act(await _cast.PrincipalAsync(signer));
        DemoCast.Must(await Handler<SignOffHandler>().SignOffAsync(id, "同意印发。", null, _cast.Current, cancellationToken));
        await IssueAsync(demo, id, clerk);
    }

    private async Task IssueAsync(DemoDocument demo, Guid id, string clerk)
    {
        _cast.Act(await _cast.PrincipalAsync(clerk));
        var steps = new (DemoEnd After, Func<Task<Result>> Step)[]
        {
            (DemoEnd.SignedOff, () => Handler<NumberHandler>().NumberAsync(id, null, _cast.Current, cancellationToken)),
            (DemoEnd.Numbered, () => Handler<SealHandler>().SealAsync(id, null, _cast.Current, cancellationToken)),
            (DemoEnd.Sealed, async () => await Handler<DistributeHandler>().DistributeAsync(id, null, _cast.Current, cancellationToken) is { IsSuccess: false } r ? r.Error! : Result.Success()),
        };
        foreach (var (after, step) in steps.Where(s => s.After < demo.End))
        {
            DemoCast.Must(await step());
        }

        if (demo.End < DemoEnd.Distributed)
        {
            return;
        }

        if (demo.Publish)
        {
            DemoCast.Must(await Handler<PublishHandler>().PublishAsync(id, null, _cast.Current, cancellationToken));
        }

        var receipts = new DemoReceiptStory(_cast, cancellationToken);
        foreach (var (department, receipt) in demo.Main)
        {
            await receipts.TellAsync(id, departments[department], department, receipt);
        }

        if (demo.End == DemoEnd.Archived)
        {
            _cast.Act(await _cast.PrincipalAsync(clerk));
            DemoCast.Must(await Handler<ArchiveHandler>().ArchiveAsync(id, "10年", null, _cast.Current, cancellationToken));
        }
    }

    private DraftInput Input(DemoDocument demo, Guid templateId)
    {
        var main = demo.Main.Select(m => departments[m.Department]).ToList();
        var body = string.Join('\n', demo.Body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return new DraftInput(templateId, demo.Type, demo.Direction, null, null, null, demo.Urgency, demo.Title, demo.MainRecipients, main,
            demo.CopyRecipients, [], body, null, null, [], demo.Publicity);
    }

    private T Handler<T>()
        where T : notnull => _cast.Get<T>();

    /// <summary>Who drafts, reviews, signs off and (as 文书) issues the documents of each agency code, per the README's demo table.</summary>
    private static (string Drafter, string Reviewer, string Signer, string Clerk) Roles(string code) => code switch
    {
        "西政发" => ("bgs.keyuan", "bgs.zhuren", "quzhang", "bgs.keyuan"),
        "西市监发" => ("scjg.banli", "scjg.juzhang", "scjg.juzhang", "scjg.banli"),
        _ => ("bgs.keyuan", "bgs.zhuren", "bgs.zhuren", "bgs.keyuan"),
    };

    private static string Countersigner(string department) => department == "xlq-xzsp" ? "xzsp.juzhang" : "scjg.juzhang";
}
