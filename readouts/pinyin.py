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


# Hong Kong and Macao write Chinese names in Cantonese romanisation, the given name as two words ("Wong Sio Chak",
# "Ho Hau Wah", "Chui Sai On"); Taiwan's Wade-Giles shares some surnames. Rule `cantonese_name` reads these names.
CANTONESE_SURNAMES = {
    "wong", "cheung", "chan", "leung", "lam", "tsang", "chow", "chau", "ng", "ho", "lau", "lee", "yeung", "kwok",
    "fok", "tse", "tam", "ip", "yip", "chiu", "cheng", "tang", "lai", "lui", "mok", "kwan", "choi", "tsui", "fung",
    "au", "siu", "lo", "law", "sze", "chung", "chu", "hui", "ko", "ma", "kong", "lok", "mak", "poon", "pun", "shum",
    "tong", "wan", "wu", "yu", "yuen", "ting", "hung", "chui", "leong", "sou", "lei", "cheong", "ieong", "iong",
    "vong", "chao", "kuok", "lao", "hoi", "tung", "tsoi", "tsai", "kam", "kan", "kwong", "ling", "luk", "man", "mui",
    "pang", "shek", "sin", "so", "suen", "sun", "tai", "tin", "to", "tso", "wai", "yau", "yim", "yiu", "yung", "choy",
    "chong", "fong", "hon", "hsu", "hsieh", "chiang", "koo", "lim", "ong", "chin", "liu", "lin", "chen", "li", "wang",
    "zhang", "liang", "huang", "zhou", "lu", "ngai", "sit", "cheuk", "kuan", "lou", "u",
}
CANTONESE_SYLLABLES = {
    "chak", "wah", "hau", "sio", "sai", "on", "kin", "keung", "ming", "yiu", "kwong", "hing", "fai", "man", "kit", "chi",
    "wai", "sing", "hung", "kei", "ka", "yee", "tak", "yuet", "ngor", "lap", "yan", "kwok", "chun", "wing", "shing",
    "chuen", "fat", "tin", "ho", "lok", "kam", "kai", "pui", "pik", "suk", "mei", "ling", "ping", "yin", "fun", "kuen",
    "chung", "sum", "hong", "leung", "yuen", "chiu", "shun", "cheuk", "tze", "tsz", "chee", "hwa", "kuo", "tsun", "nam",
    "yeung", "kong", "sang", "hei", "hoi", "hin", "yat", "sze", "siu", "kwai", "lai", "wan", "yip", "tung", "fung",
    "fong", "ngai", "mo", "po", "tim", "kiu", "ki", "yu", "chor", "sau", "fook", "wo", "lun", "kan", "lin", "lam", "nin",
    "hok", "choi", "sheung", "cheong", "iek", "ian", "vai", "kuan", "iat", "keong", "vong", "ieng", "cheng", "seng",
    "kuong", "hou", "lei", "leng", "chong", "kok", "mun", "nga", "oi", "sin", "tat", "tsang", "wa", "yim", "ying",
}


# Malaysia and Singapore write Chinese names in Hokkien, Hakka or Teochew romanisation ("Tiong King Sing", "Chang
# Lih Kang", "Wee Ka Siong", "Lee Hsien Loong"): these surnames (none a Mandarin one), and given words of one
# syllable's shape
SOUTHERN_SURNAMES = {
    "tiong", "goh", "ong", "wee", "loke", "teo", "teoh", "koh", "chua", "yeo", "khoo", "ooi", "teh", "yap", "foo",
    "soo", "liew", "loh", "low", "thong", "tay", "seah", "quek", "hew", "sim", "toh", "kee", "hii", "sia", "kho",
    "tiew", "lim", "chin", "hoo", "neo", "phua", "boey",
}
_SYLLABLE_SHAPE = re.compile(r"(?:ch|sh|ts|hs|ng|kh|th|[bcdfghjklmnpqrstvwxyz])?(?:[aeiou]{1,3})(?:ng|n|k|h|p|t|m|w|r)?")


def cantonese_shape(words: list[str]) -> bool:
    """A surname and a two-word given name in Cantonese romanisation ("Wong Sio Chak"), or in a southern one
    ("Tiong King Sing", rule `southern_name`, parser 1.27.0); at least one given word is no single pinyin
    syllable, so that three pinyin names in a row ("Wang Yang Li ...") never read as one."""
    if len(words) != 3:
        return False
    sur = words[0].lower()
    given = [w.lower() for w in words[1:]]
    given[-1] = given[-1].split("-")[0]  # "Lam Cheng Yuet-ngor"
    plain = not any(syllables(g, 1) != 1 for g in given)
    if sur in CANTONESE_SURNAMES and all(g in CANTONESE_SYLLABLES for g in given):
        return not plain
    # a southern surname is no Mandarin one, so it never opens three pinyin names in a row
    return (sur in SOUTHERN_SURNAMES or sur in CANTONESE_SURNAMES and not plain) and \
        all(2 <= len(g) <= 5 and _SYLLABLE_SHAPE.fullmatch(g) for g in given)
