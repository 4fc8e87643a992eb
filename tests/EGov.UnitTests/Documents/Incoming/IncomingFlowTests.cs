using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming;

namespace EGov.UnitTests.Documents.Incoming;

public sealed class IncomingFlowTests
{
    [Theory]
    [InlineData(IncomingState.Delivered, IncomingSteps.Received)]
    [InlineData(IncomingState.Received, IncomingSteps.Registered)]
    [InlineData(IncomingState.Registered, IncomingSteps.Checked)]
    [InlineData(IncomingState.Registered, IncomingSteps.Returned)]
    [InlineData(IncomingState.AwaitingProposal, IncomingSteps.Proposed)]
    [InlineData(IncomingState.AwaitingInstruction, IncomingSteps.Instructed)]
    [InlineData(IncomingState.Handling, IncomingSteps.Opinion)]
    [InlineData(IncomingState.Handling, IncomingSteps.Reminded)]
    [InlineData(IncomingState.Handling, IncomingSteps.Concluded)]
    [InlineData(IncomingState.Circulating, IncomingSteps.Concluded)]
    [InlineData(IncomingState.Concluded, IncomingSteps.Archived)]
    [InlineData(IncomingState.Circulating, IncomingSteps.Circulated)]
    [InlineData(IncomingState.Handling, IncomingSteps.Circulated)]
    public void Each_step_is_allowed_in_its_state(IncomingState state, string step) => Assert.True(IncomingFlow.Allows(state, step));

    [Theory]
    [InlineData(IncomingState.Delivered, IncomingSteps.Registered)]
    [InlineData(IncomingState.Received, IncomingSteps.Checked)]
    [InlineData(IncomingState.Registered, IncomingSteps.Instructed)]
    [InlineData(IncomingState.AwaitingProposal, IncomingSteps.Instructed)]
    [InlineData(IncomingState.AwaitingInstruction, IncomingSteps.Concluded)]
    [InlineData(IncomingState.Handling, IncomingSteps.Archived)]
    [InlineData(IncomingState.Returned, IncomingSteps.Circulated)]
    [InlineData(IncomingState.Archived, IncomingSteps.Concluded)]
    [InlineData(IncomingState.Delivered, IncomingSteps.Circulated)]
    [InlineData(IncomingState.Registered, IncomingSteps.Reminded)]
    public void No_step_is_skipped_or_repeated(IncomingState state, string step) => Assert.False(IncomingFlow.Allows(state, step));

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
