using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Disclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disclosure_agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndexCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IndexNumberFormat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OfficeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OfficeHours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Fax = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GuideText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    AcceptsRequests = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_annual_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Overview = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Problems = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    OtherMatters = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LicensingDecisions = table.Column<int>(type: "integer", nullable: false),
                    PenaltyDecisions = table.Column<int>(type: "integer", nullable: false),
                    EnforcementDecisions = table.Column<int>(type: "integer", nullable: false),
                    FeeAmountTenThousandYuan = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedTables = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_annual_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_catalog_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_catalog_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_catalog_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndexNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    GeneratedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishingAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attribute = table.Column<int>(type: "integer", nullable: false),
                    NonDisclosureGround = table.Column<int>(type: "integer", nullable: true),
                    AttributeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Validity = table.Column<int>(type: "integer", nullable: false),
                    ValidityChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegulatoryKind = table.Column<int>(type: "integer", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Genre = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Keywords = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_catalog_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_catalog_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemVersion = table.Column<long>(type: "bigint", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Opinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_catalog_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyKind = table.Column<int>(type: "integer", nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Answer = table.Column<int>(type: "integer", nullable: true),
                    AnswerText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_consultations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_correction_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Items = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    CorrectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CorrectedDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SentBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_correction_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_disputes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandlingDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Result = table.Column<int>(type: "integer", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_disputes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_fee_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PayBy = table.Column<DateOnly>(type: "date", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_fee_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_letter_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_letter_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VisibleToApplicant = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_request_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublicNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InternalNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StateAfter = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_request_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandlingDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApplicantType = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdentityDocumentKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OriginalDescription = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InformationForm = table.Column<int>(type: "integer", nullable: false),
                    DeliveryMethod = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedForOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConfirmationNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    Extended = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicantIndex = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_replies",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    WhereToObtain = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResponsibleAgency = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DraftedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedOffBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SignedOffAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LetterAttachmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveryNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ArchivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_replies", x => x.RequestId);
                    table.ForeignKey(
                        name: "FK_disclosure_replies_disclosure_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "disclosure_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_agencies_DepartmentId",
                table: "disclosure_agencies",
                column: "DepartmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_annual_reports_AgencyId_Year",
                table: "disclosure_annual_reports",
                columns: new[] { "AgencyId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_attachments_AttachmentId",
                table: "disclosure_catalog_attachments",
                column: "AttachmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_attachments_ItemId_SortOrder",
                table: "disclosure_catalog_attachments",
                columns: new[] { "ItemId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_items_AgencyId_RegulatoryKind_GeneratedOn",
                table: "disclosure_catalog_items",
                columns: new[] { "AgencyId", "RegulatoryKind", "GeneratedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_items_AgencyId_Status_CategoryId_Publish~",
                table: "disclosure_catalog_items",
                columns: new[] { "AgencyId", "Status", "CategoryId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_items_IndexNumber",
                table: "disclosure_catalog_items",
                column: "IndexNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_items_OfficeDepartmentId_Status",
                table: "disclosure_catalog_items",
                columns: new[] { "OfficeDepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_items_Status_PublishedAt",
                table: "disclosure_catalog_items",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_catalog_reviews_ItemId_ReviewedAt",
                table: "disclosure_catalog_reviews",
                columns: new[] { "ItemId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_categories_Code",
                table: "disclosure_categories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_consultations_RequestId",
                table: "disclosure_consultations",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_correction_notices_CorrectedOn_Deadline",
                table: "disclosure_correction_notices",
                columns: new[] { "CorrectedOn", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_correction_notices_RequestId",
                table: "disclosure_correction_notices",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_disputes_AgencyId_FiledOn",
                table: "disclosure_disputes",
                columns: new[] { "AgencyId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_disputes_RequestId",
                table: "disclosure_disputes",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_fee_notices_PaidOn_PayBy",
                table: "disclosure_fee_notices",
                columns: new[] { "PaidOn", "PayBy" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_fee_notices_RequestId",
                table: "disclosure_fee_notices",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_letter_templates_AgencyId_Kind",
                table: "disclosure_letter_templates",
                columns: new[] { "AgencyId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_documents_AttachmentId",
                table: "disclosure_request_documents",
                column: "AttachmentId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_documents_RequestId",
                table: "disclosure_request_documents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_request_steps_RequestId_At",
                table: "disclosure_request_steps",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_AccountId",
                table: "disclosure_requests",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_AgencyId_ConcludedOn",
                table: "disclosure_requests",
                columns: new[] { "AgencyId", "ConcludedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_AgencyId_ReceivedOn",
                table: "disclosure_requests",
                columns: new[] { "AgencyId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_ApplicantIndex_ReceivedOn",
                table: "disclosure_requests",
                columns: new[] { "ApplicantIndex", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_HandlingDepartmentId_State",
                table: "disclosure_requests",
                columns: new[] { "HandlingDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_requests_Number",
                table: "disclosure_requests",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disclosure_agencies");

            migrationBuilder.DropTable(
                name: "disclosure_annual_reports");

            migrationBuilder.DropTable(
                name: "disclosure_catalog_attachments");

            migrationBuilder.DropTable(
                name: "disclosure_catalog_items");

            migrationBuilder.DropTable(
                name: "disclosure_catalog_reviews");

            migrationBuilder.DropTable(
                name: "disclosure_categories");

            migrationBuilder.DropTable(
                name: "disclosure_consultations");

            migrationBuilder.DropTable(
                name: "disclosure_correction_notices");

            migrationBuilder.DropTable(
                name: "disclosure_disputes");

            migrationBuilder.DropTable(
                name: "disclosure_fee_notices");

            migrationBuilder.DropTable(
                name: "disclosure_letter_templates");

            migrationBuilder.DropTable(
                name: "disclosure_replies");

            migrationBuilder.DropTable(
                name: "disclosure_request_documents");

            migrationBuilder.DropTable(
                name: "disclosure_request_steps");

            migrationBuilder.DropTable(
                name: "disclosure_requests");
        }
    }
}
