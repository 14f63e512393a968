#!/usr/bin/env python3
"""Draws the add-in's icons (two people joined by an introduction) as PNGs, no image library needed.

The ribbon and store icons (icon-16.png ... icon-128.png) are the white glyph on a brand-blue
rounded square. The unified manifest (manifest.json) adds the two icons of its app package:
icon-color-192.png, the glyph on a full-bleed brand square (the host rounds the corners itself),
and icon-outline-32.png, the glyph alone in white on a transparent background.

Usage: python3 tools/make-icons.py addin/assets
"""
import math
import struct
import sys
import zlib

BRAND = (15, 108, 189)   # #0F6CBD: white on it is 5.3:1
WHITE = (255, 255, 255)
SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128]
# The colour icon keeps its symbol inside the middle 120 px of 192: the glyph's square is drawn over
# the middle 160 px, and the glyph fills 74 % of its square's width.
COLOR_SIZE, COLOR_GLYPH_SCALE = 192, 160 / 192
OUTLINE_SIZE = 32


def glyph(x, y):
    """True where the two people and the bar joining them are (unit coordinates)."""
    heads = [(0.30, 0.36), (0.70, 0.36)]
    for hx, hy in heads:
        if math.hypot(x - hx, y - hy) < 0.11:
            return True
        # shoulders: the top half of an ellipse under each head
        if y > 0.52 and y < 0.74 and ((x - hx) / 0.17) ** 2 + ((y - 0.74) / 0.22) ** 2 < 1:
            return True
    # the introduction: a bar joining the two people
    return 0.30 < x < 0.70 and abs(y - 0.82) < 0.045


def app_icon(x, y):
    """White glyph on the brand colour inside a rounded square; None (transparent) outside it."""
    r = 0.18
    dx, dy = max(abs(x - 0.5) - (0.5 - r), 0), max(abs(y - 0.5) - (0.5 - r), 0)
    if math.hypot(dx, dy) > r:
        return None
    return WHITE if glyph(x, y) else BRAND


def color_icon(x, y):
    """White glyph, scaled into the middle of the square, on the brand colour to every edge."""
    s = COLOR_GLYPH_SCALE
    return WHITE if glyph((x - 0.5) / s + 0.5, (y - 0.5) / s + 0.5) else BRAND


def outline_icon(x, y):
    """White glyph; everything else transparent."""
    return WHITE if glyph(x, y) else None


def render(size, paint, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(samples):
                for sx in range(samples):
                    colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    if colour is None:
                        continue
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
    icons = [(f"icon-{s}.png", s, app_icon) for s in SIZES]
    icons += [(f"icon-color-{COLOR_SIZE}.png", COLOR_SIZE, color_icon), (f"icon-outline-{OUTLINE_SIZE}.png", OUTLINE_SIZE, outline_icon)]
    for name, size, paint in icons:
        with open(f"{out}/{name}", "wb") as f:
            f.write(render(size, paint))
