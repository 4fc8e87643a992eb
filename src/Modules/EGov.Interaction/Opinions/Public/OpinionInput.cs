using EGov.Platform.Verification;

namespace EGov.Interaction.Opinions.Public;

/// <summary>An opinion from the public: the text; an anonymous writer may add a name and must bring the proof.</summary>
internal sealed class OpinionInput
{
    public string? Content { get; set; }
    public string? Name { get; set; }
    public AnonymousProof? Proof { get; set; }
}

/// <summary>The opinion was recorded; <paramref name="Held"/> when it waits for staff review.</summary>
internal sealed record OpinionReceipt(Guid Id, bool Held)
{
    public string Message => Held
        ? "您的意见已收到。意见中有需要审核的内容，工作人员审核后一并研究。"
        : "您的意见已收到，感谢您的参与。征集结束后，我们将公布意见采纳情况。";
}
