"""Parser 1.21.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run


def test_a_clause_is_no_party():
    # rule `clause_not_party`: words quoted before "said", a fronted purpose or participle
    p = run("Hanoi wants to expand relations with Chengdu, said Chairman Vu Minh Khoa during the talks.")
    assert names(p.speakers) == {"Vu Minh Khoa"}
    p = run("To further deepen the strategic partnership, the Hanoi leader proposed closer exchanges.")
    assert names(p.speakers) == set()
    p = run("Speaking to local officials at the school, the visitors praised the teachers.")
    assert not any(n.startswith("Speaking") for n in names(p.speakers))
    p = run("The Beijing Municipal Trade Union reported that the workers will benefit.")  # (1.38.0: a body that
    # only "said" something speaks to the press, `body_statement`)
    assert names(p.speakers) == {"Beijing Municipal Trade Union"}
