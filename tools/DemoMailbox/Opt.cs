/// <summary>Options of one message beyond who, when and what.</summary>
internal sealed record Opt
{
    public Kind Kind { get; init; } = Kind.Normal;

    public bool Attach { get; init; }

    public string Importance { get; init; } = "normal";

    public Person? Sender { get; init; }

    public bool? Read { get; init; }

    public bool Quote { get; init; } = true;

    public JsonObject? Extra { get; init; }

    public (string Name, string Value)[] Headers { get; init; } = [];

    public string? ListName { get; init; }
}
