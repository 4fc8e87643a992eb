using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Ratings.Rate;

namespace EGov.Approvals.Areas.Approvals.Pages.Rate;

/// <summary>The model of <c>_RatingFields</c>: the channel's dimensions and what was filled in.</summary>
internal sealed record RatingFieldsView(RatingChannel Channel, RatingInput Input, bool OfferAnonymous);
