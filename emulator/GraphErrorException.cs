namespace OutlookReferral.Emulator;

/// <summary>A request the demo mailbox cannot answer the way Graph would: becomes Graph's error JSON.</summary>
public sealed class GraphErrorException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
