using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookReferral.Emulator;

/// <summary>
/// A JSON response body written straight to UTF-8 in small chunks, as it would come off the wire. A page of 500 messages
/// is about a megabyte: written as one string, then one byte array, each page left two large-object-heap arrays
/// that only a full collection frees, and they swelled the measured peak of the product reading them (docs/benchmarks.md).
/// </summary>
internal sealed class ChunkedJsonContent : HttpContent, IBufferWriter<byte>
{
    // Under the large object heap's 85,000 bytes, so every chunk is collected young.
    private const int ChunkSize = 32 * 1024;

    private const int FirstChunkSize = 4 * 1024;

    private readonly List<(byte[] Bytes, int Length)> chunks = [];
    private byte[]? current;
    private int used;

    public ChunkedJsonContent(JsonNode body)
    {
        using (var writer = new Utf8JsonWriter(this))
        {
            body.WriteTo(writer);
        }
        Close();
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    public void Advance(int count) => used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (current is null || current.Length - used < Math.Max(sizeHint, 1))
        {
            Close();
            // Small first (most answers are a few hundred bytes: a profile, an empty delta round), doubling up to the
            // chunk size; not zeroed, since every byte handed out is written before it is read.
            current = GC.AllocateUninitializedArray<byte>(Math.Max(Math.Min(ChunkSize, FirstChunkSize << Math.Min(chunks.Count, 3)), sizeHint));
        }
        return current.AsMemory(used);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        foreach (var (bytes, length) in chunks)
        {
            await stream.WriteAsync(bytes.AsMemory(0, length));
        }
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new ChunkedReadStream(chunks));

    protected override bool TryComputeLength(out long length)
    {
        length = chunks.Sum(c => (long)c.Length);
        return true;
    }

    private void Close()
    {
        if (current is not null && used > 0)
        {
            chunks.Add((current, used));
        }
        current = null;
        used = 0;
    }
}
