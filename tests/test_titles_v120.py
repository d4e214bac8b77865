"""Parser 1.20.0 title rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import run, titles_of


def test_an_office_after_and_the_belongs_to_the_next_name():
    p = run("The Ambassador of Rwanda to China, Mr. Charles Okoye, and the Vice-Chancellor of the University of Arts "
            "of Byumba, Mr. Faustin Nyomba, visited our university. Mr. Nyomba said ties matter. Mr. Okoye said so too.")
    assert titles_of(p, "Charles Okoye") == ["Ambassador of Rwanda to China"]
    assert titles_of(p, "Faustin Nyomba") == ["Vice-Chancellor of the University of Arts of Byumba"]


def test_the_occasion_an_adverb_or_an_honorific_after_the_office_is_no_part_of_it():
    p = run("China has made breakthroughs, said Li Ganming, Chinese Minister of Ecology and Environment at the meeting.")
    assert titles_of(p, "Li Ganming") == ["Chinese Minister of Ecology and Environment"]
    p = run("Wang Zhaoming, who is also Vice Chairman of the National People's Congress warmly received the delegation "
            "and said ties matter.")
    assert titles_of(p, "Wang Zhaoming") == ["Vice Chairman of the National People's Congress"]
    p = run("The Director General of the Harbour Strategic Partnership (HSP) Mr Joseph Olasunkanmi Tegbe said ties "
            "matter.")
    assert titles_of(p, "Joseph Olasunkanmi Tegbe") == ["Director General of the Harbour Strategic Partnership (HSP)"]


def test_his_excellency_between_the_office_and_the_name():
    p = run("Marape met with Guangdong Governor H.E. Wang Weimin on Thursday. Wang said ties matter.")
    assert titles_of(p, "Wang Weimin") == ["Guangdong Governor"]


def test_a_long_office_before_a_comma_and_an_honorific():
    p = run("The Hokim of the region received a delegation led by the Director-General of the Foreign Affairs Office of "
            "Hubei Provincial People's Government of the People's Republic of China, Ms. Zhang Xiaomin. Zhang said "
            "ties matter.")
    assert titles_of(p, "Zhang Xiaomin") == ["Director-General of the Foreign Affairs Office of Hubei Provincial "
                                             "People's Government of the People's Republic of China"]


def test_an_office_with_of_after_led_by_then_a_comma_and_the_name():
    p = run("The delegation led by Mayor of Harbour City, Adane Abebe which is on a working visit to China had a "
            "meeting with the Deputy Chairperson. Mayor Adane said ties matter.")
    assert titles_of(p, "Adane Abebe") == ["Mayor of Harbour City"]
