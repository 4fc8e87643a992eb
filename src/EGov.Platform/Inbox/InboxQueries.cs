using System.Security.Claims;
using EGov.Platform.Identity;

namespace EGov.Platform.Inbox;

/// <summary>The inbox of the signed-in user: their own items and those of the roles of their active position.</summary>
public static class InboxQueries
{
    public static Task<InboxPage> ForPrincipalAsync(this IWorkItems workItems, ClaimsPrincipal user, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItems);
        ArgumentNullException.ThrowIfNull(user);
        if (user.AccountId() is not { } userId)
        {
            return Task.FromResult(new InboxPage([], 1, WorkItems.PageSize, 0, new WarningCounts(0, 0, 0)));
        }

        Guid[] departments = user.DepartmentId() is { } department ? [department] : [];
        var permissions = user.FindAll(PlatformClaims.Permission).Select(c => c.Value).ToArray();
        return workItems.ForUserAsync(userId, departments, permissions, page, cancellationToken);
    }
}
