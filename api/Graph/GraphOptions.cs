namespace OutlookReferral.Graph;

public sealed class GraphOptions
{
    /// <summary>Messages per page when scanning a folder (Graph allows 1 to 1000).</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>How far back a scan reads mail and calendar.</summary>
    public int WindowDays { get; set; } = 120;

    /// <summary>How far ahead a scan reads the calendar (upcoming meetings with prospects).</summary>
    public int UpcomingDays { get; set; } = 14;

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// The delegated permissions asked for on the rep's behalf; README says why each one.
    /// Mail.ReadWrite covers reading mail too, so Mail.Read is not asked for separately.
    /// </summary>
    public string[] Scopes { get; set; } = ["User.Read", "MailboxSettings.Read", "Mail.ReadWrite", "Calendars.Read", "OnlineMeetings.Read", "OnlineMeetingArtifact.Read.All"];

    /// <summary>
    /// Call Graph with the API's own application permissions instead of on behalf of the rep:
    /// for background scans in a tenant whose administrator granted them.
    /// </summary>
    public bool AppOnly { get; set; }
}
