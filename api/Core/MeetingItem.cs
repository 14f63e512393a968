namespace OutlookReferral.Core;

/// <summary>A calendar event as the detectors see it: plain data, times in UTC, addresses lower-cased.</summary>
public sealed record MeetingItem(
    string EventId,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsAllDay,
    bool IsCancelled,
    bool IsOrganizer,
    string OrganizerAddress,
    IReadOnlyList<Attendee> Attendees,
    string? JoinUrl)
{
    /// <summary>A Teams meeting the rep organised: the only kind Graph keeps attendance reports for.</summary>
    public bool HasAttendanceReports => IsOrganizer && !string.IsNullOrEmpty(JoinUrl);

    public bool Involves(string address) =>
        Attendees.Any(a => a.Address.Equals(address, StringComparison.OrdinalIgnoreCase))
        || OrganizerAddress.Equals(address, StringComparison.OrdinalIgnoreCase);
}
