namespace EGov.Platform.Audit;

/// <summary>Column sizes; longer values are cut when recorded, so that recording never fails on length.</summary>
internal static class AuditLimits
{
    public const int Short = 200;
    public const int Detail = 4000;

    public static string? Cut(string? value, int max)
    {
        if (value is null || value.Length <= max)
        {
            return value;
        }

        var end = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..end];
    }
}
