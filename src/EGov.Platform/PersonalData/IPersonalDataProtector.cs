namespace EGov.Platform.PersonalData;

/// <summary>
/// Encrypts personal data at rest (GB/T 39786-2021 §8.4 e; 等保 8.1.4.8 b) with SM4-GCM under a key derived from the master key.
/// Mark entity properties with <see cref="PersonalDataPropertyExtensions.IsPersonalData{T}"/> rather than calling this directly.
/// </summary>
public interface IPersonalDataProtector
{
    /// <returns>An envelope <c>v1:</c> + base64(nonce ‖ ciphertext ‖ tag).</returns>
    /// <param name="purpose">Bound to the ciphertext as associated data, e.g. <c>UserAccount.ResidentId</c>; the same purpose is needed to read it.</param>
    string Protect(string plaintext, string purpose);

    /// <exception cref="System.Security.Cryptography.CryptographicException">Altered, another purpose, another key, or not an envelope.</exception>
    string Unprotect(string envelope, string purpose);

    /// <summary>
    /// A deterministic HMAC-SM3 of the normalized value (NFKC, no white space, upper case), lower-case hex, for exact lookups
    /// (find an account by resident ID) without decrypting every row. Store it in its own indexed column.
    /// </summary>
    string BlindIndex(string value);
}
