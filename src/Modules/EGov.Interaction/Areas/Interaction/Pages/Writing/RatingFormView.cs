namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>The rating form: on the tracking page it carries number and query code again; on 我的信件 it needs neither.</summary>
internal sealed record RatingFormView(int Round, string? Number = null, string? QueryCode = null);
