"""Parser 1.39.0 name and role rules, on invented sentences (pure functions, no Prefect)."""
from readouts.transform import names as N

# ---------------------------------------------------------------- credits


def credited(line: str) -> list[str]:
    return [n for _, _, n in N.byline_names(line)]


def test_review_and_supervision_labels_credit_a_person():
    assert credited("Reviewed by: Peng Lixia    Supervised by: Tang Hua") == ["Peng Lixia", "Tang Hua"]
    assert credited("(Translated by Gao Ruoyu / Reviewed by Fang Yiming)") == ["Gao Ruoyu", "Fang Yiming"]


def test_writer_picture_and_review_labels_credit_a_person():
    assert credited("Writer: Qin Lan  |  Editor: Du Feng  |  From: Original") == ["Qin Lan", "Du Feng"]
    assert credited("Author: Fan Jie Picture: Shen Yaqi Review: Lu Dongmei") == ["Fan Jie", "Shen Yaqi", "Lu Dongmei"]


def test_a_photo_credit_label_stops_at_a_double_slash_or_cjk_text():
    assert credited("Photo Credit: Marla Keene // City of Springfield") == ["Marla Keene"]
    assert credited("Author: Kong Wenjie \u65f6\u95f4:2023-09-16 Share with friends:") == ["Kong Wenjie"]


def test_a_credit_in_chinese_characters_is_kept_whole():  # guard
    assert credited("Editor: \u738b\u4e16\u5b66") == ["\u738b\u4e16\u5b66"]


def test_a_credited_name_may_carry_accented_letters():
    assert credited("(Photo: Tamás Erdélyi/kormany.hu)") == ["Tamás Erdélyi"]
    assert credited("MTI Photos: Kovács Zoltán") == ["Kovács Zoltán"]


def test_a_byline_in_capitals_or_before_an_en_dash():
    assert credited("BY Aron Feld / Comment:0") == ["Aron Feld"]
    assert credited("By Leyla Mammadova \u2013 Trend:") == ["Leyla Mammadova"]


def test_a_photo_label_before_an_agency_alone_credits_no_one():  # guard
    assert credited("Photo: Xinhua") == []
    assert credited("Photo: Government Press Office") == []
