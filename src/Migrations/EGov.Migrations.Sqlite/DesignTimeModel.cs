using EGov.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Migrations.Sqlite;

/// <summary>
/// The model as the host builds it: every module's AddXxx() registers its model contributor.
/// The pending-model-changes tests fail if this list and the host's Modules.cs drift apart.
/// </summary>
internal static class DesignTimeModel
{
    public static ModelContributors Contributors()
    {
        var services = new ServiceCollection();
        EGov.Portal.PortalModule.AddPortal(services);
        EGov.Disclosure.DisclosureModule.AddDisclosure(services);
        EGov.Approvals.ApprovalsModule.AddApprovals(services);
        EGov.Interaction.InteractionModule.AddInteraction(services);
        EGov.Oversight.OversightModule.AddOversight(services);
        EGov.Documents.DocumentsModule.AddDocuments(services);
        EGov.Proposals.ProposalsModule.AddProposals(services);
        EGov.Office.OfficeModule.AddOffice(services);
        EGov.Exchange.ExchangeModule.AddExchange(services);
        EGov.Security.SecurityModule.AddSecurity(services);
        EGov.Evaluation.EvaluationModule.AddEvaluation(services);
        return new ModelContributors(services.BuildServiceProvider().GetServices<IModelContributor>());
    }
}
