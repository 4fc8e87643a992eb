using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Numbering;

internal static class NumberingRegistration
{
    public static IServiceCollection AddNumbering(this IServiceCollection services)
    {
        services.AddOptions<NumberingOptions>()
            .Configure<IConfiguration>((options, configuration) => options.Bind(configuration))
            .Validate(HasValidFormats, "Numbering:Formats 中有无法识别的编号格式。")
            .ValidateOnStart();
        services.AddSingleton<NumberFormats>();
        services.AddScoped<INumberingService, NumberingService>();
        return services;
    }

    private static bool HasValidFormats(NumberingOptions options)
    {
        foreach (var pattern in options.Formats.Values)
        {
            try
            {
                NumberFormat.Parse(pattern);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return true;
    }
}
