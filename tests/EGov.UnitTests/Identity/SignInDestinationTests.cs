using EGov.Platform.Identity.SignIn;

namespace EGov.UnitTests.Identity;

public sealed class SignInDestinationTests
{
    [Theory]
    [InlineData("/office/inbox", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_local_return_urls_are_followed(string? url, bool local)
        => Assert.Equal(local, SignInDestination.IsLocal(url));
}
