namespace EGov.Bench;

/// <summary><c>--name value</c> pairs after the benchmark's name.</summary>
internal static class BenchArguments
{
    public static Dictionary<string, string> Parse(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                result[name] = "true";
            }
            else if (name is not null)
            {
                result[name] = arg;
                name = null;
            }
        }

        return result;
    }
}
