
namespace OutlookReferral.Drafting;

/// <summary>
/// Our wording for every step: calm, brief, helpful, never accusing (PLAYBOOK.md). Reps can replace
/// any of them with their own through /api/templates/{step}.
/// </summary>
public static class DefaultTemplates
{
    public static Template For(CadenceStep step) => ToTheProspect(step) ?? ToTheSource(step)
        ?? throw new ArgumentOutOfRangeException(nameof(step), step, "No template for this step.");

    // The notes the rep writes to the prospect: reach out, follow up, check in, close the loop, reschedule.
    private static Template? ToTheProspect(CadenceStep step) => step switch
    {
        CadenceStep.FirstReachOut => new(
            "{SourceName} suggested we connect",
            "<p>Hi {ProspectFirstName},</p>"
            + "<p>{SourceFirstName} thought the two of us should compare notes, so I wanted to say hello. "
            + "I'm happy to be a resource for you, whatever your timing.</p>"
            + "<p>Would a short 10-minute call work to get the conversation started? "
            + "Send me a couple of times that suit you and I'll set it up.</p>"
            + "<p>Best regards,<br>{RepName}</p>"),
        CadenceStep.SecondNote => new(
            "Following up on {SourceName}'s introduction",
            "<p>Hi {ProspectFirstName},</p>"
            + "<p>Inboxes fill up fast, so I'm bringing my last note back to the top. "
            + "{SourceFirstName} felt a conversation could be worth your while.</p>"
            + "<p>Would 10 minutes on the phone one day next week work? A one-line reply with a time is plenty.</p>"
            + "<p>Thanks,<br>{RepFirstName}</p>"),
        CadenceStep.CheckIn => new(
            "Checking in ({SourceName}'s introduction)",
            "<p>Hi {ProspectFirstName},</p>"
            + "<p>I imagine other priorities have taken over for now, which is completely understandable. "
            + "I'll keep this short: whenever the timing suits you, I'm available to pick up where {SourceFirstName} left us.</p>"
            + "<p>All the best,<br>{RepFirstName}</p>"),
        CadenceStep.Indifference => new(
            "Close the loop on our conversation?",
            "<p>Hi {ProspectFirstName},</p>"
            + "<p>Since {SourceFirstName} put us in touch I've sent a few notes about a short call (\"{LastSubject}\"), "
            + "and I haven't heard back, so I suspect this has dropped off your radar.</p>"
            + "<p>If I don't hear from you I'll assume that's the case and stop filling your inbox. "
            + "If I've read it wrong, just reply and I'll gladly pick the conversation back up.</p>"
            + "<p>Either way, a quick yes or no would help me plan.</p>"
            + "<p>Kind regards,<br>{RepName}</p>"),
        CadenceStep.SorryIMissedYou => new(
            "Sorry we missed each other ({SourceName}'s introduction)",
            "<p>Hi {ProspectFirstName},</p>"
            + "<p>Sorry we didn't manage to connect for our call on {MeetingTime}. Days get away from all of us.</p>"
            + "<p>If you'd still like to talk, these times are open on my side:</p>{OpenSlots}"
            + "<p>Reply with the one that suits you, or suggest another, and I'll send a fresh invite.</p>"
            + "<p>Best,<br>{RepFirstName}</p>"),
        _ => null,
    };

    // The notes the rep writes to the person who made the introduction: ask for advice, keep them posted, thank them.
    private static Template? ToTheSource(CadenceStep step) => step switch
    {
        CadenceStep.AskSource => new(
            "Your introduction to {ProspectName}",
            "<p>Hi {SourceFirstName},</p>"
            + "<p>Thanks again for introducing me to {ProspectName}. I've reached out {TouchCount} since {FirstTouchDate} "
            + "and we haven't connected yet, which I'm sure just means a full plate.</p>"
            + "<p>I don't want to be a pest. What do you suggest we do next? I'm glad to follow your lead.</p>"
            + "<p>Best,<br>{RepFirstName}</p>"),
        CadenceStep.UpdateSource => new(
            "An update on {ProspectName}",
            "<p>Hi {SourceFirstName},</p>"
            + "<p>A quick note to keep you in the loop: {ProspectFirstName} and I are now in touch. "
            + "Thank you again for thinking of me. I'll let you know how things develop.</p>"
            + "<p>Best,<br>{RepFirstName}</p>"),
        CadenceStep.ThankSource => new(
            "Thank you for introducing {ProspectName}",
            "<p>Hi {SourceFirstName},</p>"
            + "<p>{ProspectFirstName} and I have now sat down together, and it was a good conversation. "
            + "None of it would have happened without your introduction, so thank you.</p>"
            + "<p>I'll keep you posted on where it goes.</p>"
            + "<p>With thanks,<br>{RepFirstName}</p>"),
        _ => null,
    };
}
