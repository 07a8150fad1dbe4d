#!/usr/bin/env python3
"""Writes the small, uncompressed PDF seeds of the `pdf` fuzz target (Seeds/pdf/*.pdf).

The committed PDFs under tests/ are 85-240 KB of Flate-compressed streams: byte mutations of those mostly break the
compression, so afl-fuzz would rarely reach the page content. These seeds keep every stream plain, so that a mutation
lands in an operator, a coordinate, a ruling line or the ToUnicode map. Text is a statutory table fragment in a
Type0 font (Identity-H, ToUnicode map, no embedded font program: PdfPig reads the codes through the map), so the
fuzzed inputs reach the table readers and not only the line builder.

    python3 tests/GovInfoReport.Fuzz/make-pdf-seeds.py     (rewrites Seeds/pdf/table-ruled.pdf and table-unruled.pdf)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (x, y, text) in points from the bottom left; a page of 595 x 842.
TEXT = [
    (60, 790, "2022年政府信息公开工作年度报告"),
    (60, 760, "二、主动公开政府信息情况"),
    (60, 735, "第二十条第（一）项"),
    (62, 712, "信息内容"), (182, 712, "本年新制作数量"), (302, 712, "本年新公开数量"), (422, 712, "对外公开总数量"),
    (62, 690, "规章"), (182, 690, "0"), (302, 690, "0"), (422, 690, "3"),
    (62, 668, "规范性文件"), (182, 668, "12"), (302, 668, "12"), (422, 668, "45"),
    (60, 630, "第二十条第（五）项"),
    (62, 607, "信息内容"), (182, 607, "上一年项目数量"), (302, 607, "本年增/减"), (422, 607, "处理决定数量"),
    (62, 585, "行政许可"), (182, 585, "7"), (302, 585, "-1"), (422, 585, "1,024"),
    (60, 40, "1"),
]

# Table frames: (left, top, right, bottom, row boundaries, column boundaries).
TABLES = [
    (58, 726, 538, 660, [704, 682], [178, 298, 418]),
    (58, 621, 538, 577, [599], [178, 298, 418]),
]


def unicode_map(chars):
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Fuzz-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
        f"{len(chars)} beginbfchar",
    ]
    lines += [f"<{code:04X}> <{ord(c):04X}>" for c, code in chars.items()]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def content(chars, ruled):
    ops = []
    if ruled:
        ops.append("0.5 w")
        for left, top, right, bottom, rows, columns in TABLES:
            ops.append(f"{left} {bottom} {right - left} {top - bottom} re S")
            ops += [f"{left} {y} m {right} {y} l S" for y in rows]
            ops += [f"{x} {top} m {x} {bottom} l S" for x in columns]
    for x, y, text in TEXT:
        codes = "".join(f"{chars[c]:04X}" for c in text)
        ops.append(f"BT /F1 10.5 Tf {x} {y} Td <{codes}> Tj ET")
    return "\n".join(ops).encode("ascii")


def pdf(ruled):
    chars = {}
    for _, _, text in TEXT:
        for c in text:
            chars.setdefault(c, len(chars) + 1)
    half_width = " ".join(f"{code} [500]" for c, code in chars.items() if ord(c) < 0x2E80)
    stream = content(chars, ruled)
    cmap = unicode_map(chars)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        ("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity)"
         f" /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /W [{half_width}] /CIDToGIDMap /Identity >>").encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880"
        b" /Descent -140 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    folder = os.path.join(HERE, "Seeds", "pdf")
    os.makedirs(folder, exist_ok=True)
    for name, ruled in (("table-ruled.pdf", True), ("table-unruled.pdf", False)):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(pdf(ruled))
