using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Attachments;

/// <summary>
/// A module's answer to "may this user read this file of one of my cases?". Files of a module without a policy
/// are readable by nobody but through <see cref="AttachmentInfo.IsPublic"/>.
/// </summary>
public interface IAttachmentAccessPolicy
{
    /// <summary>The module code whose attachments this policy decides on.</summary>
    string Module { get; }

    Task<bool> CanReadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken);
}

public static class AttachmentAccessPolicyRegistration
{
    /// <summary>Registers a module's policy (scoped, so it may use the DbContext).</summary>
    public static IServiceCollection AddAttachmentAccessPolicy<TPolicy>(this IServiceCollection services)
        where TPolicy : class, IAttachmentAccessPolicy
        => services.AddScoped<IAttachmentAccessPolicy, TPolicy>();
}
