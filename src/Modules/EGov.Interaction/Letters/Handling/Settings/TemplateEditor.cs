using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Settings;

/// <summary>答复模板 of the departments in the manager's scope.</summary>
internal sealed class TemplateEditor(SettingsScope settings)
{
    public async Task<List<ReplyTemplate>> ListAsync(CancellationToken cancellationToken)
    {
        var departments = await settings.DepartmentsAsync(cancellationToken);
        var templates = await settings.Db.Set<ReplyTemplate>().AsNoTracking().OrderBy(t => t.Title).ToListAsync(cancellationToken);
        return [.. templates.Where(t => departments.Contains(t.DepartmentId))];
    }

    public async Task<Result<Guid>> SaveAsync(Guid? id, TemplateInput input, long? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return HandlingErrors.Required("Title", "模板名称");
        }

        if (string.IsNullOrWhiteSpace(input.Body))
        {
            return HandlingErrors.Required("Body", "模板内容");
        }

        if (input.DepartmentId is not { } department || !(await settings.DepartmentsAsync(cancellationToken)).Contains(department))
        {
            return HandlingErrors.SettingNotFound;
        }

        var template = id is { } existing ? await FindAsync(existing, cancellationToken) : new ReplyTemplate();
        if (template is null)
        {
            return HandlingErrors.SettingNotFound;
        }

        if (SettingsScope.Stale(template.Version, version) is { } stale)
        {
            return stale;
        }

        (template.DepartmentId, template.Title, template.Body, template.Kind) = (department, input.Title.Trim(), input.Body.Trim(), input.Kind);
        if (id is null)
        {
            settings.Db.Add(template);
        }
        else
        {
            template.Version++;
        }

        var saved = await settings.SaveAsync("template.saved", nameof(ReplyTemplate), template.Id, new { input.Title, department, input.Kind }, cancellationToken);
        return saved.IsSuccess ? template.Id : saved.Error!;
    }

    public async Task<Result> DeleteAsync(Guid id, long? version, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } template)
        {
            return HandlingErrors.SettingNotFound;
        }

        if (SettingsScope.Stale(template.Version, version) is { } stale)
        {
            return stale;
        }

        settings.Db.Remove(template);
        return await settings.SaveAsync("template.deleted", nameof(ReplyTemplate), template.Id, new { template.Title }, cancellationToken);
    }

    private async Task<ReplyTemplate?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var departments = await settings.DepartmentsAsync(cancellationToken);
        var template = await settings.Db.Set<ReplyTemplate>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return template is not null && departments.Contains(template.DepartmentId) ? template : null;
    }
}

internal sealed record TemplateInput(Guid? DepartmentId, string? Title, string? Body, LetterKind? Kind);
