using System.Text.Json.Nodes;

namespace OutlookReferral.Tests.Meetings;

/// <summary>
/// Attendance records as Teams writes them, shaped like Graph's attendanceRecord
/// (https://learn.microsoft.com/en-us/graph/api/resources/attendancerecord): a signed-in user, a guest by link
/// with no address and a tagged name, an unverified caller, a tenant-less identity.
/// </summary>
internal static class AttendanceShapes
{
    /// <param name="address">The emailAddress as written: null and "" both occur for guests.</param>
    /// <param name="tenantId">Null for guests and people from outside any tenant.</param>
    public static JsonObject Record(string? address, string displayName, string? tenantId = "d5b40366-fb7c-42b9-a9f4-82ac03c36ec7",
        string role = "Attendee", int seconds = 840) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["emailAddress"] = address,
        ["totalAttendanceInSeconds"] = seconds,
        ["role"] = role,
        ["registrationId"] = null,
        ["identity"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["displayName"] = displayName, ["tenantId"] = tenantId },
        ["attendanceIntervals"] = new JsonArray(new JsonObject
        {
            ["joinDateTime"] = "2026-11-19T17:58:00Z", ["leaveDateTime"] = "2026-11-19T18:12:00Z", ["durationInSeconds"] = seconds,
        }),
        ["externalRegistrationInformation"] = null,
    };

    public static JsonObject Organiser() => Record(Platform.MailboxFolderBuilder.RepAddress, "Sam Rivera", "814a3715-18fb-4567-9438-7acba045055f", "Organizer", 1800);
}
