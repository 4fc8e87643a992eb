using EGov.Interaction.Domain.Interviews;
using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Domain.Surveys;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Interaction.Data;

/// <summary>Opinion collections, surveys and online interviews. PERSONAL DATA: an opinion's phone is encrypted.</summary>
internal sealed class ConsultationConfiguration :
    IEntityTypeConfiguration<OpinionCollection>,
    IEntityTypeConfiguration<Opinion>,
    IEntityTypeConfiguration<Survey>,
    IEntityTypeConfiguration<SurveyQuestion>,
    IEntityTypeConfiguration<SurveyOption>,
    IEntityTypeConfiguration<SurveyResponse>,
    IEntityTypeConfiguration<SurveyAnswer>,
    IEntityTypeConfiguration<OnlineInterview>,
    IEntityTypeConfiguration<InterviewQuestion>,
    IEntityTypeConfiguration<InterviewPost>
{
    public void Configure(EntityTypeBuilder<OpinionCollection> builder)
    {
        builder.ToTable("interaction_opinion_collections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(20000);
        builder.Property(c => c.DraftFileName).HasMaxLength(260);
        builder.Property(c => c.FeedbackSummary).HasMaxLength(20000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.IsPublished, c.ClosesOn });
    }

    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("interaction_opinions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Phone).HasMaxLength(200).IsPersonalData();
        builder.Property(o => o.Content).HasMaxLength(5000);
        builder.Property(o => o.SensitiveWords).HasMaxLength(500);
        builder.Property(o => o.Adoption).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.AdoptionNote).HasMaxLength(2000);
        builder.HasIndex(o => o.CollectionId);
    }

    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("interaction_surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(5000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("interaction_survey_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Text).HasMaxLength(500);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyOption> builder)
    {
        builder.ToTable("interaction_survey_options");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Text).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("interaction_survey_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RespondentKey).HasMaxLength(100);
        builder.HasIndex(r => new { r.SurveyId, r.RespondentKey }).IsUnique();
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("interaction_survey_answers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.HasIndex(a => a.QuestionId);
    }

    public void Configure(EntityTypeBuilder<OnlineInterview> builder)
    {
        builder.ToTable("interaction_interviews");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Subject).HasMaxLength(500);
        builder.Property(i => i.Guests).HasMaxLength(1000);
        builder.Property(i => i.Introduction).HasMaxLength(5000);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<InterviewQuestion> builder)
    {
        builder.ToTable("interaction_interview_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.AskerName).HasMaxLength(50);
        builder.Property(q => q.Text).HasMaxLength(1000);
        builder.Property(q => q.SensitiveWords).HasMaxLength(500);
        builder.Property(q => q.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(q => new { q.InterviewId, q.State });
    }

    public void Configure(EntityTypeBuilder<InterviewPost> builder)
    {
        builder.ToTable("interaction_interview_posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Speaker).HasMaxLength(100);
        builder.Property(p => p.Text).HasMaxLength(10000);
        builder.Property(p => p.QuestionText).HasMaxLength(1000);
        builder.Property(p => p.AskerName).HasMaxLength(50);
        builder.HasIndex(p => new { p.InterviewId, p.Sequence }).IsUnique();
    }
}
