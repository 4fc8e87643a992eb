using System.Globalization;
using EGov.Interaction.Open311.Format;
using EGov.Interaction.Open311.Services;

namespace EGov.Interaction.Open311.Requests;

/// <summary>The form fields of POST requests (<c>application/x-www-form-urlencoded</c>), as sent.</summary>
internal sealed record PostRequestInput(
    string? ServiceCode,
    string? Lat,
    string? Long,
    string? AddressString,
    string? AddressId,
    string? Email,
    string? DeviceId,
    string? AccountId,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Description,
    string? MediaUrl);

/// <summary>A request whose GeoReport v2 parameters are in order (our own letter rules follow in the registrar).</summary>
internal sealed record CheckedRequest(Open311Service Service, double? Latitude, double? Longitude, string? Location, string Description);

/// <summary>
/// The specification's checks: service_code (400 missing, 404 unknown), a full location (lat and long, or
/// address_string, or address_id), description at most 4,000 characters. Attributes are ignored: no service defines any.
/// </summary>
internal static class PostRequestRules
{
    public static (CheckedRequest? Request, IReadOnlyList<Open311Error> Errors) Check(PostRequestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Open311Error>();
        var service = Open311Services.Find(input.ServiceCode);
        if (string.IsNullOrWhiteSpace(input.ServiceCode))
        {
            errors.Add(Open311Error.BadRequest("缺少 service_code。"));
        }
        else if (service is null)
        {
            errors.Add(Open311Error.NotFound($"未找到 service_code“{input.ServiceCode.Trim()}”。"));
        }

        var lat = Coordinate(input.Lat, "lat", 90, errors);
        var lng = Coordinate(input.Long, "long", 180, errors);
        var hasLat = !string.IsNullOrWhiteSpace(input.Lat);
        var hasLong = !string.IsNullOrWhiteSpace(input.Long);
        if (hasLat != hasLong)
        {
            errors.Add(Open311Error.BadRequest("lat 和 long 须同时提供。"));
        }

        var address = Clean(input.AddressString);
        var addressId = Clean(input.AddressId);
        if (!(hasLat && hasLong) && address is null && addressId is null)
        {
            errors.Add(Open311Error.BadRequest("缺少地点：请提供 lat 和 long，或 address_string，或 address_id。"));
        }

        var description = (input.Description ?? "").Trim();
        if (description.Length > RequestRecord.DescriptionMax)
        {
            errors.Add(Open311Error.BadRequest($"description 不能超过 {RequestRecord.DescriptionMax} 个字符。"));
        }

        if (errors.Count > 0)
        {
            // A 404 for an unknown service code is the status; the other faults follow in the body.
            return (null, errors.OrderByDescending(e => e.Code == 404).ToList());
        }

        // We keep no master address repository: an address_id is kept as text with the location.
        var location = (address, addressId) switch
        {
            ({ } a, { } id) => $"{a}（地址编号 {id}）",
            ({ } a, null) => a,
            (null, { } id) => $"地址编号 {id}",
            _ => null,
        };
        return (new CheckedRequest(service!, lat, lng, location, description), []);
    }

    /// <summary>GeoReport v2 has no subject: the description's first line, shortened to about 30 characters.</summary>
    public static string Subject(CheckedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var line = request.Description.Split('\n', 2)[0].Trim();
        if (line.Length == 0)
        {
            return $"{request.Service.Name}（Open311）";
        }

        return line.Length <= 30 ? line : line[..30] + "…";
    }

    private static double? Coordinate(string? text, string name, double limit, List<Open311Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || Math.Abs(value) > limit)
        {
            errors.Add(Open311Error.BadRequest($"{name} 应为 -{limit} 至 {limit} 之间的 WGS84 坐标。"));
            return null;
        }

        return value;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
