using EGov.Documents.Domain.Incoming;

namespace EGov.Documents.Incoming.Reading;

/// <summary>One 收文 with its history, circulation, assisting units and the steps the reader may take now.</summary>
internal sealed record IncomingDetail(
    IncomingDocument Document,
    string DepartmentName,
    string? LeadDepartmentName,
    IReadOnlyList<IncomingStep> Steps,
    IReadOnlyList<Circulation> Circulations,
    IReadOnlyList<AssistingView> Assisting,
    IncomingActions Actions)
{
    public Circulation? Mine { get; init; }
}

internal sealed record AssistingView(Guid DepartmentId, string Name, string? Opinion, DateTime? OpinionAt, string? OpinionByName);

/// <summary>What the reader may do now (the forms the page shows, the <c>actions</c> of the API).</summary>
internal sealed record IncomingActions(
    bool Receive, bool Register, bool Check, bool Propose, bool Instruct, bool Opinion, bool Remind, bool Conclude, bool Archive, bool Circulate, bool Read)
{
    public IEnumerable<string> Codes()
    {
        var all = new (bool On, string Code)[]
        {
            (Receive, "receive"), (Register, "register"), (Check, "check"), (Propose, "propose"), (Instruct, "instruct"), (Opinion, "opinion"),
            (Remind, "remind"), (Conclude, "conclude"), (Archive, "archive"), (Circulate, "circulate"), (Read, "read"),
        };
        return all.Where(a => a.On).Select(a => a.Code);
    }

    public bool Any => Codes().Any();
}
