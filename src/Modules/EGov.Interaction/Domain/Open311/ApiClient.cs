namespace EGov.Interaction.Domain.Open311;

/// <summary>
/// A client program registered to post service requests through Open311 GeoReport v2. Its API key is shown once at
/// issue and stored only as SM3; staff can revoke it.
/// </summary>
internal sealed class ApiClient
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string Contact { get; set; } = "";

    /// <summary>SM3 (hex) of the key.</summary>
    public string KeyHash { get; set; } = "";

    /// <summary>The first characters of the key, to tell keys apart on screen.</summary>
    public string KeyPrefix { get; set; } = "";

    public DateTime IssuedAt { get; set; }
    public string IssuedBy { get; set; } = "";
    public DateTime? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public uint Version { get; set; }
}
