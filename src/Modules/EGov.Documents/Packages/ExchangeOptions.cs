namespace EGov.Documents.Packages;

/// <summary>Settings <c>Documents:Exchange:*</c>.</summary>
internal sealed class ExchangeOptions
{
    public const string Section = "Documents:Exchange";

    /// <summary>The name this instance signs its packages with and puts in its 交换证书.</summary>
    public string AgencyName { get; set; } = "西陵区人民政府";
}
