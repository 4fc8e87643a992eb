using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "portal_article_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_article_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_article_references",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetSiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PushedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PushedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_article_references", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_article_relations",
                columns: table => new
                {
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelatedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_article_relations", x => new { x.ArticleId, x.RelatedId });
                });

            migrationBuilder.CreateTable(
                name: "portal_article_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EditedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EditedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    EditedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_article_revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_article_transitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_article_transitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Validity = table.Column<int>(type: "INTEGER", nullable: true),
                    ValidityNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InterpretsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledPublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledTakeDownAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_channels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    InNavigation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_channels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_confidentiality_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevisionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_confidentiality_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_home_blocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Layout = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_home_blocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_page_views",
                columns: table => new
                {
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_page_views", x => new { x.ChannelId, x.ArticleId, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "portal_search_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_search_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_site_editors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_site_editors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "portal_sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPortal = table.Column<bool>(type: "INTEGER", nullable: false),
                    HostName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    HomeUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_portal_sites", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_attachments_ArticleId_SortOrder",
                table: "portal_article_attachments",
                columns: new[] { "ArticleId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_attachments_AttachmentId",
                table: "portal_article_attachments",
                column: "AttachmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_references_ArticleId_TargetChannelId",
                table: "portal_article_references",
                columns: new[] { "ArticleId", "TargetChannelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_references_TargetChannelId_Status",
                table: "portal_article_references",
                columns: new[] { "TargetChannelId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_references_TargetSiteId_Status",
                table: "portal_article_references",
                columns: new[] { "TargetSiteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_revisions_ArticleId_Number",
                table: "portal_article_revisions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portal_article_transitions_ArticleId_At",
                table: "portal_article_transitions",
                columns: new[] { "ArticleId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_articles_ChannelId_Status_PublishedAt",
                table: "portal_articles",
                columns: new[] { "ChannelId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_articles_InterpretsId",
                table: "portal_articles",
                column: "InterpretsId");

            migrationBuilder.CreateIndex(
                name: "IX_portal_articles_SiteId_Status_PublishedAt",
                table: "portal_articles",
                columns: new[] { "SiteId", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_articles_Status_ScheduledPublishAt",
                table: "portal_articles",
                columns: new[] { "Status", "ScheduledPublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_articles_Status_ScheduledTakeDownAt",
                table: "portal_articles",
                columns: new[] { "Status", "ScheduledTakeDownAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_channels_SiteId_Code",
                table: "portal_channels",
                columns: new[] { "SiteId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portal_channels_SiteId_ParentId_SortOrder",
                table: "portal_channels",
                columns: new[] { "SiteId", "ParentId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_confidentiality_reviews_ArticleId_ReviewedAt",
                table: "portal_confidentiality_reviews",
                columns: new[] { "ArticleId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_home_blocks_SiteId_SortOrder",
                table: "portal_home_blocks",
                columns: new[] { "SiteId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_page_views_SiteId_Date",
                table: "portal_page_views",
                columns: new[] { "SiteId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_search_outbox_CreatedAt",
                table: "portal_search_outbox",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_portal_site_editors_SiteId_UserId_ChannelId",
                table: "portal_site_editors",
                columns: new[] { "SiteId", "UserId", "ChannelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portal_site_editors_UserId_SiteId",
                table: "portal_site_editors",
                columns: new[] { "UserId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_portal_sites_Code",
                table: "portal_sites",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_portal_sites_DepartmentId",
                table: "portal_sites",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_portal_sites_HostName",
                table: "portal_sites",
                column: "HostName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "portal_article_attachments");

            migrationBuilder.DropTable(
                name: "portal_article_references");

            migrationBuilder.DropTable(
                name: "portal_article_relations");

            migrationBuilder.DropTable(
                name: "portal_article_revisions");

            migrationBuilder.DropTable(
                name: "portal_article_transitions");

            migrationBuilder.DropTable(
                name: "portal_articles");

            migrationBuilder.DropTable(
                name: "portal_channels");

            migrationBuilder.DropTable(
                name: "portal_confidentiality_reviews");

            migrationBuilder.DropTable(
                name: "portal_home_blocks");

            migrationBuilder.DropTable(
                name: "portal_page_views");

            migrationBuilder.DropTable(
                name: "portal_search_outbox");

            migrationBuilder.DropTable(
                name: "portal_site_editors");

            migrationBuilder.DropTable(
                name: "portal_sites");
        }
    }
}
