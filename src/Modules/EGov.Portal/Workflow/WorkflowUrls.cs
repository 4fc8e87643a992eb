namespace EGov.Portal.Workflow;

/// <summary>Addresses of the workflow's staff pages.</summary>
internal static class WorkflowUrls
{
    public const string Reviews = "/office/portal/reviews";
    public const string Confidentiality = "/office/portal/confidentiality";
    public const string Pushes = "/office/portal/reviews/pushes";

    public static string Article(Guid id) => $"/office/portal/articles/{id}";

    public static string Review(Guid id) => $"{Article(id)}/review";

    public static string ConfidentialityReview(Guid id) => $"{Article(id)}/confidentiality-review";

    public static string Submit(Guid id) => $"{Article(id)}/submit";

    public static string Withdraw(Guid id) => $"{Article(id)}/withdraw";

    public static string PushArticle(Guid id) => $"{Article(id)}/push";

    public static string Push(Guid referenceId) => $"{Pushes}/{referenceId}";
}
