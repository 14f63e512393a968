/// <summary>A conversation: Graph's conversationId plus the RFC 5322 ids its messages reference.</summary>
internal sealed class Conversation(string id, string topic, byte[] index)
{
    public string Id { get; } = id;

    public string Topic { get; } = topic;

    public byte[] Index { get; } = index;

    public List<string> MessageIds { get; } = [];

    public List<(Person From, DateTimeOffset At, string To)> Said { get; } = [];
}
