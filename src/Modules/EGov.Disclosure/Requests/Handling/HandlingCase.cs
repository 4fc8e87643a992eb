using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;

namespace EGov.Disclosure.Requests.Handling;

/// <summary>A request loaded for a handling step, with its reply clock (null before the receipt is confirmed).</summary>
internal sealed record HandlingCase(DisclosureRequest Request, StatutoryClock? Clock)
{
    public Guid Id => Request.Id;

    public RequestState State => Request.State;
}
