using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Handling.Actions;

namespace EGov.UnitTests.Interaction.Handling;

public sealed class LetterRulesTests
{
    [Theory]
    [InlineData("Route", "Registered", true)]
    [InlineData("Route", "Routed", true)]
    [InlineData("Route", "Replied", false)]
    [InlineData("SignFor", "Routed", true)]
    [InlineData("SignFor", "Handling", false)]
    [InlineData("Return", "Handling", true)]
    [InlineData("Return", "ReplyReview", false)]
    [InlineData("RequestExtension", "Handling", true)]
    [InlineData("RequestExtension", "Routed", false)]
    [InlineData("SubmitReply", "Handling", true)]
    [InlineData("SubmitReply", "ReplyReview", false)]
    [InlineData("ApproveReply", "ReplyReview", true)]
    [InlineData("ReturnReply", "Handling", false)]
    [InlineData("Merge", "Handling", true)]
    [InlineData("Merge", "Replied", false)]
    [InlineData("Reject", "Registered", true)]
    [InlineData("Reject", "Handling", false)]
    [InlineData("Publish", "Replied", true)]
    [InlineData("Publish", "Closed", true)]
    [InlineData("Publish", "Handling", false)]
    [InlineData("Note", "Merged", true)]
    public void Each_step_is_allowed_only_in_its_states(string action, string state, bool allowed)
        => Assert.Equal(allowed, LetterRules.StateAllows(Enum.Parse<LetterAction>(action), Enum.Parse<LetterState>(state)));

    [Fact]
    public void Publishing_needs_the_writers_consent()
    {
        var letter = new Letter { State = LetterState.Replied };

        Assert.False(LetterRules.Allows(LetterAction.Publish, letter));
        letter.ConsentToPublish = true;
        Assert.True(LetterRules.Allows(LetterAction.Publish, letter));
    }

    [Fact]
    public void Only_a_published_letter_can_be_unpublished()
    {
        var letter = new Letter { State = LetterState.Closed, ConsentToPublish = true };

        Assert.False(LetterRules.Allows(LetterAction.Unpublish, letter));
        letter.IsPublished = true;
        Assert.True(LetterRules.Allows(LetterAction.Unpublish, letter));
    }

    [Theory]
    [InlineData("SignFor", InteractionPermissions.Handle, true)]
    [InlineData("ApproveReply", InteractionPermissions.Review, true)]
    [InlineData("DecideExtension", InteractionPermissions.Dispatch, false)]
    [InlineData("Publish", InteractionPermissions.Dispatch, false)]
    public void Steps_belong_to_the_handling_or_the_mailbox_department(string step, string permission, bool handling)
    {
        var action = Enum.Parse<LetterAction>(step);
        Assert.Equal(permission, LetterRules.PermissionOf(action));
        Assert.Equal(handling, LetterRules.InHandlingDepartment(action));
    }
}
