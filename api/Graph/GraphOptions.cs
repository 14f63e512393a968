namespace OutlookReferral.Graph;

public sealed class GraphOptions
{
    /// <summary>Messages per page when scanning a folder (Graph allows 1 to 1000).</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>How far back a scan reads mail and calendar.</summary>
    public int WindowDays { get; set; } = 120;

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";
}
