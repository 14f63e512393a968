using System.Security.Cryptography;
using System.Text;

namespace OutlookReferral.Notifications;

/// <summary>The clientState check every notification passes: "It must match the value originally submitted" (delivery-webhooks.md).</summary>
public static class ClientStates
{
    /// <summary>Constant time, so how long a wrong guess takes says nothing of how close it came.</summary>
    public static bool Match(string expected, string? received) =>
        received is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(received));
}
