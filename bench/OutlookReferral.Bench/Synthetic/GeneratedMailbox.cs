using OutlookReferral.Emulator;

namespace OutlookReferral.Bench.Synthetic;

/// <summary>One generated mailbox folder: a mailbox of a given size with a given number of tracked referrals.</summary>
/// <param name="Untracked">A referral with mail in the mailbox that the folder does not track: what the bench tracks by hand.</param>
public sealed record GeneratedMailbox(string Folder, int InboxMessages, int SentMessages, int Referrals, int ReferralMessages, SyntheticReferral Untracked)
{
    public int TotalMessages => InboxMessages + SentMessages;
}
