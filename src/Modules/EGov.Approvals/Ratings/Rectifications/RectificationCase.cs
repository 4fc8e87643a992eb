using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>A rectification with its rating, application and current clock, tracked for a change.</summary>
internal sealed record RectificationCase(Rectification Rectification, Rating Rating, Application Application, StatutoryClock? Clock);
