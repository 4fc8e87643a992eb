namespace EGov.Documents.Packages;

/// <summary>
/// 外部单位: a body outside this platform (the city government, another district) that documents are exchanged with
/// by package, known by its registered 交换证书.
/// </summary>
internal sealed class ExternalAgency
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public byte[] SignCertificate { get; set; } = [];
    public byte[] EncryptCertificate { get; set; } = [];

    /// <summary>SM3 of <see cref="SignCertificate"/>: how an imported package finds its sender.</summary>
    public string SignCertificateSm3 { get; set; } = "";
    public DateTime RegisteredAt { get; set; }
    public string RegisteredByName { get; set; } = "";
    public DateTime? RemovedAt { get; set; }
    public long Version { get; set; }

    public CertificateBundle Bundle => new(Name, SignCertificate, EncryptCertificate);
}
