#!/usr/bin/env python3
"""Prepares the fonts the invoice plugins embed, from Debian's font packages.

libharu 2.3.0 prints glyphs whose id is above about 16,000 as blanks, and WenQuanYi Micro Hei (the
CJK font) has 49,531 glyphs. So the CJK font is cut into pieces of a few thousand characters each,
every piece a small TrueType font whose glyph ids stay low. DejaVu Sans (Latin, Greek, Cyrillic)
is small enough to be copied as it is.

Writes into the output folder the fonts and fonts.txt, the manifest the plugins read: one line per
font, in fallback order, "<role> <file> <ranges>", role regular or bold, ranges the hexadecimal
code point ranges the font covers ("20-7e,a0-17f").
"""
import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

CHARACTERS_PER_PIECE = 6000
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


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: prepare_fonts.py DEJAVU_REGULAR DEJAVU_BOLD WQY_TTC OUTPUT_DIR")
    regular, bold, cjk_collection, output = (Path(argument) for argument in sys.argv[1:])
    output.mkdir(parents=True, exist_ok=True)
    manifest = []
    for role, source in (("regular", regular), ("bold", bold)):
        shutil.copyfile(source, output / source.name)
        manifest.append("%s %s %s" % (role, source.name, ranges(TTFont(source).getBestCmap())))

    code_points = sorted(c for c in TTCollection(cjk_collection).fonts[0].getBestCmap()
                         if 0x20 <= c <= LAST_CODE_POINT)
    for index in range(0, len(code_points), CHARACTERS_PER_PIECE):
        piece = code_points[index:index + CHARACTERS_PER_PIECE]
        options = subset.Options()
        options.name_IDs = ["*"]
        options.notdef_outline = True
        options.layout_features = []
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=piece)
        font = TTCollection(cjk_collection).fonts[0]
        subsetter.subset(font)
        glyphs = len(font.getGlyphOrder())
        if glyphs >= 16000:
            sys.exit("CJK piece %d still has %d glyphs" % (index, glyphs))
        name = "wqy-microhei-%d.ttf" % (index // CHARACTERS_PER_PIECE)
        font.save(output / name)
        manifest.append("regular %s %s" % (name, ranges(piece)))

    (output / "fonts.txt").write_text(
        "# role file code-point-ranges, in fallback order; written by prepare_fonts.py\n"
        + "\n".join(manifest) + "\n")


if __name__ == "__main__":
    main()
