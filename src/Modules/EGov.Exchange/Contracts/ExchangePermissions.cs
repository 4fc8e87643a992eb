namespace EGov.Exchange.Contracts;

/// <summary>Permission names of the 信息共享交换 module (<c>exchange.action</c>).</summary>
public static class ExchangePermissions
{
    public const string Prefix = "exchange.";
}
