using System.Security.Claims;
using EGov.Platform.Identity;
using EGov.Platform.PersonalData;
using EGov.UnitTests.Keys;

namespace EGov.UnitTests.PersonalData;

public sealed class PersonalDataViewerTests
{
    private readonly RecordingAuditLog _audit = new();

    [Fact]
    public async Task Viewer_without_permission_sees_a_masked_value_and_nothing_is_audited()
    {
        var shown = await new PersonalDataViewer(_audit).ShowAsync(User(), PersonalDataKind.ResidentId, "420502199001011234", "UserAccount", "42", "ResidentId");

        Assert.Equal("4205**********1234", shown);
        Assert.Empty(_audit.Records);
    }

    [Fact]
    public async Task Viewer_with_permission_sees_the_value_and_the_view_is_audited_without_it()
    {
        var shown = await new PersonalDataViewer(_audit).ShowAsync(User(PersonalDataPermissions.View), PersonalDataKind.Phone, "13812345678", "UserAccount", "42", "PhoneNumber");

        Assert.Equal("13812345678", shown);
        var record = Assert.Single(_audit.Records);
        Assert.Equal("personaldata.viewed", record.Action);
        Assert.Equal(("UserAccount", "42"), (record.ObjectType, record.ObjectId));
        Assert.Contains("PhoneNumber", record.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", record.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_value_is_not_a_view()
    {
        var shown = await new PersonalDataViewer(_audit).ShowAsync(User(PersonalDataPermissions.View), PersonalDataKind.Address, null, "UserAccount", "42", "Address");

        Assert.Null(shown);
        Assert.Empty(_audit.Records);
    }

    private static ClaimsPrincipal User(params string[] permissions)
        => new(new ClaimsIdentity(permissions.Select(p => new Claim(PlatformClaims.Permission, p)), "test"));
}
