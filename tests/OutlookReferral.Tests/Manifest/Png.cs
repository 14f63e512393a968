using System.Buffers.Binary;
using System.IO.Compression;

namespace OutlookReferral.Tests.Manifest;

/// <summary>
/// The size and pixels of an 8-bit RGBA PNG, as tools/make-icons.py writes the add-in's icons:
/// enough of the format to check what a manifest promises about an icon.
/// </summary>
internal sealed record Png((int Width, int Height) Size, byte[]? Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads a PNG's header (IHDR); decodes its pixels when they are 8-bit RGBA, not interlaced (else Rgba is null).</summary>
    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.AsSpan(0, 8).ToArray(), Is.EqualTo(Signature), path);
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 12, 4), Is.EqualTo("IHDR"), path);
        var header = bytes.AsSpan(16, 13).ToArray();
        var size = (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        var isRgba8 = header[8] == 8 && header[9] == 6 && header[12] == 0;
        return new Png(size, isRgba8 ? Decode(bytes, size.Item1, size.Item2) : null);
    }

    /// <summary>The RGBA bytes, row by row: every IDAT chunk inflated, then each row's filter undone.</summary>
    private static byte[] Decode(byte[] bytes, int width, int height)
    {
        using var compressed = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            if (System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4) == "IDAT")
            {
                compressed.Write(bytes, at + 8, length);
            }
            at += 12 + length;
        }
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var raw = inflated.ToArray();

        const int Bpp = 4;
        var stride = width * Bpp;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= Bpp ? pixels[y * stride + x - Bpp] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int upLeft = x >= Bpp && y > 0 ? pixels[(y - 1) * stride + x - Bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG row filter {filter}"),
                };
                pixels[y * stride + x] = (byte)(raw[y * (stride + 1) + 1 + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
