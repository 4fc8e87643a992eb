using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Profiles;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Identity;

public abstract class RegistrationTests(IdentityPlatform platform)
{
    [Fact]
    public async Task Invalid_resident_id_number_is_refused_in_chinese_and_nothing_is_saved()
    {
        var before = await CountAccountsAsync();
        var browser = new Browser(platform);

        var response = await browser.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Name"] = "王五",
            ["Input.ResidentIdNumber"] = "420502199001011239",
            ["Input.Mobile"] = "1390000",
            ["Input.Password"] = "Xiling@2026",
            ["Input.ConfirmPassword"] = "Xiling@2026",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("公民身份号码不正确", html, StringComparison.Ordinal);
        Assert.Contains("手机号码格式不正确", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAccountsAsync());
    }

    [Fact]
    public async Task Api_refuses_an_invalid_credit_code_with_chinese_problem_details()
    {
        var client = platform.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/account/register/enterprise", new
        {
            Name = "西陵示例公司",
            UnifiedSocialCreditCode = "91420502MA4XL00013",
            LegalRepresentative = "李四",
            Mobile = "13900000011",
            Password = "Xiling@2026",
            ConfirmPassword = "Xiling@2026",
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("提交的内容有误", problem.GetProperty("title").GetString());
        Assert.Equal("identity.registration_invalid", problem.GetProperty("code").GetString());
        Assert.Contains("统一社会信用代码不正确", problem.GetProperty("errors").GetProperty("UnifiedSocialCreditCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_citizen_signs_in_with_the_mobile_number_and_the_profile_is_indexed()
    {
        var client = platform.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/account/register/citizen", new
        {
            Name = "王五",
            ResidentIdNumber = "420502198506150028",
            Mobile = "13900000012",
            Password = "Xiling@2026",
            ConfirmPassword = "Xiling@2026",
        });
        var duplicate = await client.PostAsJsonAsync("/api/v1/account/register/citizen", new
        {
            Name = "王五",
            ResidentIdNumber = "420502198506150028",
            Mobile = "13900000013",
            Password = "Xiling@2026",
            ConfirmPassword = "Xiling@2026",
        });
        var signIn = await new Browser(platform).SignInAsync("13900000012", "Xiling@2026");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        await using var scope = platform.Scope();
        var protector = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>();
        var index = protector.BlindIndex("13900000012");
        var profile = await PlatformFactory.Db(scope).Set<AccountProfile>().SingleAsync(p => p.MobileIndex == index);
        Assert.Equal(protector.BlindIndex("420502198506150028"), profile.ResidentIdIndex);
        Assert.Equal("420502198506150028", profile.ResidentIdNumber);
        Assert.All(await StoredResidentIdsAsync(scope), stored => Assert.StartsWith("v1:", stored, StringComparison.Ordinal));
        Assert.Contains(platform.Audit, r => r.Action == "identity.registered");
    }

    /// <summary>The column as stored, past the converter: SM4-GCM envelopes, never the number itself.</summary>
    private static Task<List<string>> StoredResidentIdsAsync(AsyncServiceScope scope)
        => PlatformFactory.Db(scope).Database
            .SqlQueryRaw<string>("SELECT \"ResidentIdNumber\" AS \"Value\" FROM plat_account_profiles WHERE \"ResidentIdNumber\" IS NOT NULL")
            .ToListAsync();

    private async Task<int> CountAccountsAsync()
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<UserAccount>().CountAsync();
    }
}

public sealed class RegistrationTestsOnSqlite(IdentitySqlitePlatform platform) : RegistrationTests(platform), IClassFixture<IdentitySqlitePlatform>;

public sealed class RegistrationTestsOnPostgres(IdentityPostgresPlatform platform) : RegistrationTests(platform), IClassFixture<IdentityPostgresPlatform>;
