using EGov.Approvals.Statistics;

namespace EGov.Approvals.Ratings.Public;

/// <summary>好差评 published per department and item (国办发〔2019〕51号: 评价结果公开) for a period.</summary>
internal sealed record RatingSummary(DateOnly From, DateOnly To, RatingFigures Total, IReadOnlyList<RatedDepartment> ByDepartment, IReadOnlyList<RatedItem> ByItem);

internal sealed record RatedDepartment(Guid DepartmentId, string Name, RatingFigures Figures);

internal sealed record RatedItem(Guid ItemId, string Name, string DepartmentName, RatingFigures Figures);
