using System.Net;
using System.Text.RegularExpressions;
using EGov.Disclosure.Domain.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Disclosure.Intake;

/// <summary>Drives the intake pages like a browser and reads what the tests check from the database.</summary>
internal sealed partial class IntakeDriver(PlatformFactory platform)
{
    public const string Government = "xlq";
    public const string ValidResidentId = "420502199001011238";

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>The district government's disclosure office is its 办公室 (the catalog helper's seeder stores the same).</summary>
    public async Task EnsureGovernmentOfficeAsync()
    {
        await using var scope = platform.Scope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var root = (await organization.FindByCodeAsync(Government))!;
        var office = (await organization.FindByCodeAsync("xlq-zfb"))!;
        var db = PlatformFactory.Db(scope);
        var stored = await db.Set<DisclosureAgency>().SingleOrDefaultAsync(a => a.DepartmentId == root.Id);
        if (stored is null)
        {
            db.Add(new DisclosureAgency { DepartmentId = root.Id, OfficeDepartmentId = office.Id, IndexCode = "XLQ", OfficeName = "西陵区人民政府办公室" });
            await db.SaveChangesAsync();
        }
        else if (stored.OfficeDepartmentId != office.Id || !stored.AcceptsRequests)
        {
            stored.OfficeDepartmentId = office.Id;
            stored.AcceptsRequests = true;
            await db.SaveChangesAsync();
        }
    }

    public static Dictionary<string, string> PersonForm(string name, string identityNumber = ValidResidentId) => new()
    {
        ["Input.AgencyCode"] = Government,
        ["Input.ApplicantType"] = nameof(ApplicantType.NaturalPerson),
        ["Input.ApplicantName"] = name,
        ["Input.IdentityDocumentKind"] = "居民身份证",
        ["Input.IdentityNumber"] = identityNumber,
        ["Input.Phone"] = "13800000009",
        ["Input.Description"] = "西陵区2025年老旧小区改造项目的立项批复文件",
        ["Input.InformationForm"] = nameof(InformationForm.Electronic),
        ["Input.DeliveryMethod"] = nameof(DeliveryMethod.Online),
    };

    public static Dictionary<string, object?> PersonJson(string name, string identityNumber = ValidResidentId) => new()
    {
        ["agencyCode"] = Government,
        ["applicantType"] = nameof(ApplicantType.NaturalPerson),
        ["applicantName"] = name,
        ["identityDocumentKind"] = "居民身份证",
        ["identityNumber"] = identityNumber,
        ["phone"] = "0717-6221234",
        ["description"] = "西陵区2025年度财政预算执行情况",
        ["informationForm"] = nameof(InformationForm.Paper),
        ["deliveryMethod"] = nameof(DeliveryMethod.Post),
        ["address"] = "湖北省宜昌市西陵区夷陵大道1号",
        ["postalCode"] = "443000",
    };

    /// <summary>Submits the online form and reads number and query code from the receipt.</summary>
    public static async Task<(string Number, string Code)> SubmitAsync(Browser browser, Dictionary<string, string> form)
    {
        var posted = await browser.PostFormAsync("/disclosure/requests/new", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/disclosure/requests/receipt", posted.Headers.Location?.OriginalString);
        var receipt = await browser.Client.GetStringAsync("/disclosure/requests/receipt");
        return (NumberPattern().Match(receipt).Groups[1].Value, CodePattern().Match(receipt).Groups[1].Value);
    }

    public async Task<string> TrackAsync(string number, string code)
    {
        var response = await new Browser(platform).PostFormAsync("/disclosure/requests/track", new Dictionary<string, string> { ["Number"] = number, ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<Browser> SignedInAsync(string login)
    {
        var browser = new Browser(platform);
        var response = await browser.SignInAsync(login, "Demo@2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public async Task<DisclosureRequest?> RequestAsync(string number)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<DisclosureRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Number == number);
    }

    public async Task<DateOnly> WorkingDaysAfterAsync(DateOnly date, int days)
    {
        await using var scope = platform.Scope();
        return scope.ServiceProvider.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(date, days).Value.Date;
    }

    public static string Day(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    [GeneratedRegex("id=\"receipt-number\"[^>]*>([^<]+)<")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("id=\"receipt-code\"[^>]*>([^<]+)<")]
    private static partial Regex CodePattern();
}
