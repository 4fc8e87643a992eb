using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming;

namespace EGov.UnitTests.Documents.Incoming;

public sealed class IncomingFlowTests
{
    [Theory]
    [InlineData("Delivered", IncomingSteps.Received)]
    [InlineData("Received", IncomingSteps.Registered)]
    [InlineData("Registered", IncomingSteps.Checked)]
    [InlineData("Registered", IncomingSteps.Returned)]
    [InlineData("AwaitingProposal", IncomingSteps.Proposed)]
    [InlineData("AwaitingInstruction", IncomingSteps.Instructed)]
    [InlineData("Handling", IncomingSteps.Opinion)]
    [InlineData("Handling", IncomingSteps.Reminded)]
    [InlineData("Handling", IncomingSteps.Concluded)]
    [InlineData("Circulating", IncomingSteps.Concluded)]
    [InlineData("Concluded", IncomingSteps.Archived)]
    [InlineData("Circulating", IncomingSteps.Circulated)]
    [InlineData("Handling", IncomingSteps.Circulated)]
    public void Each_step_is_allowed_in_its_state(string state, string step) => Assert.True(IncomingFlow.Allows(Enum.Parse<IncomingState>(state), step));

    [Theory]
    [InlineData("Delivered", IncomingSteps.Registered)]
    [InlineData("Received", IncomingSteps.Checked)]
    [InlineData("Registered", IncomingSteps.Instructed)]
    [InlineData("AwaitingProposal", IncomingSteps.Instructed)]
    [InlineData("AwaitingInstruction", IncomingSteps.Concluded)]
    [InlineData("Handling", IncomingSteps.Archived)]
    [InlineData("Returned", IncomingSteps.Circulated)]
    [InlineData("Archived", IncomingSteps.Concluded)]
    [InlineData("Delivered", IncomingSteps.Circulated)]
    [InlineData("Registered", IncomingSteps.Reminded)]
    public void No_step_is_skipped_or_repeated(string state, string step) => Assert.False(IncomingFlow.Allows(Enum.Parse<IncomingState>(state), step));

    [Fact]
    public void A_reading_document_is_circulated_and_an_instruction_document_waits_for_the_proposal()
    {
        Assert.Equal(IncomingState.Circulating, IncomingFlow.AfterCheck(HandlingKind.Reading));
        Assert.Equal(IncomingState.AwaitingProposal, IncomingFlow.AfterCheck(HandlingKind.Instruction));
    }

    [Fact]
    public void Every_state_allows_some_step_except_the_final_ones()
    {
        var steps = new[]
        {
            IncomingSteps.Received, IncomingSteps.Registered, IncomingSteps.Checked, IncomingSteps.Returned, IncomingSteps.Proposed, IncomingSteps.Instructed,
            IncomingSteps.Opinion, IncomingSteps.Reminded, IncomingSteps.Concluded, IncomingSteps.Archived, IncomingSteps.Circulated,
        };
        var stuck = Enum.GetValues<IncomingState>().Where(s => !steps.Any(step => IncomingFlow.Allows(s, step))).ToList();

        Assert.Equal([IncomingState.Returned, IncomingState.Archived], stuck);
    }
}
