namespace OutlookReferral.Core;

/// <summary>The referral playbook's timing (../shared/PLAYBOOK.md), which follow-ups, meetings and drafting all keep.</summary>
public static class Playbook
{
    /// <summary>The spacing between two notes.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromDays(7);
}
