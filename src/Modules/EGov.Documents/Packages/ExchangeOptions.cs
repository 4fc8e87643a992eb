namespace EGov.Documents.Packages;

/// <summary>Settings <c>Documents:Exchange:*</c>.</summary>
internal sealed class ExchangeOptions
{
    public const string Section = "Documents:Exchange";

    /// <summary>The name this instance signs its packages with and puts in its 交换证书.</summary>
    public string AgencyName { get; set; } = "西陵区人民政府";

    /// <summary>The department (code) whose 收文 receives imported packages: the agency's 办公室, which handles 收文.</summary>
    public string ReceivingDepartment { get; set; } = "xlq-zfb";

    /// <summary>Upper bound of an uploaded 交换包.</summary>
    public long MaxPackageBytes { get; set; } = 64L * 1024 * 1024;
}
