namespace EGov.Bench.Oversight;

/// <summary>The board's summary as both ways compute it: open clocks by level.</summary>
internal sealed record BoardCounts(long Normal, long Warning, long Yellow, long Red)
{
    public long Total => Normal + Warning + Yellow + Red;

    public override string ToString() => $"共 {Total}：正常 {Normal}，预警 {Warning}，黄 {Yellow}，红 {Red}";
}
