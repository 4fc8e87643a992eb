using System.Text.Json;
using System.Text.Json.Serialization;

namespace EGov.Approvals.Licences.Issuing;

/// <summary>One data row printed on a licence (stored in <c>ELicence.Data</c>); <see cref="Mask"/> says how public pages show it.</summary>
internal sealed record LicenceField(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("mask")] FieldMask Mask = FieldMask.None)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public static string Serialize(IReadOnlyList<LicenceField> fields) => JsonSerializer.Serialize(fields, Json);

    public static IReadOnlyList<LicenceField> Parse(string data)
        => string.IsNullOrWhiteSpace(data) ? [] : JsonSerializer.Deserialize<List<LicenceField>>(data, Json) ?? [];
}

/// <summary>Personal data on a licence: printed in full, masked on public pages.</summary>
internal enum FieldMask
{
    None,
    Name,
    Identity,
    Phone,
    Address,
}
