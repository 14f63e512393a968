namespace OutlookReferral.Emulator;

/// <summary>
/// Graph serves an online meeting, and its attendance, only to its organiser: anyone else is refused with 403,
/// both when looking it up by join URL and when reading it by id.
/// https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/436 (JoinWebUrl filter: 403 for attendees),
/// https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/8907 (attendanceReports: "not the organizer").
/// A meeting whose participants name no organiser is taken to be the mailbox user's own.
/// </summary>
internal static class MeetingOrganiser
{
    public static StoredMeeting Require(StoredMeeting meeting, MailboxFolder mailbox)
    {
        var organiser = (string?)meeting.Json["participants"]?["organizer"]?["identity"]?["user"]?["id"];
        return organiser is null || string.Equals(organiser, mailbox.UserId, StringComparison.OrdinalIgnoreCase)
            ? meeting
            : throw new GraphErrorException(403, "Forbidden", $"User ID in token ({mailbox.UserId}) is not the organizer of the queried meeting.");
    }
}
