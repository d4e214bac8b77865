"""extract.encoding: bytes -> text, and the encoding recorded on the document."""
from __future__ import annotations

import codecs

import pytest

from readouts.extract.encoding import charset_from_headers, charset_from_meta, decode_html, normalize_charset, sniff_binary
from readouts.extract.html import parse_html

ZH = "四川省人民政府召开常务会议，研究部署百强中心镇建设工作。会议强调，要深入学习贯彻习近平总书记重要指示精神。"
EN = "The meeting stressed that all departments should implement the plan, improve services, and act now."


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>T</title></head><body><div class=\"content\"><p>{body}</p></div></body></html>"


# ------------------------------------------------------------------ decode_html
def test_utf8_bom_wins_over_declared_charset():
    raw = codecs.BOM_UTF8 + page(ZH, '<meta charset="gbk">').encode("utf-8")
    text, enc = decode_html(raw)
    assert enc == "utf-8"
    assert ZH in text and not text.startswith("\ufeff")


def test_utf16_bom():
    raw = codecs.BOM_UTF16_LE + page(EN).encode("utf-16-le")
    text, enc = decode_html(raw)
    assert enc == "utf-16-le" and EN in text


def test_http_header_charset_is_used():
    raw = page(ZH).encode("gb18030")  # no meta: only the header says what it is
    text, enc = decode_html(raw, {"Content-Type": "text/html; charset=GBK"})
    assert enc == "gb18030" and ZH in text


def test_http_header_names_are_case_insensitive():
    assert charset_from_headers({"content-type": "text/html;charset=\"big5\""}) == "big5"
    assert charset_from_headers({"CONTENT-TYPE": "text/html"}) is None
    assert charset_from_headers(None) is None


def test_http_header_beats_meta():
    raw = page(ZH, '<meta charset="big5">').encode("gb18030")
    text, enc = decode_html(raw, {"Content-Type": "text/html; charset=gb2312"})
    assert enc == "gb18030" and ZH in text


def test_default_latin1_header_does_not_override_page_meta():
    raw = page(ZH, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gbk")
    text, enc = decode_html(raw, {"Content-Type": "text/html; charset=ISO-8859-1"})
    assert enc == "gb18030" and ZH in text


@pytest.mark.parametrize("meta", ['<meta charset="gb2312">', "<meta charset=GBK>",
                                  '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'])
def test_meta_charset_gbk_decoded_as_gb18030(meta):
    raw = page(ZH, meta).encode("gbk")
    text, enc = decode_html(raw)
    assert enc == "gb18030"
    assert ZH in text


def test_gb18030_superset_characters_survive():
    # U+3400 (CJK extension A) and the euro sign are not in GB2312 but are in GB18030
    body = ZH + "㐀€"
    raw = page(body, '<meta charset="gb2312">').encode("gb18030")
    text, enc = decode_html(raw)
    assert enc == "gb18030" and body in text


def test_xml_declaration_encoding():
    raw = ('<?xml version="1.0" encoding="gb2312"?>' + page(ZH)).encode("gbk")
    assert charset_from_meta(raw) == "gb2312"
    text, enc = decode_html(raw)
    assert enc == "gb18030" and ZH in text


def test_undeclared_utf8():
    text, enc = decode_html(page(ZH).encode("utf-8"))
    assert enc == "utf-8" and ZH in text


def test_undeclared_gbk_falls_back_to_gb18030():
    text, enc = decode_html(page(ZH).encode("gbk"))
    assert enc == "gb18030" and ZH in text


def test_undeclared_latin1_falls_back_to_cp1252():
    body = "Café déjà vu — naïve façade, Zürich."
    text, enc = decode_html(page(body).encode("cp1252"))
    assert enc == "cp1252" and body in text


def test_wrong_declared_charset_utf8_bytes_labelled_gbk():
    raw = page(ZH, '<meta charset="gb2312">').encode("utf-8")
    text, enc = decode_html(raw)
    assert enc == "utf-8" and ZH in text


def test_wrong_declared_charset_utf8_bytes_labelled_latin1():
    body = "Café “quoted” — 四川"
    raw = page(body, '<meta charset="iso-8859-1">').encode("utf-8")
    text, enc = decode_html(raw)
    assert enc == "utf-8" and body in text


def test_wrong_declared_charset_gbk_bytes_labelled_utf8():
    raw = page(ZH, '<meta charset="utf-8">').encode("gbk")
    text, enc = decode_html(raw)
    assert enc == "gb18030" and ZH in text


def test_invalid_bytes_are_replaced_not_raised():
    raw = page(EN, '<meta charset="utf-8">').encode("utf-8").replace(b"stressed", b"str\xff\xfe\xc3ssed")
    text, enc = decode_html(raw)
    assert enc == "utf-8"
    assert "\ufffd" in text and "all departments should implement" in text


def test_truncated_multibyte_character_at_end_is_still_utf8():
    raw = page(ZH).encode("utf-8") + "中".encode()[:2]
    text, enc = decode_html(raw)
    assert enc == "utf-8" and ZH in text


def test_unknown_charset_label_is_ignored():
    assert normalize_charset("x-no-such-charset") is None
    text, enc = decode_html(page(ZH, '<meta charset="x-no-such-charset">').encode("utf-8"))
    assert enc == "utf-8" and ZH in text


def test_normalize_charset_aliases():
    assert normalize_charset("GB2312") == "gb18030"
    assert normalize_charset("gbk") == "gb18030"
    assert normalize_charset("UTF8") == "utf-8"
    assert normalize_charset("latin1") == "cp1252"
    assert normalize_charset("utf-16") == "utf-8"  # an ASCII-compatible page cannot really be UTF-16


# ------------------------------------------------------------------ binary sniffing
@pytest.mark.parametrize("raw,kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00", "ZIP/Office document"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    (bytes(range(256)) * 4, "binary data"),
])
def test_sniff_binary(raw, kind):
    assert sniff_binary(raw) == kind


@pytest.mark.parametrize("raw", [page(EN).encode(), page(ZH).encode("gbk"), codecs.BOM_UTF16_LE + page(EN).encode("utf-16-le"),
                                 page(EN).encode("utf-16-le")])
def test_text_is_not_binary(raw):
    assert sniff_binary(raw) is None


def test_utf16_without_bom_is_detected():
    text, enc = decode_html(page(EN).encode("utf-16-le"))
    assert enc == "utf-16-le" and EN in text


# ------------------------------------------------------------------ through parse_html
def test_parse_html_records_encoding_and_decodes_chinese():
    raw = page(ZH + ZH, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gbk")
    doc = parse_html(raw, input="x.html")
    assert doc.encoding == "gb18030"
    assert doc.paragraphs == [ZH + ZH]


def test_parse_html_uses_header_charset():
    raw = page(ZH + ZH).encode("gbk")
    doc = parse_html(raw, input="http://example.org/a.html", http_headers={"Content-Type": "text/html; charset=gbk"})
    assert doc.encoding == "gb18030" and doc.paragraphs == [ZH + ZH]
