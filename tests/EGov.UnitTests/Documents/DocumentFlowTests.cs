using EGov.Documents.Domain;

namespace EGov.UnitTests.Documents;

public sealed class DocumentFlowTests
{
    [Theory]
    [InlineData(DocumentState.Draft, FlowAction.Submit, DocumentState.Reviewing)]
    [InlineData(DocumentState.SigningOff, FlowAction.SignOff, DocumentState.SignedOff)]
    [InlineData(DocumentState.SignedOff, FlowAction.Number, DocumentState.Numbered)]
    [InlineData(DocumentState.Numbered, FlowAction.Seal, DocumentState.Sealed)]
    [InlineData(DocumentState.Sealed, FlowAction.Distribute, DocumentState.Distributed)]
    [InlineData(DocumentState.Distributed, FlowAction.Archive, DocumentState.Archived)]
    [InlineData(DocumentState.Countersigning, FlowAction.Return, DocumentState.Returned)]
    public void Each_step_leads_to_the_next_state(object from, object action, object to)
    {
        Assert.True(DocumentFlow.Allows((DocumentState)from, (FlowAction)action));
        Assert.Equal((DocumentState)to, DocumentFlow.After((FlowAction)action));
    }

    [Fact]
    public void A_returned_document_is_edited_and_submitted_again()
    {
        Assert.True(DocumentFlow.Allows(DocumentState.Returned, FlowAction.Edit));
        Assert.True(DocumentFlow.Allows(DocumentState.Returned, FlowAction.Submit));
    }

    [Theory]
    [InlineData(DocumentState.Reviewing)]
    [InlineData(DocumentState.SigningOff)]
    [InlineData(DocumentState.Distributed)]
    public void Only_drafts_are_edited(object state) => Assert.False(DocumentFlow.Allows((DocumentState)state, FlowAction.Edit));

    [Fact]
    public void Steps_cannot_be_skipped()
    {
        Assert.False(DocumentFlow.Allows(DocumentState.Draft, FlowAction.SignOff));
        Assert.False(DocumentFlow.Allows(DocumentState.Reviewing, FlowAction.Number));
        Assert.False(DocumentFlow.Allows(DocumentState.SigningOff, FlowAction.Seal));
        Assert.False(DocumentFlow.Allows(DocumentState.SignedOff, FlowAction.Distribute));
    }

    [Theory]
    [InlineData(DocumentState.Draft)]
    [InlineData(DocumentState.Returned)]
    [InlineData(DocumentState.Sealed)]
    [InlineData(DocumentState.Distributed)]
    [InlineData(DocumentState.Archived)]
    public void A_document_with_the_drafter_or_already_sealed_cannot_be_returned(object state)
        => Assert.False(DocumentFlow.Allows((DocumentState)state, FlowAction.Return));

    [Fact]
    public void Review_without_countersign_departments_goes_to_sign_off()
    {
        Assert.Equal(DocumentState.SigningOff, DocumentFlow.AfterReview(0));
        Assert.Equal(DocumentState.Countersigning, DocumentFlow.AfterReview(2));
    }

    [Fact]
    public void Countersign_waits_for_every_department_and_all_must_agree()
    {
        Assert.Equal(DocumentState.Countersigning, DocumentFlow.AfterCountersign([true, null]));
        Assert.Equal(DocumentState.SigningOff, DocumentFlow.AfterCountersign([true, true]));
        Assert.Equal(DocumentState.Returned, DocumentFlow.AfterCountersign([false, null]));
    }
}
