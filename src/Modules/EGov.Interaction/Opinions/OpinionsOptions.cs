namespace EGov.Interaction.Opinions;

/// <summary>Configuration section <c>Interaction:Opinions</c>.</summary>
internal sealed class OpinionsOptions
{
    public const string Section = "Interaction:Opinions";

    /// <summary>
    /// A shorter period is allowed but the editor is warned: 《规章制定程序条例》规定向社会公布征求意见的期限一般不少于30日
    /// ("in general": other drafts may run shorter, so it is not enforced).
    /// </summary>
    public int RecommendedDays { get; set; } = 30;
}
