namespace EGov.Bench.Oversight;

/// <summary>
/// Which share of the generated clocks falls in each state and level: a pure function of the clock's number, written
/// once here and once in SQL (<see cref="ClockGenerator"/>) with the same integer arithmetic, so that the expected
/// counts are known without reading the database. Shares per 10,000 clocks: 60 % stopped; of the 40 % open, 85 %
/// normal (a tenth of them paused), 8 % warning, 5 % overdue on a type that raises a yellow card and 2 % on a type
/// that raises a red one.
/// </summary>
internal static class ClockMix
{
    public const int Stopped = 6000;
    public const int Normal = 9400;
    public const int Warning = 9720;
    public const int OverdueYellow = 9920;

    public const int Departments = 45;
    public const int ItemsPerDepartment = 7;

    /// <summary>Odd multipliers of the hashes (Knuth's multiplicative hashing; the high 16 of 32 bits are kept).</summary>
    public static readonly long[] Multipliers = [2654435761, 2246822519, 3266489917, 668265263, 374761393];

    public static int Hash(long n, int which) => (int)(n * Multipliers[which] % 4294967296 / 65536);

    /// <summary>0–9999: the clock's place in the shares above.</summary>
    public static int Category(long n) => Hash(n, 0) * 10000 / 65536;

    public static MixCounts Count(long clocks)
    {
        long stopped = 0, normal = 0, paused = 0, warning = 0, yellow = 0, red = 0;
        for (long n = 1; n <= clocks; n++)
        {
            var c = Category(n);
            if (c < Stopped)
            {
                stopped++;
            }
            else if (c < Normal)
            {
                normal++;
                paused += Hash(n, 4) % 10 == 0 ? 1 : 0;
            }
            else if (c < Warning)
            {
                warning++;
            }
            else if (c < OverdueYellow)
            {
                yellow++;
            }
            else
            {
                red++;
            }
        }

        return new MixCounts(stopped, normal, paused, warning, yellow, red);
    }
}

/// <param name="Paused">Among <paramref name="Normal"/>.</param>
internal sealed record MixCounts(long Stopped, long Normal, long Paused, long Warning, long Yellow, long Red)
{
    public long Open => Normal + Warning + Yellow + Red;

    /// <summary>Every overdue clock has a rule, so the scan raises one card for each.</summary>
    public long Cards => Yellow + Red;
}
