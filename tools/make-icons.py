#!/usr/bin/env python3
"""Draws the add-in's icons (two people joined by an introduction) as PNGs, no image library needed.

Usage: python3 tools/make-icons.py addin/assets
"""
import math
import struct
import sys
import zlib

BRAND = (15, 108, 189)   # #0F6CBD: white on it is 5.3:1
WHITE = (255, 255, 255)
SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128]


def coverage(x, y):
    """1 where the glyph is white, 0 on the brand background, -1 outside the rounded square (unit coordinates)."""
    r = 0.18
    dx, dy = max(abs(x - 0.5) - (0.5 - r), 0), max(abs(y - 0.5) - (0.5 - r), 0)
    if math.hypot(dx, dy) > r:
        return -1
    heads = [(0.30, 0.36), (0.70, 0.36)]
    for hx, hy in heads:
        if math.hypot(x - hx, y - hy) < 0.11:
            return 1
        # shoulders: the top half of an ellipse under each head
        if y > 0.52 and y < 0.74 and ((x - hx) / 0.17) ** 2 + ((y - 0.74) / 0.22) ** 2 < 1:
            return 1
    # the introduction: a bar joining the two people
    if 0.30 < x < 0.70 and abs(y - 0.82) < 0.045:
        return 1
    return 0


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    c = coverage((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    if c < 0:
                        continue
                    colour = WHITE if c == 1 else BRAND
                    for i in range(3):
                        acc[i] += colour[i]
                    acc[3] += 255
            n = samples * samples
            alpha = acc[3] / n
            rgb = [int(acc[i] / (acc[3] / 255)) if acc[3] else 0 for i in range(3)]
            row += bytes(rgb + [int(alpha)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "addin/assets"
    for s in SIZES:
        with open(f"{out}/icon-{s}.png", "wb") as f:
            f.write(render(s))
