namespace OutlookReferral.FollowUps;

/// <summary>
/// A kept message as stored: what the detectors read of it. Headers too: only those they read (<see cref="DetectorHeaders"/>),
/// not the transport trace that is most of a message's headers.
/// </summary>
internal sealed record StoredMail(
    string Id, string ConversationId, string Subject, string From, List<string> To, List<string> Cc, DateTimeOffset At, int Folder,
    string Preview, List<string[]> Headers, Dictionary<string, string> Names)
{
    public static StoredMail Of(MailItem m) => new(m.Id, m.ConversationId, m.Subject, m.From, [.. m.To], [.. m.Cc], m.At, (int)m.Folder,
        m.BodyPreview, m.Headers.Where(h => DetectorHeaders.IsRead(h.Name)).Select(h => new[] { h.Name, h.Value }).ToList(), new Dictionary<string, string>(m.Names));

    public MailItem AsMailItem() => new(Id, ConversationId, Subject, From, To, Cc, At, (MailFolderKind)Folder, Preview,
        Headers.Select(h => new MailHeader(h[0], h[1])).ToList())
    {
        Names = new Dictionary<string, string>(Names, StringComparer.OrdinalIgnoreCase),
    };
}
