namespace EGov.Documents.Packages;

/// <summary>交换日志: one 交换包 exported to or imported from an external agency. A package is imported once.</summary>
internal sealed class ExchangeLog
{
    /// <summary>The package's own id (from its manifest).</summary>
    public Guid PackageId { get; set; }

    public bool IsImport { get; set; }

    public string Agency { get; set; } = "";
    public string DocumentNumber { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The outgoing 公文 exported, or the 收文 an import became.</summary>
    public Guid DocumentId { get; set; }

    /// <summary>SM3 (hex) of the package file.</summary>
    public string PackageSm3 { get; set; } = "";
    public DateTime At { get; set; }
    public string ByName { get; set; } = "";
}
