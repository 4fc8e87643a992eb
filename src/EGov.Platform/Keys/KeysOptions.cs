namespace EGov.Platform.Keys;

/// <summary>Configuration section <c>Keys</c>.</summary>
public sealed class KeysOptions
{
    public const string Section = "Keys";

    /// <summary>Environment variable holding the master key (base64 of 32 bytes); it wins over the file.</summary>
    public const string MasterKeyVariable = "EGOV_MASTER_KEY";

    /// <summary>
    /// Master key file, relative to the content root; empty means <c>keys/master.key</c> under <c>Storage:DataRoot</c>.
    /// Created (mode 0600) when absent. Keep it out of the database and its backups, and back it up separately.
    /// </summary>
    public string MasterKeyFile { get; set; } = "";

    /// <summary>Validity of the certificates the internal CA issues to signing keys.</summary>
    public int CertificateValidityYears { get; set; } = 3;

    /// <summary>Validity of the internal CA's self-signed root certificate.</summary>
    public int RootValidityYears { get; set; } = 30;
}
