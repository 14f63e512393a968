using OutlookReferral.Graph;

namespace OutlookReferral.Meetings;

/// <summary>
/// When Graph refuses one meeting's attendance, that meeting alone stays unconfirmed and the scan goes on.
/// Graph answers 403 when the rep did not organise the Teams meeting (a co-organiser, a delegate's invitation)
/// or when consent or an application access policy is missing, and 404 when Teams no longer has the meeting:
/// https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/436 (JoinWebUrl filter, 403 for non-organisers),
/// https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/8907 ("not the organizer of the queried meeting"),
/// https://learn.microsoft.com/en-us/graph/cloud-communication-online-meeting-application-access-policy.
/// </summary>
public static class AttendanceRefusal
{
    /// <summary>
    /// The reason, in a sentence the pane shows, when a failure belongs to this meeting; null when it does not
    /// (Graph busy, a token gone) and should end the scan, so a busy Graph never passes for a refusal.
    /// </summary>
    public static string? Reason(Exception exception) => GraphFailure.Of(exception) switch
    {
        null or { IsBusy: true } or { Status: 401 } => null,
        { Status: 403 } refused when Names(refused, "organizer") || Names(refused, "organiser") => "Attendance not available: organised by someone else.",
        { Status: 403 } => "Attendance not available: permission missing.",
        { Status: 404 } => "Attendance not available: Teams no longer has this meeting.",
        { Status: >= 400 and < 500 } => "Attendance not available: Microsoft 365 would not share it.",
        _ => null,
    };

    private static bool Names(GraphProblem problem, string word) => problem.Message.Contains(word, StringComparison.OrdinalIgnoreCase);
}
