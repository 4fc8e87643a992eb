using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Documents.Packages;

/// <summary>This instance as a sender: the agency name and its 签名 key and certificate.</summary>
internal sealed record PackageSender(string Agency, ECPrivateKeyParameters SignKey, byte[] SignCertificate);

/// <summary>This instance as a receiver: its 加密 key and the fingerprint of the certificate senders encrypt for.</summary>
internal sealed record PackageReceiver(ECPrivateKeyParameters EncryptKey, string EncryptCertificateSm3);
