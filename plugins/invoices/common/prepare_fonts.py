#!/usr/bin/env python3
"""Prepares the fonts the invoice plugins embed, from Debian's font packages.

libharu 2.3.0 prints glyphs whose id is above about 16,000 as blanks, and WenQuanYi Micro Hei (the
CJK font) has 49,531 glyphs. So the CJK font is cut into pieces of a few thousand characters each,
every piece a small TrueType font whose glyph ids stay low.

DejaVu Sans (regular and bold) is cut into pieces by script too, for speed: for every font it
puts in a PDF, libharu looks up all 65,536 code points of the Basic Multilingual Plane in the
font's character map, one segment after the other, and writes a width array and the font's
tables; the whole of DejaVu Sans (5,370 characters in hundreds of segments) made that most of an
invoice's drawing time and size. A Latin piece has few segments and few glyphs. The glyphs, their
outlines, hinting and advances are DejaVu's own: what prints does not change.

libharu embeds the glyphs a document uses and the glyphs they are built from, but only one
level deep: a composite glyph made of another composite (DejaVu's ό is built on ο, itself built
on the shape of o) would print without the inner parts once o is in no cmap of the piece. So
nested components are lifted into their outer glyph (same outlines at the same offsets).

Every piece gets a PostScript name of its own ("DejaVuSans-Latin", "WenQuanYiMicroHei-2"):
libharu finds a loaded font by that name, and pieces sharing their font's name would all be
drawn with the first piece loaded.

Writes into the output folder the fonts and fonts.txt, the manifest the plugins read: one line per
font, in fallback order, "<role> <file> <ranges>", role regular or bold, ranges the hexadecimal
code point ranges the font covers ("20-7e,a0-17f").
"""
import copy
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

CHARACTERS_PER_PIECE = 6000
# DejaVu Sans's pieces, in fallback order: the ranges each piece takes of what the font covers;
# the last piece takes the rest.
DEJAVU_PIECES = (
    ("Latin", ((0x20, 0x24F), (0x2000, 0x20CF), (0x2100, 0x214F), (0xFFFD, 0xFFFD))),
    ("LatinExtended", ((0x250, 0x36F), (0x1E00, 0x1EFF), (0x2150, 0x218F))),
    ("GreekCyrillic", ((0x370, 0x52F),)),
    ("Other", ()),
)
# DejaVu's name records kept in its pieces: copyright, names and version, not the license text
# (15 KB that libharu would embed in every PDF; the license stays with Debian's package).
DEJAVU_NAME_IDS = [0, 1, 2, 3, 4, 5, 6]
# libharu measures and encodes UTF-16 code units of the Basic Multilingual Plane only.
LAST_CODE_POINT = 0xFFFF


def ranges(code_points):
    code_points = sorted(c for c in code_points if 0x20 <= c <= LAST_CODE_POINT)
    spans = []
    for code_point in code_points:
        if spans and spans[-1][1] + 1 == code_point:
            spans[-1][1] = code_point
        else:
            spans.append([code_point, code_point])
    return ",".join("%x-%x" % (first, last) for first, last in spans)


def renamed(font, suffix):
    """Gives font the PostScript name "<its name>-<suffix>" (name id 6, every platform)."""
    name_table = font["name"]
    postscript = name_table.getDebugName(6)
    for record in name_table.names:
        if record.nameID == 6:
            record.string = "%s-%s" % (postscript, suffix)
    return font


USE_MY_METRICS = 0x0200


def flatten_nested_composites(font):
    """Makes every component of a composite glyph a simple glyph, keeping the outlines."""
    glyf = font["glyf"]
    for name in font.getGlyphOrder():
        glyph = glyf[name]
        if not glyph.isComposite():
            continue
        while any(glyf[part.glyphName].isComposite() for part in glyph.components):
            parts = []
            for part in glyph.components:
                inner = glyf[part.glyphName]
                if not inner.isComposite():
                    parts.append(part)
                    continue
                for inner_part in inner.components:
                    if (hasattr(part, "transform") or hasattr(inner_part, "transform")
                            or hasattr(part, "firstPt") or hasattr(inner_part, "firstPt")):
                        sys.exit("%s: component %s is scaled or placed by points"
                                 % (name, part.glyphName))
                    lifted = copy.copy(inner_part)
                    lifted.x = part.x + inner_part.x
                    lifted.y = part.y + inner_part.y
                    if not part.flags & USE_MY_METRICS:
                        lifted.flags &= ~USE_MY_METRICS
                    parts.append(lifted)
            glyph.components = parts
    return font


def subset_font(load, code_points, keep_hinting, name_ids):
    """The font load() returns, cut down to code_points, glyph ids renumbered from 0."""
    options = subset.Options()
    options.name_IDs = name_ids
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = keep_hinting
    options.drop_tables += ["FFTM"]  # FontForge's timestamps, which fontTools cannot cut
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=code_points)
    font = load()
    subsetter.subset(font)
    return flatten_nested_composites(font)


def dejavu_pieces(source):
    """DejaVu's code points split into DEJAVU_PIECES: (suffix, code points) in order."""
    remaining = set(c for c in TTFont(source).getBestCmap() if 0x20 <= c <= LAST_CODE_POINT)
    pieces = []
    for suffix, spans in DEJAVU_PIECES:
        if spans:
            taken = set(c for c in remaining if any(a <= c <= b for a, b in spans))
        else:
            taken = set(remaining)
        remaining -= taken
        if taken:
            pieces.append((suffix, sorted(taken)))
    return pieces


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: prepare_fonts.py DEJAVU_REGULAR DEJAVU_BOLD WQY_TTC OUTPUT_DIR")
    regular, bold, cjk_collection, output = (Path(argument) for argument in sys.argv[1:])
    output.mkdir(parents=True, exist_ok=True)
    for stale in output.glob("*.ttf"):  # fonts an earlier version of this script wrote
        stale.unlink()
    manifest = []
    for role, source in (("regular", regular), ("bold", bold)):
        for suffix, piece in dejavu_pieces(source):
            font = subset_font(lambda: TTFont(source), piece, True, DEJAVU_NAME_IDS)
            renamed(font, suffix)
            name = "%s-%s.ttf" % (source.stem, suffix)
            font.save(output / name)
            manifest.append("%s %s %s" % (role, name, ranges(piece)))

    code_points = sorted(c for c in TTCollection(cjk_collection).fonts[0].getBestCmap()
                         if 0x20 <= c <= LAST_CODE_POINT)
    for index in range(0, len(code_points), CHARACTERS_PER_PIECE):
        piece = code_points[index:index + CHARACTERS_PER_PIECE]
        font = subset_font(lambda: TTCollection(cjk_collection).fonts[0], piece, False, ["*"])
        glyphs = len(font.getGlyphOrder())
        if glyphs >= 16000:
            sys.exit("CJK piece %d still has %d glyphs" % (index, glyphs))
        number = index // CHARACTERS_PER_PIECE
        renamed(font, str(number))
        name = "wqy-microhei-%d.ttf" % number
        font.save(output / name)
        manifest.append("regular %s %s" % (name, ranges(piece)))

    (output / "fonts.txt").write_text(
        "# role file code-point-ranges, in fallback order; written by prepare_fonts.py\n"
        + "\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
