"""Pinyin syllables: the shape of romanised Chinese names (surnames, given names).

Shared by extract (a bare author line under a headline is a name) and transform (the name recogniser).
"""
from __future__ import annotations

import re

_INITIALS = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"]
_FINALS = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "ia", "ie",
           "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "er",
           "ueng"]
# initial/final combinations that are not syllables but would let English words pass
_NOT_SYLLABLES = {"be", "pe", "we", "ten", "te", "ke", "re", "ze", "ce", "se"} - {"ke", "re", "ze", "ce", "se", "te"}
PINYIN = ({i + f for i in _INITIALS for f in _FINALS} - {""} - _NOT_SYLLABLES) | {"lyu", "nyu", "lve", "nve"}

COMPOUND_SURNAMES = {"ouyang", "sima", "zhuge", "situ", "shangguan", "huangfu", "xiahou", "dongfang",
                     "gongsun", "zhangsun", "murong", "linghu", "yuwen", "duanmu"}


def syllables(word: str, max_n: int = 2) -> int | None:
    """Number of pinyin syllables `word` splits into (<= max_n), or None if it is not pinyin."""
    word = word.replace("\u00fc", "v")  # "L\u00fc" is written with u-umlaut, pinyin input uses v
    w = word.lower().replace("'", "").replace("\u2019", "").replace("-", "")
    if not w.isalpha():
        return None

    def split(s: str, n: int) -> int | None:
        if not s:
            return 0
        if n == 0:
            return None
        for k in range(min(6, len(s)), 0, -1):
            if s[:k] in PINYIN:
                rest = split(s[k:], n - 1)
                if rest is not None:
                    return rest + 1
        return None

    if "'" in word or "\u2019" in word or "-" in word:
        parts = re.split(r"['\u2019-]", word.lower())
        total = 0
        for p in parts:
            r = split(p, max_n)
            if r is None:
                return None
            total += r
        return total if total <= max_n else None
    return split(w, max_n)


# pinyin-shaped English words that are no surname ("In Dongxing, he visited ...")
_NOT_SURNAMES = {"in"}


def is_surname(word: str) -> bool:
    return word.lower() in COMPOUND_SURNAMES or (syllables(word, 1) == 1 and word.lower() not in _NOT_SURNAMES)


def is_given_name(word: str) -> bool:
    return syllables(word, 2) is not None
