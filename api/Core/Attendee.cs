namespace OutlookReferral.Core;

/// <summary>An attendee of a meeting and their answer to the invitation (Graph's responseStatus.response).</summary>
public sealed record Attendee(string Address, string Name, string Response)
{
    public bool Declined => Response.Equals("declined", StringComparison.OrdinalIgnoreCase);
}
