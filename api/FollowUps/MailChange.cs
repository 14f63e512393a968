namespace OutlookReferral.FollowUps;

/// <summary>One change a delta round brought: a message as it now is (with whether it is kept), or a removal.</summary>
public sealed record MailChange(string Id, MailItem? Message, bool Keep)
{
    /// <summary>Who took part, as the row and the window's entry both hold it: worked out once per message.</summary>
    /// <summary>The id as the window holds it.</summary>
    public MessageKey Key { get; } = MessageKey.Of(Id);

    public MailParticipants Participants { get; } = Message is null ? default : MailParticipants.Of(Message);
}
