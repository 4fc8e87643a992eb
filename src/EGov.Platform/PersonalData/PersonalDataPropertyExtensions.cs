using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Platform.PersonalData;

public static class PersonalDataPropertyExtensions
{
    public const string PurposeAnnotation = "EGov:PersonalDataPurpose";

    /// <summary>
    /// Stores this string property encrypted (SM4-GCM envelope, see <see cref="IPersonalDataProtector"/>). The column holds
    /// about 4/3 × (plaintext bytes + 28) + 3 characters, so do not limit it to the plaintext's length. Equality queries on it
    /// cannot match (every encryption differs): keep a <see cref="IPersonalDataProtector.BlindIndex"/> column for lookups.
    /// </summary>
    /// <param name="purpose">Associated data bound to every value; defaults to <c>EntityType.Property</c>. Changing it later makes stored values unreadable.</param>
    public static PropertyBuilder<T> IsPersonalData<T>(this PropertyBuilder<T> property, string? purpose = null)
    {
        if (typeof(T) != typeof(string))
        {
            throw new ArgumentException("只有字符串属性可以标记为个人信息。", nameof(property));
        }

        var metadata = property.Metadata;
        property.HasAnnotation(PurposeAnnotation, purpose ?? $"{metadata.DeclaringType.ClrType.Name}.{metadata.Name}");

        // Replaced by the real converter when the context is configured for personal data (see PersonalDataConvention);
        // without that configuration, reading or writing fails instead of storing plaintext.
        property.HasConversion(new UnconfiguredPersonalDataConverter());
        return property;
    }
}
