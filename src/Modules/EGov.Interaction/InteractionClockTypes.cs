using EGov.Interaction.Contracts;
using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction;

/// <summary>The module's clocks as oversight (电子监察) shows and judges them. The reply limits are local (settings), so passing them is a yellow card.</summary>
internal static class InteractionClockTypes
{
    private const string Name = "互动交流";
    private const string Letter = "/office/interaction/letters/{caseId}";

    public static IServiceCollection AddInteractionClockTypes(this IServiceCollection services)
        => services
            .AddClockType(new ClockType(InteractionClocks.Module, InteractionClocks.SignFor, Name, "信件签收时限", LimitKind.Step, Letter))
            .AddClockType(new ClockType(InteractionClocks.Module, InteractionClocks.Reply, Name, "信件答复时限", LimitKind.Promised, Letter)
            {
                OverdueAnomaly = OversightAnomalies.LetterUnanswered,
                CountsCase = true,
            });
}
