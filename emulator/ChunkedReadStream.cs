namespace OutlookReferral.Emulator;

/// <summary>Reads a <see cref="ChunkedJsonContent"/> body chunk after chunk, never copying it into one array.</summary>
internal sealed class ChunkedReadStream(IReadOnlyList<(byte[] Bytes, int Length)> chunks) : Stream
{
    private int chunk;
    private int offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var copied = 0;
        while (copied < buffer.Length && chunk < chunks.Count)
        {
            var (bytes, length) = chunks[chunk];
            var n = Math.Min(buffer.Length - copied, length - offset);
            bytes.AsSpan(offset, n).CopyTo(buffer[copied..]);
            copied += n;
            offset += n;
            if (offset == length)
            {
                chunk++;
                offset = 0;
            }
        }
        return copied;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
