using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookReferral.Drafting;
using OutlookReferral.FollowUps;
using OutlookReferral.Identity;
using OutlookReferral.Introductions;
using OutlookReferral.Meetings;
using OutlookReferral.MessageContext;
using OutlookReferral.Notifications;
using OutlookReferral.Privacy;
using OutlookReferral.Referrals;
using OutlookReferral.Sources;
using OutlookReferral.Timeline;

namespace OutlookReferral.Platform;

/// <summary>The features' services and routes, registered in one place.</summary>
public static class FeatureSetup
{
    public static void AddFeatures(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReferralStore>();
        builder.Services.AddSingleton<RepScanner>();
        // Features that must rescan (a draft, a settled meeting) ask for the scan through Core, not the scanner.
        builder.Services.AddSingleton<IRescan>(services => services.GetRequiredService<RepScanner>());
        builder.Services.AddSingleton<MailStore>();
        builder.Services.AddSingleton(sp => new MailWindowCache(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScanOptions>>().Value.WindowCacheWeight));
        builder.Services.AddSingleton<MailSync>();
        builder.Services.AddSingleton<RepRegistry>();
        builder.Services.AddSingleton<FollowUpStatusStore>();
        builder.Services.AddSingleton<ScanProgressBoard>();
        builder.Services.AddSingleton<StoryStore>();
        builder.Services.AddSingleton<IReferralStories>(services => services.GetRequiredService<StoryStore>());
        builder.AddScanSchedule();
        // Graph's new-mail notifications rescan a rep now: the scan and the active reps are handed in, not reached into.
        builder.Services.AddSingleton<MailboxRescan>(sp => (rep, ct) => sp.GetRequiredService<RepScanner>().FreshScanAsync(rep, ct));
        builder.Services.AddSingleton<ActiveReps>(sp => ct => sp.GetRequiredService<RepRegistry>()
            .ActiveAsync(TimeSpan.FromDays(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScanOptions>>().Value.ForgetRepsAfterDays), ct));
        builder.AddNotifications();
        builder.Services.AddSingleton<TemplateStore>();
        builder.Services.AddSingleton<DraftLedger>();
        builder.Services.AddSingleton<DraftClaims>();
        builder.Services.AddOptions<DraftingOptions>().BindConfiguration("Drafting")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.ClaimExpiresAfter > TimeSpan.Zero && o.WaitForOtherDraft >= TimeSpan.Zero,
                "Drafting: PollInterval and ClaimExpiresAfter must be positive, WaitForOtherDraft not negative.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SuggestionStore>();
        builder.Services.AddSingleton<IOpenIntroductions>(services => services.GetRequiredService<SuggestionStore>());
        builder.Services.AddSingleton<MeetingStore>();
        builder.Services.AddSingleton<IMeetingHistory>(services => services.GetRequiredService<MeetingStore>());
        builder.Services.AddSingleton<CalendarStore>();
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
    }

    public static void MapFeatures(this IEndpointRouteBuilder routes)
    {
        // Every feature's routes share the filters that hold for all input.
        var app = routes.MapGroup("").AddEndpointFilterFactory(NoNulFilter.Create).AddEndpointFilterFactory(ValidationFilter.Create)
            .ProducesValidationProblem();
        app.MapFollowUps();
        app.MapReferrals();
        app.MapMessageContext();
        app.MapTemplates();
        app.MapDrafts();
        app.MapIntroductions();
        app.MapMeetings();
        app.MapMe();
        app.MapTimeline();
        app.MapSources();
        app.MapMyData();
        app.MapNotifications();
    }
}
