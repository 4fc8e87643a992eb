using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "doc_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    DispatchDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DrafterId = table.Column<Guid>(type: "uuid", nullable: false),
                    DrafterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CopyNumber = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Secrecy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SecrecyYears = table.Column<int>(type: "integer", nullable: true),
                    Urgency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgencyMark = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Signer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MainRecipients = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MainRecipientIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CopyRecipients = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CopyRecipientIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    SignatureAgency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Remarks = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PrintingAgency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PrintedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Retention = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SignedOffOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DistributedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SealedPdfId = table.Column<Guid>(type: "uuid", nullable: true),
                    SealedSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SealedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Publicity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PortalUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "doc_exchange_log",
                columns: table => new
                {
                    PackageId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsImport = table.Column<bool>(type: "boolean", nullable: false),
                    Agency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PackageSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_exchange_log", x => new { x.PackageId, x.IsImport });
                });

            migrationBuilder.CreateTable(
                name: "doc_external_agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SignCertificate = table.Column<byte[]>(type: "bytea", maxLength: 4096, nullable: false),
                    EncryptCertificate = table.Column<byte[]>(type: "bytea", maxLength: 4096, nullable: false),
                    SignCertificateSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_external_agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "doc_incoming",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientRole = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SenderAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SenderDepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Secrecy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Copies = table.Column<int>(type: "integer", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReceivedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IncomingNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandlingKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Proposal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Instruction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InstructedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeadDepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConcludedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Retention = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ArchivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_incoming", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "doc_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgencyMark = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DefaultType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DefaultDirection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MainRecipients = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MainRecipientIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CopyRecipients = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CopyRecipientIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    SignatureAgency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PrintingAgency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PrintingDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sec_seals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Picture = table.Column<byte[]>(type: "bytea", nullable: false),
                    SizeMm = table.Column<int>(type: "integer", nullable: false),
                    KeyOwner = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Certificate = table.Column<byte[]>(type: "bytea", nullable: false),
                    CertificateSm3 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SealData = table.Column<byte[]>(type: "bytea", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sec_seals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "doc_countersigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Agreed = table.Column<bool>(type: "boolean", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_countersigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_countersigns_doc_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doc_distributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsCopy = table.Column<bool>(type: "boolean", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_distributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_distributions_doc_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doc_document_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_document_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_document_attachments_doc_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doc_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DepartmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_opinions_doc_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doc_incoming_assisting_units",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OpinionAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OpinionByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_incoming_assisting_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_incoming_assisting_units_doc_incoming_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_incoming",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doc_incoming_circulations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReaderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReaderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Remark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_incoming_circulations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_incoming_circulations_doc_incoming_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_incoming",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "doc_incoming_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ById = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_doc_incoming_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_doc_incoming_steps_doc_incoming_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "doc_incoming",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_doc_countersigns_DepartmentId",
                table: "doc_countersigns",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_countersigns_DocumentId_Round_DepartmentId",
                table: "doc_countersigns",
                columns: new[] { "DocumentId", "Round", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_doc_distributions_DepartmentId",
                table: "doc_distributions",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_distributions_DocumentId",
                table: "doc_distributions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_document_attachments_DocumentId_Order",
                table: "doc_document_attachments",
                columns: new[] { "DocumentId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_AgencyId",
                table: "doc_documents",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_DispatchDepartmentId",
                table: "doc_documents",
                column: "DispatchDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_DocumentNumber",
                table: "doc_documents",
                column: "DocumentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_DrafterId",
                table: "doc_documents",
                column: "DrafterId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_State_DepartmentId",
                table: "doc_documents",
                columns: new[] { "State", "DepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_documents_UpdatedAt",
                table: "doc_documents",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_doc_exchange_log_At",
                table: "doc_exchange_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_doc_exchange_log_DocumentId",
                table: "doc_exchange_log",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_external_agencies_Name",
                table: "doc_external_agencies",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_doc_external_agencies_SignCertificateSm3",
                table: "doc_external_agencies",
                column: "SignCertificateSm3");

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_DepartmentId_State_DeliveredAt",
                table: "doc_incoming",
                columns: new[] { "DepartmentId", "State", "DeliveredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_LeadDepartmentId_State",
                table: "doc_incoming",
                columns: new[] { "LeadDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_SenderDepartmentId_State",
                table: "doc_incoming",
                columns: new[] { "SenderDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_SourceReference",
                table: "doc_incoming",
                column: "SourceReference");

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_assisting_units_DepartmentId",
                table: "doc_incoming_assisting_units",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_assisting_units_DocumentId_DepartmentId",
                table: "doc_incoming_assisting_units",
                columns: new[] { "DocumentId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_circulations_DocumentId_ReaderId",
                table: "doc_incoming_circulations",
                columns: new[] { "DocumentId", "ReaderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_circulations_ReaderId_ReadAt",
                table: "doc_incoming_circulations",
                columns: new[] { "ReaderId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_incoming_steps_DocumentId_At",
                table: "doc_incoming_steps",
                columns: new[] { "DocumentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_opinions_DocumentId_At",
                table: "doc_opinions",
                columns: new[] { "DocumentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_doc_templates_AgencyId",
                table: "doc_templates",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_doc_templates_AgencyId_Name",
                table: "doc_templates",
                columns: new[] { "AgencyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sec_seals_CertificateSm3",
                table: "sec_seals",
                column: "CertificateSm3");

            migrationBuilder.CreateIndex(
                name: "IX_sec_seals_Code",
                table: "sec_seals",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sec_seals_DepartmentId",
                table: "sec_seals",
                column: "DepartmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "doc_countersigns");

            migrationBuilder.DropTable(
                name: "doc_distributions");

            migrationBuilder.DropTable(
                name: "doc_document_attachments");

            migrationBuilder.DropTable(
                name: "doc_exchange_log");

            migrationBuilder.DropTable(
                name: "doc_external_agencies");

            migrationBuilder.DropTable(
                name: "doc_incoming_assisting_units");

            migrationBuilder.DropTable(
                name: "doc_incoming_circulations");

            migrationBuilder.DropTable(
                name: "doc_incoming_steps");

            migrationBuilder.DropTable(
                name: "doc_opinions");

            migrationBuilder.DropTable(
                name: "doc_templates");

            migrationBuilder.DropTable(
                name: "sec_seals");

            migrationBuilder.DropTable(
                name: "doc_incoming");

            migrationBuilder.DropTable(
                name: "doc_documents");
        }
    }
}
