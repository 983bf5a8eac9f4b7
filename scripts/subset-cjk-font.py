#!/usr/bin/env python3
"""Makes the Simplified Chinese font in fonts/ from Noto Sans CJK SC.

The full Noto Sans CJK collection is 20 MB per weight. Leaflets need Simplified Chinese
only, so this keeps GB 2312 level 1 (the 3,755 most frequent hanzi, about 99.7% of
running text, which covers likely edits), the GB 2312 symbol rows, CJK punctuation,
full-width forms, Basic Latin, and every character the content's zh-Hans files use
today. It converts the CFF outlines to TrueType: react-pdf embeds TTF most reliably.
Run it again after a translation adds a rare hanzi (`leaflets check` names it), or
pass extra characters:

    apt-get install python3-fonttools fonts-noto-cjk
    /usr/bin/python3 scripts/subset-cjk-font.py [EXTRA_CHARACTERS]

Needs Debian's python3-fonttools and fonts-noto-cjk (the source fonts, SIL OFL 1.1).
"""
import sys
from pathlib import Path
from fontTools import subset
from fontTools.ttLib import TTCollection, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

SOURCES = {
    'Regular': '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    'Bold': '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
}
SC_INDEX = 2  # NotoSansCJKsc-* in the collections


def gb2312() -> set[int]:
    """Symbol rows 0xA1-0xA9 and level-1 hanzi rows 0xB0-0xD7 of GB 2312."""
    chars = set()
    for hi in [*range(0xA1, 0xAA), *range(0xB0, 0xD8)]:
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode('gb2312')))
            except UnicodeDecodeError:
                pass
    return chars


def wanted(extra: str) -> set[int]:
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    used = ''.join(p.read_text(encoding='utf-8') for p in Path('content').rglob('zh-Hans.yaml'))
    cps = gb2312() | {ord(c) for c in extra + used}
    for a, b in ranges:
        cps |= set(range(a, b + 1))
    return cps


def to_truetype(font) -> None:
    """CFF (cubic) outlines to glyf (quadratic), after fontTools' otf2ttf example."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['loca'] = newTable('loca')
    font['glyf'] = glyf
    del font['CFF ']
    for table in ('VORG',):
        if table in font:
            del font[table]
    glyf.compile(font)
    hmtx = font['hmtx']
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, 'xMin'):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = newTable('maxp')
    maxp.tableVersion = 0x00010000
    for field in ('maxZones',):
        setattr(maxp, field, 1)
    for field in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    font['maxp'] = maxp
    post = font['post']
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font['head'].glyphDataFormat = 0
    font.sfntVersion = '\x00\x01\x00\x00'


def main() -> None:
    extra = sys.argv[1] if len(sys.argv) > 1 else ''
    for weight, path in SOURCES.items():
        font = TTCollection(path).fonts[SC_INDEX]
        options = subset.Options()
        options.layout_features = ['*']
        options.name_IDs = ['*']
        options.name_languages = ['*']
        options.notdef_outline = True
        options.hinting = False
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted(extra))
        subsetter.subset(font)
        to_truetype(font)
        out = f'fonts/NotoSansSC-{weight}-Subset.ttf'
        font.save(out)
        print(out)


if __name__ == '__main__':
    main()
