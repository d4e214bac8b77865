"""Parser 1.23.0 title rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import run, titles_of


def test_an_office_after_with_or_by_then_a_comma_and_a_style_is_the_name_s():
    # rule `office_comma_led`: lower-case offices and styles of address between the comma and the name
    p = run("Governor Ma Lin met with the mayor of Tartu, Urmas Klaas and his party in Xi'an on Monday. Klaas said "
            "the visit was fruitful.")
    assert titles_of(p, "Urmas Klaas") == ["mayor of Tartu"]
    p = run("Ma Lin spoke at a courtesy call by Chinese Ambassador to Fiji, His Excellency Zhou Jian, at the Office "
            "of the Prime Minister. Zhou thanked the host.")
    assert titles_of(p, "Zhou Jian") == ["Chinese Ambassador to Fiji"]
    p = run("The new Chinese ambassador to Tonga, H.E Cao Xiaolin, on Tuesday paid a courtesy call to the Speaker. "
            "Cao said ties are strong.")
    assert titles_of(p, "Cao Xiaolin") == ["new Chinese ambassador to Tonga"]


def test_an_office_after_a_fronted_adverbial_is_the_name_s_but_not_after_a_name():
    p = run("At the meeting, the founder of Zhenghe Island, Liu Donghua, delivered a speech.")
    assert titles_of(p, "Liu Donghua") == ["founder of Zhenghe Island"]
    # in a roll the office after a name and a comma is that name's apposition, never the next name's title
    p = run("Speakers included Anna Berg, the president of Tartu University, Li Ming, and Wu Gang.")
    assert titles_of(p, "Li Ming") == []
