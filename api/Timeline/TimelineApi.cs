using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferral.Identity;
using OutlookReferral.Platform;

namespace OutlookReferral.Timeline;

/// <summary>The story of one referral at a glance, read on demand when the rep opens its card.</summary>
public static class TimelineApi
{
    /// <summary>
    /// One entry of the timeline. Kind: introduction, note, answer, auto-reply, ask-source, update-source,
    /// meeting (outcome held, missed, unconfirmed, upcoming or cancelled), pause (until a day), next-step, closed.
    /// Instants are UTC; the pane shows them in the rep's time zone.
    /// </summary>
    public sealed record TimelineEntry(
        string Kind,
        DateTimeOffset? At,
        string? Subject = null,
        string? MessageId = null,
        string? EventId = null,
        PartyResponse? Who = null,
        string? Outcome = null,
        CadenceStep? Step = null,
        DateOnly? Until = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool Due = false);

    public sealed record TimelineResponse(string ReferralId, PartyResponse Prospect, PartyResponse Source, IReadOnlyList<TimelineEntry> Entries);

    public static RouteGroupBuilder MapTimeline(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/referrals").WithTags("Referrals").RequireAuthorization();
        group.MapGet("/{id}/timeline", GetTimeline).WithName("GetReferralTimeline")
            .WithDescription("The referral's story as the last scan read it: introduction, notes, answers, the ask to the source, meetings, pauses and the next step.");
        return group;
    }

    public static async Task<Results<Ok<TimelineResponse>, NotFound>> GetTimeline(
        string id, RepId rep, ReferralStore referrals, StoryStore stories, IMeetingHistory meetings, MailboxClock clock, CancellationToken ct)
    {
        if (await referrals.FindAsync(rep, id, ct) is not { } record)
        {
            return TypedResults.NotFound();
        }
        var story = await stories.ForReferralAsync(rep, id, ct);
        var held = (await meetings.ListAsync(rep, ct)).Where(m => m.ReferralId == id).ToList();
        return TypedResults.Ok(Compose(record.AsResponse(clock.Now), record.IntroductionMessageId, story, held));
    }

    /// <summary>Puts the stored story, the meetings and the referral's status in date order; the next step comes last.</summary>
    public static TimelineResponse Compose(
        ReferralResponse referral, string? introductionMessageId, IReadOnlyList<StoryMessage> story, IReadOnlyList<MeetingRecord> meetings)
    {
        var entries = new List<TimelineEntry>();
        // The introduction always opens the story, even when it is older than the scan window.
        var introduction = story.FirstOrDefault(m => m.Kind == StoryKind.Introduction);
        entries.Add(new TimelineEntry("introduction", introduction?.At ?? referral.IntroducedAt, introduction?.Subject,
            introduction?.MessageId ?? introductionMessageId, Who: referral.Source));
        entries.AddRange(story.Where(m => m.Kind != StoryKind.Introduction).Select(m => new TimelineEntry(
            Kebab.Of(m.Kind), m.At, m.Subject, m.MessageId,
            Who: m.Kind is StoryKind.AskSource or StoryKind.UpdateSource ? referral.Source : referral.Prospect)));
        entries.AddRange(meetings.Select(m => new TimelineEntry("meeting", m.StartAt, m.Subject, EventId: m.EventId,
            Who: referral.Prospect, Outcome: MeetingWord(m.Outcome))));
        if (referral.PausedUntil is { } until)
        {
            var autoReply = story.LastOrDefault(m => m.Kind == StoryKind.AutoReply);
            entries.Add(new TimelineEntry("pause", autoReply?.At, Who: referral.Prospect, Until: until));
        }
        if (referral.ClosedAt is { } closed)
        {
            entries.Add(new TimelineEntry("closed", closed, Outcome: referral.CloseOutcome));
        }
        var ordered = entries.OrderBy(e => e.At ?? DateTimeOffset.MaxValue).ToList();
        if (referral.ClosedAt is null && (referral.NextStep ?? referral.UpcomingStep) is { } step)
        {
            ordered.Add(new TimelineEntry("next-step", referral.NextStepDueAt, Step: step, Due: referral.NextStep is not null,
                Who: step is CadenceStep.AskSource or CadenceStep.UpdateSource or CadenceStep.ThankSource ? referral.Source : referral.Prospect));
        }
        return new TimelineResponse(referral.Id, referral.Prospect, referral.Source, ordered);
    }

    private static string MeetingWord(string outcome) => outcome switch
    {
        "attended" => "held",
        "no-show" => "missed",
        "upcoming" => "upcoming",
        "cancelled" or "declined" => "cancelled",
        _ => "unconfirmed",
    };
}
