using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Settings;

/// <summary>信箱: name, description, open or closed, order — for the mailboxes of departments in the manager's scope.</summary>
internal sealed class MailboxEditor(SettingsScope settings)
{
    public async Task<List<Mailbox>> ListAsync(CancellationToken cancellationToken)
    {
        var departments = await settings.DepartmentsAsync(cancellationToken);
        var mailboxes = await settings.Db.Set<Mailbox>().AsNoTracking().OrderBy(m => m.Order).ThenBy(m => m.Name).ToListAsync(cancellationToken);
        return [.. mailboxes.Where(m => departments.Contains(m.DepartmentId))];
    }

    public async Task<Result> SaveAsync(Guid id, MailboxInput input, long? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return HandlingErrors.Required("Name", "信箱名称");
        }

        var departments = await settings.DepartmentsAsync(cancellationToken);
        var mailbox = await settings.Db.Set<Mailbox>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mailbox is null || !departments.Contains(mailbox.DepartmentId))
        {
            return HandlingErrors.SettingNotFound;
        }

        if (SettingsScope.Stale(mailbox.Version, version) is { } stale)
        {
            return stale;
        }

        (mailbox.Name, mailbox.Description, mailbox.IsActive, mailbox.Order) = (input.Name.Trim(), input.Description?.Trim() ?? "", input.IsActive, input.Order);
        mailbox.Version++;
        return await settings.SaveAsync("mailbox.saved", nameof(Mailbox), mailbox.Id, input, cancellationToken);
    }
}

internal sealed record MailboxInput(string? Name, string? Description, bool IsActive, int Order);
