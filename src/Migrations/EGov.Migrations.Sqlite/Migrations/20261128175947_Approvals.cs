using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Approvals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approvals_application_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_application_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_application_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequiredMaterialId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReusedFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaperChecked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Check = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FromCorrection = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_application_materials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_application_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublicNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InternalNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StateAfter = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_application_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicantKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdentityNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FormData = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MaterialsReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeemedAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResultProducedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcludedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FeeCharged = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    PreReviewClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PromisedClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatutoryClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StepClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Extended = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicantIndex = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_correction_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupplyNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    entries = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_correction_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BasicCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ImplementationCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ItemType = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExerciseLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    PowerSource = table.Column<int>(type: "INTEGER", nullable: false),
                    ImplementerNature = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceObjects = table.Column<int>(type: "INTEGER", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    QuantityLimit = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CaseKind = table.Column<int>(type: "INTEGER", nullable: false),
                    StatutoryLimitDays = table.Column<int>(type: "INTEGER", nullable: true),
                    StatutoryLimitNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PromisedLimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PromisedLimitNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    JointHandling = table.Column<bool>(type: "INTEGER", nullable: false),
                    Charges = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeeBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OnlinePayment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OfficeHours = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Directions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsultPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ComplaintPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OnlineDepthCodes = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OnlineDepthLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitsRequired = table.Column<int>(type: "INTEGER", nullable: false),
                    OnSiteReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SupportsAppointment = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsMailApplication = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeliveryOptions = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceScope = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResultType = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultSampleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuesELicence = table.Column<bool>(type: "INTEGER", nullable: false),
                    LicenceValidityYears = table.Column<int>(type: "INTEGER", nullable: true),
                    LifeEvents = table.Column<string>(type: "TEXT", nullable: false),
                    BusinessStages = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedFields = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    faq = table.Column<string>(type: "TEXT", nullable: true),
                    fee_items = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PdfHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PdfAttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Overall = table.Column<int>(type: "INTEGER", nullable: false),
                    Dimensions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Named = table.Column<bool>(type: "INTEGER", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_rectifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: true),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CalledBackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CallBackNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CalledBackBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RectifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Feedback = table.Column<int>(type: "INTEGER", nullable: true),
                    FeedbackComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppealReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealUpheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CallBackMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    AppealedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppealedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppealDecision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppealDecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppealDecidedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_rectifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_special_procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NoticeDocumentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_special_procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_outgoing_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_outgoing_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_site_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_site_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_item_fields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    Multiple = table.Column<bool>(type: "INTEGER", nullable: false),
                    Min = table.Column<decimal>(type: "TEXT", nullable: true),
                    Max = table.Column<decimal>(type: "TEXT", nullable: true),
                    MaxLength = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxRows = table.Column<int>(type: "INTEGER", nullable: true),
                    Help = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_item_fields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_approvals_item_fields_approvals_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "approvals_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "approvals_item_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperCopies = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperSpec = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Necessity = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BlankFormId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SampleFormId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_item_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_approvals_item_materials_approvals_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "approvals_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "approvals_item_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LimitDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_item_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_approvals_item_steps_approvals_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "approvals_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_application_documents_ApplicationId",
                table: "approvals_application_documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_application_materials_ApplicationId",
                table: "approvals_application_materials",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_application_steps_ApplicationId_At",
                table: "approvals_application_steps",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_applications_AccountId",
                table: "approvals_applications",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_applications_ApplicantIndex",
                table: "approvals_applications",
                column: "ApplicantIndex");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_applications_DepartmentId_State",
                table: "approvals_applications",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_applications_ItemId",
                table: "approvals_applications",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_applications_Number",
                table: "approvals_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_correction_notices_ApplicationId",
                table: "approvals_correction_notices",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_extensions_ApplicationId",
                table: "approvals_extensions",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_item_fields_ItemId_Key",
                table: "approvals_item_fields",
                columns: new[] { "ItemId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_item_materials_ItemId",
                table: "approvals_item_materials",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_item_steps_ItemId",
                table: "approvals_item_steps",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_items_DepartmentId_Status",
                table: "approvals_items",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_items_ImplementationCode",
                table: "approvals_items",
                column: "ImplementationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_licences_ApplicationId",
                table: "approvals_licences",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_licences_Number",
                table: "approvals_licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_licences_PdfHash",
                table: "approvals_licences",
                column: "PdfHash");

            migrationBuilder.CreateIndex(
                name: "IX_approvals_licences_VerificationCode",
                table: "approvals_licences",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_ratings_ApplicationId_Channel",
                table: "approvals_ratings",
                columns: new[] { "ApplicationId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_ratings_DepartmentId_RatedAt",
                table: "approvals_ratings",
                columns: new[] { "DepartmentId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_ratings_ItemId_RatedAt",
                table: "approvals_ratings",
                columns: new[] { "ItemId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_rectifications_DepartmentId_State",
                table: "approvals_rectifications",
                columns: new[] { "DepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_approvals_rectifications_RatingId",
                table: "approvals_rectifications",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_approvals_special_procedures_ApplicationId",
                table: "approvals_special_procedures",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_plat_outgoing_messages_State_ClaimedUntil",
                table: "plat_outgoing_messages",
                columns: new[] { "State", "ClaimedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_outgoing_messages_State_CreatedAt",
                table: "plat_outgoing_messages",
                columns: new[] { "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plat_site_messages_AccountId_CreatedAt",
                table: "plat_site_messages",
                columns: new[] { "AccountId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approvals_application_documents");

            migrationBuilder.DropTable(
                name: "approvals_application_materials");

            migrationBuilder.DropTable(
                name: "approvals_application_steps");

            migrationBuilder.DropTable(
                name: "approvals_applications");

            migrationBuilder.DropTable(
                name: "approvals_correction_notices");

            migrationBuilder.DropTable(
                name: "approvals_extensions");

            migrationBuilder.DropTable(
                name: "approvals_item_fields");

            migrationBuilder.DropTable(
                name: "approvals_item_materials");

            migrationBuilder.DropTable(
                name: "approvals_item_steps");

            migrationBuilder.DropTable(
                name: "approvals_licences");

            migrationBuilder.DropTable(
                name: "approvals_ratings");

            migrationBuilder.DropTable(
                name: "approvals_rectifications");

            migrationBuilder.DropTable(
                name: "approvals_special_procedures");

            migrationBuilder.DropTable(
                name: "plat_outgoing_messages");

            migrationBuilder.DropTable(
                name: "plat_site_messages");

            migrationBuilder.DropTable(
                name: "approvals_items");
        }
    }
}
