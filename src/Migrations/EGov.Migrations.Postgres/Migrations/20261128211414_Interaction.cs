using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Interaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "interaction_api_clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KeyPrefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_api_clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_interview_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Speaker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: true),
                    QuestionText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AskerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_interview_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_interview_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    AskerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SensitiveWords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_interview_questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Guests = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Introduction = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_interviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letter_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letter_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letter_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RequestedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letter_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letter_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letter_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letter_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Satisfaction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letter_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letter_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftedById = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letter_replies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letter_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LetterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublicNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InternalNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StateAfter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letter_steps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MailboxId = table.Column<Guid>(type: "uuid", nullable: false),
                    MailboxDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    WriterAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    WriterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WriterPhone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WriterEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WriterAddress = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConsentToPublish = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ApiClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeviceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MediaUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Open311Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SensitiveWords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandlingDepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoutedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedForAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignForClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplyClockId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplyContent = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReplyingDepartmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Satisfaction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublicContent = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    PublicReply = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_mailboxes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_mailboxes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_opinion_collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    DraftAttachmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DraftFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    FeedbackSummary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FeedbackPublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_opinion_collections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Content = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SensitiveWords = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Adoption = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AdoptionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_opinions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_reply_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_reply_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MailboxId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Keywords = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TargetDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_routing_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_sensitive_words",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Word = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_sensitive_words", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_survey_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RespondentKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_survey_responses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_surveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_captcha_challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AnswerHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_captcha_challenges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plat_phone_verifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PhoneHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plat_phone_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interaction_survey_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OptionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_survey_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interaction_survey_answers_interaction_survey_responses_Res~",
                        column: x => x.ResponseId,
                        principalTable: "interaction_survey_responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interaction_survey_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsRequired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_survey_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interaction_survey_questions_interaction_surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "interaction_surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interaction_survey_options",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_survey_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interaction_survey_options_interaction_survey_questions_Que~",
                        column: x => x.QuestionId,
                        principalTable: "interaction_survey_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_api_clients_KeyHash",
                table: "interaction_api_clients",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_interview_posts_InterviewId_Sequence",
                table: "interaction_interview_posts",
                columns: new[] { "InterviewId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_interview_questions_InterviewId_State",
                table: "interaction_interview_questions",
                columns: new[] { "InterviewId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letter_attachments_LetterId",
                table: "interaction_letter_attachments",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letter_extensions_LetterId",
                table: "interaction_letter_extensions",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letter_notes_LetterId",
                table: "interaction_letter_notes",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letter_ratings_LetterId_Round",
                table: "interaction_letter_ratings",
                columns: new[] { "LetterId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letter_replies_LetterId",
                table: "interaction_letter_replies",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letter_steps_LetterId_At",
                table: "interaction_letter_steps",
                columns: new[] { "LetterId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_HandlingDepartmentId_State",
                table: "interaction_letters",
                columns: new[] { "HandlingDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_IsPublished_PublishedAt",
                table: "interaction_letters",
                columns: new[] { "IsPublished", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_MailboxDepartmentId_State",
                table: "interaction_letters",
                columns: new[] { "MailboxDepartmentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_Number",
                table: "interaction_letters",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_Open311Token",
                table: "interaction_letters",
                column: "Open311Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_SubmittedAt",
                table: "interaction_letters",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_letters_WriterAccountId",
                table: "interaction_letters",
                column: "WriterAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_mailboxes_Code",
                table: "interaction_mailboxes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_opinion_collections_IsPublished_ClosesOn",
                table: "interaction_opinion_collections",
                columns: new[] { "IsPublished", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_opinions_CollectionId",
                table: "interaction_opinions",
                column: "CollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_reply_templates_DepartmentId",
                table: "interaction_reply_templates",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_sensitive_words_Word",
                table: "interaction_sensitive_words",
                column: "Word",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interaction_survey_answers_QuestionId",
                table: "interaction_survey_answers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_survey_answers_ResponseId",
                table: "interaction_survey_answers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_survey_options_QuestionId",
                table: "interaction_survey_options",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_survey_questions_SurveyId",
                table: "interaction_survey_questions",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_interaction_survey_responses_SurveyId_RespondentKey",
                table: "interaction_survey_responses",
                columns: new[] { "SurveyId", "RespondentKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plat_captcha_challenges_ExpiresAt",
                table: "plat_captcha_challenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_plat_phone_verifications_PhoneHash_SentAt",
                table: "plat_phone_verifications",
                columns: new[] { "PhoneHash", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interaction_api_clients");

            migrationBuilder.DropTable(
                name: "interaction_interview_posts");

            migrationBuilder.DropTable(
                name: "interaction_interview_questions");

            migrationBuilder.DropTable(
                name: "interaction_interviews");

            migrationBuilder.DropTable(
                name: "interaction_letter_attachments");

            migrationBuilder.DropTable(
                name: "interaction_letter_extensions");

            migrationBuilder.DropTable(
                name: "interaction_letter_notes");

            migrationBuilder.DropTable(
                name: "interaction_letter_ratings");

            migrationBuilder.DropTable(
                name: "interaction_letter_replies");

            migrationBuilder.DropTable(
                name: "interaction_letter_steps");

            migrationBuilder.DropTable(
                name: "interaction_letters");

            migrationBuilder.DropTable(
                name: "interaction_mailboxes");

            migrationBuilder.DropTable(
                name: "interaction_opinion_collections");

            migrationBuilder.DropTable(
                name: "interaction_opinions");

            migrationBuilder.DropTable(
                name: "interaction_reply_templates");

            migrationBuilder.DropTable(
                name: "interaction_routing_rules");

            migrationBuilder.DropTable(
                name: "interaction_sensitive_words");

            migrationBuilder.DropTable(
                name: "interaction_survey_answers");

            migrationBuilder.DropTable(
                name: "interaction_survey_options");

            migrationBuilder.DropTable(
                name: "plat_captcha_challenges");

            migrationBuilder.DropTable(
                name: "plat_phone_verifications");

            migrationBuilder.DropTable(
                name: "interaction_survey_responses");

            migrationBuilder.DropTable(
                name: "interaction_survey_questions");

            migrationBuilder.DropTable(
                name: "interaction_surveys");
        }
    }
}
