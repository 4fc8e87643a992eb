using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_application_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_application_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequiredMaterialId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReusedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    PaperChecked = table.Column<bool>(type: "boolean", nullable: false),
                    Check = table.Column<int>(type: "integer", nullable: false),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromCorrection = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_application_materials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_application_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublicNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InternalNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StateAfter = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_application_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseKind = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApplicantKind = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AgentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FormData = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MaterialsReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeemedAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResultProducedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveryMethod = table.Column<int>(type: "integer", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveryNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConcludedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FeeCharged = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    PreReviewClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    PromisedClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    StatutoryClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    StepClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ApplicantIndex = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_correction_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    SuppliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupplyNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    entries = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_correction_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Approved = table.Column<bool>(type: "boolean", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BasicCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ImplementationCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ItemType = table.Column<int>(type: "integer", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ExerciseLevel = table.Column<int>(type: "integer", nullable: false),
                    PowerSource = table.Column<int>(type: "integer", nullable: false),
                    ImplementerNature = table.Column<int>(type: "integer", nullable: false),
                    ServiceObjects = table.Column<int>(type: "integer", nullable: false),
                    Conditions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    QuantityLimit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CaseKind = table.Column<int>(type: "integer", nullable: false),
                    StatutoryLimitDays = table.Column<int>(type: "integer", nullable: true),
                    StatutoryLimitNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PromisedLimitDays = table.Column<int>(type: "integer", nullable: false),
                    PromisedLimitNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    JointHandling = table.Column<bool>(type: "boolean", nullable: false),
                    Charges = table.Column<bool>(type: "boolean", nullable: false),
                    FeeBasis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OnlinePayment = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OfficeHours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Directions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConsultPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ComplaintPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OnlineDepthCodes = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OnlineDepthLevel = table.Column<int>(type: "integer", nullable: false),
                    VisitsRequired = table.Column<int>(type: "integer", nullable: false),
                    OnSiteReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SupportsAppointment = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptsMailApplication = table.Column<bool>(type: "boolean", nullable: false),
                    DeliveryOptions = table.Column<int>(type: "integer", nullable: false),
                    ServiceScope = table.Column<int>(type: "integer", nullable: false),
                    ResultName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResultType = table.Column<int>(type: "integer", nullable: false),
                    ResultSampleId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuesELicence = table.Column<bool>(type: "boolean", nullable: false),
                    LicenceValidityYears = table.Column<int>(type: "integer", nullable: true),
                    LifeEvents = table.Column<List<string>>(type: "text[]", nullable: false),
                    BusinessStages = table.Column<List<string>>(type: "text[]", nullable: false),
                    PublishedFields = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    faq = table.Column<string>(type: "jsonb", nullable: true),
                    fee_items = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HolderIdentityNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Data = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    KeyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PdfHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Signature = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    PdfAttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Overall = table.Column<int>(type: "integer", nullable: false),
                    Dimensions = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Named = table.Column<bool>(type: "boolean", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Excluded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_rectifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RatingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CalledBackAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CallBackNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CalledBackBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RectifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RectifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Feedback = table.Column<int>(type: "integer", nullable: true),
                    FeedbackComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppealReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealUpheld = table.Column<bool>(type: "boolean", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CallBackMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    AppealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppealedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AppealDecision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AppealDecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AppealDecidedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_rectifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_special_procedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedDays = table.Column<int>(type: "integer", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NoticeDocumentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approvals_special_procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_outgoing_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_outgoing_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_site_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_site_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "approvals_item_fields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    Options = table.Column<List<string>>(type: "text[]", nullable: false),
                    Multiple = table.Column<bool>(type: "boolean", nullable: false),
                    Min = table.Column<decimal>(type: "numeric", nullable: true),
                    Max = table.Column<decimal>(type: "numeric", nullable: true),
                    MaxLength = table.Column<int>(type: "integer", nullable: true),
                    MaxRows = table.Column<int>(type: "integer", nullable: true),
                    Help = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    PaperCopies = table.Column<int>(type: "integer", nullable: false),
                    PaperSpec = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Necessity = table.Column<int>(type: "integer", nullable: false),
                    MaterialType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Instructions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BlankFormId = table.Column<Guid>(type: "uuid", nullable: true),
                    SampleFormId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LimitDays = table.Column<int>(type: "integer", nullable: false)
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
