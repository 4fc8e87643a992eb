namespace EGov.Platform.Calendar;

/// <summary>The holiday years shipped with the platform (embedded <c>EGov.Platform.Holidays.YYYY.json</c>).</summary>
internal static class EmbeddedHolidays
{
    private const string Prefix = "EGov.Platform.Holidays.";

    private static readonly Lazy<IReadOnlyList<HolidayYear>> Years = new(Load);

    public static IReadOnlyList<HolidayYear> All => Years.Value;

    private static List<HolidayYear> Load()
    {
        var assembly = typeof(EmbeddedHolidays).Assembly;
        var years = new List<HolidayYear>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var parsed = HolidayYearReader.Read(reader.ReadToEnd());
            // A shipped file that fails validation is a bug in the release, not a business failure.
            years.Add(parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException($"{name}: {parsed.Error!.Message}"));
        }

        return years;
    }
}
