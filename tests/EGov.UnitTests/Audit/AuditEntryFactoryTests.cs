using System.Net;
using System.Security.Claims;
using EGov.Platform.Audit;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Audit;

public sealed class AuditEntryFactoryTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567));
    private static readonly AuditRecord Record = new("calendar.year_imported", "Year", "2026", AuditOutcome.Success, "365 天");

    [Fact]
    public void Signed_in_user_department_ip_and_request_come_from_the_request()
    {
        var department = Guid.NewGuid();
        var context = new DefaultHttpContext { TraceIdentifier = "req-42" };
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.1.2.3");
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "u-7"), new Claim(ClaimTypes.Name, "王五"),
            new Claim(PlatformClaims.Department, department.ToString()), new Claim(PlatformClaims.DepartmentName, "区财政局"),
        ], "test"));

        var entry = Factory(context).Create(Record with { UserName = "ignored" });

        Assert.Equal(("u-7", "王五", department, "区财政局"), (entry.UserId, entry.UserName, entry.DepartmentId, entry.DepartmentName));
        Assert.Equal(("10.1.2.3", "req-42"), (entry.Ip, entry.RequestId));
        Assert.Equal(("calendar.year_imported", "Year", "2026", AuditOutcome.Success, "365 天"),
            (entry.Action, entry.ObjectType, entry.ObjectId, entry.Outcome, entry.Detail));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.AddTicks(-7), entry.Time);
        Assert.Null(entry.Sequence);
    }

    [Fact]
    public void Outside_a_request_the_user_is_system()
    {
        var entry = Factory(null).Create(Record);

        Assert.Equal(("system", "system", null, null), (entry.UserId, entry.UserName, entry.Ip, entry.RequestId));
    }

    [Fact]
    public void A_guest_is_anonymous_with_the_user_name_the_caller_gives()
    {
        var entry = Factory(new DefaultHttpContext()).Create(Record with { UserName = "zhangsan" });

        Assert.Equal(("anonymous", "zhangsan"), (entry.UserId, entry.UserName));
    }

    [Fact]
    public void Overlong_detail_is_cut_to_the_column_size()
    {
        var entry = Factory(null).Create(Record with { Detail = new string('详', 5000) });

        Assert.Equal(4000, entry.Detail!.Length);
    }

    private static AuditEntryFactory Factory(HttpContext? context)
        => new(new HttpContextAccessor { HttpContext = context }, Clock);
}
