using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Authoring.Editing;

/// <summary>Checks the fields of an article form; the messages appear next to the fields.</summary>
internal static class ArticleValidation
{
    public static FormErrors Check(ArticleFields f, ArticleType type, DateTime now, DateTime? publishedAt, DateTime? scheduledBefore = null)
    {
        var errors = new FormErrors();
        var title = f.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors.Add(nameof(f.Title), "请填写标题。");
        }
        else if (title.Length > 200)
        {
            errors.Add(nameof(f.Title), "标题不能超过 200 个字。");
        }

        Max(errors, nameof(f.Subtitle), f.Subtitle, 200, "副标题");
        Max(errors, nameof(f.Source), f.Source, 100, "来源");
        Max(errors, nameof(f.Author), f.Author, 100, "作者");
        Max(errors, nameof(f.Keywords), f.Keywords, 200, "关键词");
        Max(errors, nameof(f.Summary), f.Summary, 500, "摘要");
        Max(errors, nameof(f.DocumentNumber), f.DocumentNumber, 100, "文号");
        Max(errors, nameof(f.ValidityNote), f.ValidityNote, 500, "效力说明");
        if (type == ArticleType.PolicyDocument && f.Validity is { } validity && !Enum.IsDefined(validity))
        {
            errors.Add(nameof(f.Validity), "请选择文件效力。");
        }

        if (type == ArticleType.PolicyDocument && f.Validity is not null and not PolicyValidity.Valid && string.IsNullOrWhiteSpace(f.ValidityNote))
        {
            errors.Add(nameof(f.ValidityNote), "文件已失效、废止或修改时，请写明效力说明（如“已被某某文件废止”）。");
        }

        if (f.ScheduledPublishAt is { } publishAt && publishAt <= now && publishAt != scheduledBefore)
        {
            errors.Add(nameof(f.ScheduledPublishAt), "定时发布时间应晚于现在。");
        }

        var start = f.ScheduledPublishAt ?? publishedAt ?? now;
        if (f.ScheduledTakeDownAt is { } takeDown && takeDown <= start)
        {
            errors.Add(nameof(f.ScheduledTakeDownAt), "定时下线时间应晚于发布时间。");
        }

        return errors;
    }

    private static void Max(FormErrors errors, string field, string? value, int max, string label)
    {
        if ((value?.Trim().Length ?? 0) > max)
        {
            errors.Add(field, $"{label}不能超过 {max} 个字。");
        }
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
