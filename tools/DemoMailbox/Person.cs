internal sealed record Person(string Name, string Address, string Title, string Org, Zone Zone)
{
    public string First => Name.Split(' ')[0];

    public string Domain => Address[(Address.IndexOf('@', StringComparison.Ordinal) + 1)..].ToLowerInvariant();

    /// <summary>The same person written with another spelling of the address (case differs).</summary>
    public Person Spelled(string address) => this with { Address = address };
}
/// <summary>A conversation: Graph's conversationId plus the RFC 5322 ids its messages reference.</summary>
internal sealed class Conversation(string id, string topic, byte[] index)
{
    public string Id { get; } = id;

    public string Topic { get; } = topic;

    public byte[] Index { get; } = index;

    public List<string> MessageIds { get; } = [];

    public List<(Person From, DateTimeOffset At, string To)> Said { get; } = [];
}
