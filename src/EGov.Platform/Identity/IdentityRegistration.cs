using EGov.Platform.Hosting;
using EGov.Platform.Identity.Accounts;
using EGov.Platform.Identity.Administrators;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Identity.Claims;
using EGov.Platform.Identity.Demo;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Identity.Policies;
using EGov.Platform.Identity.Registration;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Identity.Sessions;
using EGov.Platform.Identity.SignIn;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EGov.Platform.Identity;

internal static class IdentityRegistration
{
    public static IServiceCollection AddIdentityStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdentitySettings>(configuration.GetSection(IdentitySettings.Section));
        services.AddIdentityCore<UserAccount>(o =>
            {
                // PasswordPolicyValidator applies the saved policy; Identity's own rules are switched off.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredLength = 1;
                o.Password.RequiredUniqueChars = 1;
                o.User.RequireUniqueEmail = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<Data.EGovDbContext>()
            .AddDefaultTokenProviders();
        services.RemoveAll<IPasswordValidator<UserAccount>>();
        services.AddScoped<IPasswordValidator<UserAccount>, PasswordPolicyValidator>();

        // ASVS 2.4.3: PBKDF2-HMAC-SHA512 needs at least 120,000 iterations; Identity's V3 default is 100,000.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(AuthCookie.Configure);
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<TimeProvider>((o, clock) => o.TimeProvider = clock);

        services.RemoveAll<IAuthorizationPolicyProvider>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddAuthorization(o =>
        {
            o.AddPolicy(PlatformPolicies.Staff, p => p.RequireClaim(PlatformClaims.Kind, nameof(AccountKind.Staff)));
            o.AddPolicy(PlatformPolicies.Administrator, p => p.RequireClaim(PlatformClaims.Kind,
                nameof(AccountKind.SystemAdmin), nameof(AccountKind.SecurityAdmin), nameof(AccountKind.AuditAdmin)));
            o.AddPolicy(PlatformPolicies.Public, p => p.RequireClaim(PlatformClaims.Kind, nameof(AccountKind.Citizen), nameof(AccountKind.Enterprise)));
        });
        services.AddShellConventions();

        services.AddPermissions(PlatformPermissions.Definitions);
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<SecurityPolicyCache>();
        services.AddScoped<SecurityPolicyStore>();
        services.AddScoped<SessionStore>();
        services.AddScoped<PasswordSetter>();
        services.AddScoped<AccountPrincipalFactory>();
        services.AddScoped<AccountFinder>();
        services.AddScoped<SignInHandler>();
        services.AddScoped<SignOutHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<SwitchPositionHandler>();
        services.AddScoped<RegisterHandler>();
        services.AddScoped<CreateStaffAccountHandler>();
        services.AddScoped<AccountLifecycleHandler>();
        services.AddScoped<SaveRoleHandler>();
        services.AddScoped<AssignRoleHandler>();
        services.AddScoped<SavePolicyHandler>();
        services.AddScoped<AdminAccountCreator>();

        services.AddSingleton<IStartupTask, BuiltInRolesTask>();
        services.AddSingleton<IStartupTask, FirstAdministratorTask>();
        services.AddSingleton<ICommandVerb, CreateAdminVerb>();
        services.AddSingleton<IDemoSeeder, IdentityDemoSeeder>();
        services.AddScoped<IDemoActors, DemoActors>();

        services.AddSingleton(new NavigationItem(Shell.Admin, "账号管理", "/admin/accounts", PlatformPermissions.AccountsManage, 10));
        services.AddSingleton(new NavigationItem(Shell.Admin, "角色与权限", "/admin/roles", PlatformPermissions.RolesManage, 30));
        services.AddSingleton(new NavigationItem(Shell.Admin, "角色分配", "/admin/roles/assignments", PlatformPermissions.RolesAssign, 31));
        services.AddSingleton(new NavigationItem(Shell.Admin, "安全策略", "/admin/policies", PlatformPermissions.PoliciesManage, 32));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder endpoints) => endpoints.MapIdentityEndpoints();
}
