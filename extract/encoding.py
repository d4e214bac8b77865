"""Bytes -> text for HTML pages.

Order of evidence (WHATWG-like, simplified):
  1. byte-order mark (UTF-8, UTF-16 LE/BE);
  2. the charset of the HTTP Content-Type header;
  3. `<meta charset>` / `<meta http-equiv="Content-Type">` / `<?xml encoding>` in the first few KB;
  4. UTF-8, if the bytes decode as UTF-8;
  5. a fallback (GB18030 if the bytes decode under it, else windows-1252), with errors="replace".

GB2312/GBK declarations are decoded as GB18030 (a strict superset). A declared charset that is
contradicted by the bytes (they do not decode under it, or they are valid multi-byte UTF-8 while a
legacy single-byte charset was declared) falls back to UTF-8 when UTF-8 fits. Nothing here raises on
undecodable bytes; `sniff_binary` reports non-text content so that the caller can refuse it.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

PRESCAN_BYTES = 8192

# label -> the codec we actually use
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "ms936": "gb18030",
    "windows-936": "gb18030", "euc-cn": "gb18030", "csgb2312": "gb18030", "chinese": "gb18030",
    "iso-ir-58": "gb18030", "gb_2312-80": "gb18030", "gb_2312": "gb18030", "hz-gb-2312": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "csbig5": "big5hkscs",
    # WHATWG: these labels all mean windows-1252
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252", "cp1252": "cp1252",
    "x-cp1252": "cp1252", "iso_8859-1": "cp1252", "ansi_x3.4-1968": "cp1252",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
    "shift-jis": "shift_jis", "sjis": "shift_jis", "x-sjis": "shift_jis", "windows-31j": "cp932",
    "euc-kr": "euc_kr", "ks_c_5601-1987": "cp949", "windows-949": "cp949",
}

# single-byte legacy charsets: almost any byte string "decodes", so valid multi-byte UTF-8 wins
_SINGLE_BYTE = {"cp1252", "latin_1", "iso8859-1", "ascii", "cp1251", "koi8-r", "iso8859-15", "iso8859-2",
                "cp1250", "iso8859-5"}

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)

_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"%PDF-", 0, "PDF"),
    (b"PK\x03\x04", 0, "ZIP/Office document"),
    (b"\x1f\x8b", 0, "gzip"),
    (b"BZh", 0, "bzip2"),
    (b"\xfd7zXZ\x00", 0, "xz"),
    (b"(\xb5/\xfd", 0, "zstd"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z"),
    (b"Rar!\x1a\x07", 0, "RAR"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"\x00asm", 0, "WebAssembly"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "legacy MS Office document"),
    (b"OggS", 0, "Ogg"),
    (b"ID3", 0, "MP3"),
    (b"wOFF", 0, "WOFF font"),
    (b"wOF2", 0, "WOFF2 font"),
    (b"\x00\x00\x01\x00", 0, "ICO"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"ftyp", 4, "MP4/QuickTime"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"PAR1", 0, "Parquet"),
]


def normalize_charset(label: str | None) -> str | None:
    """A charset label as found in a header or page -> the Python codec to use, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    if label in _ALIASES:
        return _ALIASES[label]
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    if name in ("utf-16", "utf-32", "utf-16-le", "utf-16-be"):
        # a page that declares UTF-16 in ASCII-compatible bytes is not UTF-16 (WHATWG: treat as UTF-8)
        return "utf-8"
    if name == "latin-1" or name == "iso8859-1":
        return "cp1252"
    return _ALIASES.get(name, name)


def sniff_binary(raw: bytes) -> str | None:
    """Name of the binary format `raw` looks like (e.g. "PNG"), "binary data", or None for text."""
    if not raw:
        return None
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for magic, offset, name in _MAGIC:
        if raw[offset:offset + len(magic)] == magic:
            return name
    if raw[:2] == b"BM" and len(raw) > 26 and b"\x00" in raw[2:14]:
        return "BMP"
    if raw[:4] == b"RIFF" and raw[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return raw[8:12].decode("ascii").strip()
    if raw[:2] == b"MZ" and b"\x00" in raw[2:64]:
        return "Windows executable"
    head = raw[:8192]
    if _utf16_without_bom(head):
        return None
    nul = head.count(b"\x00")
    controls = sum(head.count(bytes([c])) for c in range(0, 32) if c not in (9, 10, 12, 13, 27))
    if nul > 0 and nul / len(head) > 0.01 or controls / len(head) > 0.10:
        return "binary data"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """HTML in UTF-16 without a BOM shows as '<\\0' / '\\0<' at the start."""
    stripped = head.lstrip(b" \t\r\n")
    if stripped[:4] in (b"<\x00!\x00", b"<\x00h\x00", b"<\x00H\x00") or (
            len(head) >= 64 and head[1:64:2].count(0) > 28 and head[0:64:2].count(0) == 0):
        return "utf-16-le"
    if stripped[:4] in (b"\x00<\x00!", b"\x00<\x00h", b"\x00<\x00H") or (
            len(head) >= 64 and head[0:64:2].count(0) > 28 and head[1:64:2].count(0) == 0):
        return "utf-16-be"
    return None


def charset_from_headers(http_headers: Mapping[str, str] | None) -> str | None:
    """The charset label from a Content-Type header (case-insensitive header names)."""
    if not http_headers:
        return None
    try:
        items = list(http_headers.items())
    except Exception:  # noqa: BLE001 - a strange mapping must not break decoding
        return None
    for key, value in items:
        if str(key).lower() == "content-type" and value:
            m = _HEADER_CHARSET.search(str(value))
            if m:
                return m.group(1)
    return None


def charset_from_meta(raw: bytes, limit: int = PRESCAN_BYTES) -> str | None:
    """The charset declared by the page itself in its first `limit` bytes."""
    head = raw[:limit]
    m = _XML_ENCODING.search(head)
    if m:
        return m.group(1).decode("ascii", "replace")
    for m in _META_CHARSET.finditer(head):
        return m.group(1).decode("ascii", "replace")
    return None


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
        return True
    except UnicodeDecodeError as exc:
        # a download cut in the middle of a multi-byte character is still that encoding
        return exc.reason == "unexpected end of data" and exc.start >= len(raw) - 4 and _decodes(raw[:exc.start], codec)
    except LookupError:
        return False


def _is_utf8(raw: bytes) -> bool:
    return _decodes(raw, "utf-8")


def decode_html(raw: bytes, http_headers: Mapping[str, str] | None = None) -> tuple[str, str]:
    """Decode an HTML page. Returns (text, encoding used). Never raises on undecodable bytes."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8"
    if raw.startswith(codecs.BOM_UTF16_LE):
        return raw[2:].decode("utf-16-le", errors="replace"), "utf-16-le"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return raw[2:].decode("utf-16-be", errors="replace"), "utf-16-be"
    u16 = _utf16_without_bom(raw[:8192])
    if u16:
        return raw.decode(u16, errors="replace"), u16

    header = normalize_charset(charset_from_headers(http_headers))
    meta = normalize_charset(charset_from_meta(raw))
    # servers often send a default ISO-8859-1 that the page itself contradicts
    if header in _SINGLE_BYTE and meta and meta != header:
        header = None
    declared = header or meta
    is_ascii = raw.isascii()

    if declared:
        if is_ascii and declared not in ("utf-16-le", "utf-16-be"):
            return raw.decode(declared, errors="replace"), declared
        utf8_ok = _is_utf8(raw)
        if declared == "utf-8":
            if utf8_ok:
                return raw.decode("utf-8", errors="replace"), "utf-8"
            # declared UTF-8 but the bytes are not: a legacy encoding mislabelled (common for GBK)
            if _decodes(raw, "gb18030") and _cjk_ratio(raw.decode("gb18030")) > 0.3:
                return raw.decode("gb18030"), "gb18030"
            return raw.decode("utf-8", errors="replace"), "utf-8"
        if utf8_ok:
            # valid multi-byte UTF-8 is practically never produced by legacy encodings of real text
            return raw.decode("utf-8"), "utf-8"
        if _decodes(raw, declared):
            return raw.decode(declared), declared
        return raw.decode(declared, errors="replace"), declared

    if is_ascii or _is_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    if _decodes(raw, "gb18030") and _cjk_ratio(raw.decode("gb18030")) > 0.3:
        return raw.decode("gb18030"), "gb18030"
    return raw.decode("cp1252", errors="replace"), "cp1252"


def _cjk_ratio(text: str) -> float:
    """Share of CJK ideographs among the non-ASCII characters of `text`."""
    non_ascii = [c for c in text[:200_000] if ord(c) > 127]
    if not non_ascii:
        return 0.0
    cjk = sum(1 for c in non_ascii if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return cjk / len(non_ascii)
