using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Steps;
using EGov.Documents.Outgoing.Demo;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Demo;

/// <summary>Takes a demo document a unit received through 收文办理 as far as the demo says, as the unit's 文书 and leader.</summary>
internal sealed class DemoReceiptStory(DemoCast cast, CancellationToken cancellationToken)
{
    public async Task TellAsync(Guid outgoingId, Guid departmentId, string departmentCode, DemoReceipt receipt)
    {
        if (receipt == DemoReceipt.Delivered)
        {
            return;
        }

        var (clerk, leader) = departmentCode == "xlq-scjg" ? ("scjg.banli", "scjg.juzhang") : ("bgs.keyuan", "bgs.zhuren");
        cast.Act(await cast.PrincipalAsync(clerk));
        var source = outgoingId.ToString();
        var id = await cast.Get<EGovDbContext>().Set<IncomingDocument>()
            .Where(d => d.SourceReference == source && d.DepartmentId == departmentId).Select(d => d.Id).SingleAsync(cancellationToken);
        DemoCast.Must(await Handler<ReceiveHandler>().ReceiveAsync(id, null, null, cast.Current, cancellationToken));
        DemoCast.Must(await Handler<RegisterHandler>().RegisterAsync(id, null, cast.Current, cancellationToken));
        if (receipt == DemoReceipt.Registered)
        {
            return;
        }

        DemoCast.Must(await Handler<CheckHandler>().AcceptAsync(id, HandlingKind.Instruction, null, cast.Current, cancellationToken));
        DemoCast.Must(await Handler<ProposeHandler>().ProposeAsync(id, "拟请领导阅示，由办公室牵头抓好落实。", null, cast.Current, cancellationToken));
        cast.Act(await cast.PrincipalAsync(leader));
        var instruction = new Instruction("请办公室牵头，按文件要求抓好落实，按时报送情况。", departmentId, [], null);
        DemoCast.Must(await Handler<InstructHandler>().InstructAsync(id, instruction, null, cast.Current, cancellationToken));
        if (receipt == DemoReceipt.Instructed)
        {
            return;
        }

        cast.Act(await cast.PrincipalAsync(clerk));
        DemoCast.Must(await Handler<ConcludeHandler>().ConcludeAsync(id, "已组织开展专项排查，建立问题清单和整改台账，情况已按期报送。", null, cast.Current, cancellationToken));
    }

    private T Handler<T>()
        where T : notnull => cast.Get<T>();
}
