"""Parser 1.44.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run, titles_of

# ---------------------------------------------------------------- honours after a name


def test_knighthood_letters_after_a_name_are_no_surname():
    p = run("The Mayor attended the dinner with British Ambassador Dame Ellen Porter DCMG and the Consul General, Mr "
            "Tom Hale, on Friday.")
    assert "Ellen Porter" in everyone(p)
    assert not any("DCMG" in n for n in everyone(p))


# ---------------------------------------------------------------- Hong Kong legislators


def test_cantonese_surnames_in_capitals_before_hyphenated_given_names():
    p = run("The delegation comprised Hon Peter CHAN Ka-lok, Dr Hon Vincent HO Kwan-wing, Hon LAM Siu-ting and Hon "
            "LUK Wing-hung.")
    assert {"Peter Chan Ka-lok", "Vincent Ho Kwan-wing", "Lam Siu-ting", "Luk Wing-hung"} <= names(p.attendees)


def test_a_hyphenated_word_after_capitals_is_no_name_unless_the_capitals_are_a_surname():  # guard
    p = run("The Governor attended the ICT Follow-up Conference and the WHO Co-ordination meeting on Monday.")
    assert not any("-" in n for n in everyone(p))


# ---------------------------------------------------------------- "called on the visiting Prime Minister"


def test_calling_on_the_visiting_prime_minister_is_a_courtesy_call():
    p = run("Prime Minister Kofi Mensah met Prime Minister Arjun Rao in Delhi today. Minister of External Affairs "
            "Leela Nair and Minister of Home Affairs Vikram Das also called on the visiting Prime Minister today.")
    assert {"Leela Nair", "Vikram Das"} <= names(p.attendees)
    assert not {"Leela Nair", "Vikram Das"} & names(p.speakers)


def test_calling_on_the_government_to_act_is_still_an_appeal():  # guard
    p = run("At the meeting, Governor Maria Lopez called on the Federal Government to release the funds.")
    assert "Maria Lopez" in names(p.speakers)


# ---------------------------------------------------------------- the readout's spokesperson and its reporter


def test_the_spokesperson_a_readout_is_attributable_to_is_a_mention():
    p = run("The following is attributable to Spokesperson Helen Clarke:\n\nSecretary of State Mark Dunn met today "
            "with Foreign Minister Ana Ruiz of Peru. The Secretary stressed the importance of the partnership.")
    assert "Helen Clarke" in names(p.mentions)
    assert "Helen Clarke" not in names(p.speakers) | names(p.attendees)


def test_a_report_label_credits_its_reporter():
    p = run("Kabul (PMG):\n\nReport: Amir Karimi\n\nThe Minister of Finance Omar Zaki met with the Ambassador of "
            "Japan, Kenji Sato, on Monday.")
    assert "Amir Karimi" in names(p.mentions)


def test_a_report_label_before_a_sentence_credits_nobody():  # guard
    p = run("Report: The Committee met on Monday under the chairmanship of Senator Paul Baker.")
    assert not {"The Committee", "Committee"} & names(p.mentions)


# ---------------------------------------------------------------- Japanese names with the surname in capitals; "May"


def test_a_japanese_name_with_its_surname_in_capitals_before_an_office():
    p = run("The delegation met with Hiroshi TANAKA, Senior Vice-President of the Institute, on Monday.")
    assert "Hiroshi TANAKA" in names(p.attendees)


def test_capitals_after_a_longer_name_are_not_a_second_name():  # guard
    p = run("The Summit was attended by H. E. Hon.Joseph Nyumah BOAKAI, Vice-President of the Republic of Liberia.")
    assert "Nyumah BOAKAI" not in everyone(p)


def test_may_is_a_surname_after_an_office_and_a_given_name():
    p = run("The meeting was chaired by Prime Minister Theresa May on Tuesday.")
    assert p.chairs == ["Theresa May"]


# ---------------------------------------------------------------- words to the press after the meeting


def test_telling_reporters_after_ending_the_meeting_is_meeting_speech():
    p = run("Minister Park Jin-woo met with his counterpart, Ri Son-gwon, in Pyongyang on Friday.\nAfter ending the "
            "50-minute meeting, Park told reporters that the two sides exchanged opinions.\nThe two sides agreed to set "
            "up more meetings, Park said.")
    assert "Park Jin-woo" in names(p.speakers)


def test_telling_a_newspaper_later_is_still_no_meeting_speech():  # guard
    p = run("Minister Park Jin-woo met with his counterpart, Ri Son-gwon, in Pyongyang on Friday.\nLast week, Kim "
            "Min-su told reporters that the talks would fail.\nThe plan was wrong, Kim said.")
    assert "Kim Min-su" not in names(p.speakers)


# ---------------------------------------------------------------- the one represented; the spokesperson's statement


def test_the_premier_someone_represents_is_a_mention():
    p = run("Also attending the celebration were Deputy Premier Datuk Amar Douglas Embas, representing Premier Tan Sri "
            "Abang Johari, and Deputy Chief Minister Datuk Shah Yahya.")
    assert {"Douglas Embas", "Shah Yahya"} <= names(p.attendees)
    assert "Abang Johari" in names(p.mentions)


def test_a_representative_is_present_however_the_sentence_runs():  # guard
    p = run("Mr. Peter Oduya, representing the Governor, attended the meeting and said the county would help.")
    assert "Peter Oduya" in names(p.speakers) | names(p.attendees)


def test_the_spokesperson_who_signed_the_statement_is_a_mention():
    p = run("The Governor met the Minister of Works, John Ade, on Friday. This was contained in a statement signed by "
            "the governor's spokesperson, Musa Bala Tofa and made available to newsmen on Friday.")
    assert "Musa Bala Tofa" in names(p.mentions)


# ---------------------------------------------------------------- styles between an office and the name; a date before it


def test_rt_hon_between_an_office_and_the_name_is_no_part_of_the_title():
    p = run("UK Chancellor of the Exchequer Rt Hon Mary Cole said the talks were useful.")
    assert titles_of(p, "Mary Cole") == ["UK Chancellor of the Exchequer"]


def test_baroness_and_a_bare_h_e_are_styles_before_the_name():
    p = run("Commonwealth Secretary-General Baroness Ann Wood said the talks were useful. Ethiopian Permanent "
            "Representative to the African Union H.E Sara Tesfaye said the talks were useful.")
    assert titles_of(p, "Ann Wood") == ["Commonwealth Secretary-General"]
    assert titles_of(p, "Sara Tesfaye") == ["Ethiopian Permanent Representative to the African Union"]


def test_an_office_then_a_comma_and_rt_hon_gives_the_title():
    p = run("The Secretary of State for Wales, Rt Hon Tom Evans MP met with the First Minister. Mr Evans said the "
            "talks were useful.")
    assert titles_of(p, "Tom Evans") == ["Secretary of State for Wales"]


def test_a_month_before_an_office_is_no_part_of_the_title():
    p = run("On 2 June Foreign Minister Karl Weber said the talks were useful.")
    assert titles_of(p, "Karl Weber") == ["Foreign Minister"]


def test_lord_mayor_is_still_an_office():  # guard
    p = run("Lord Mayor Sally Capp said the talks were useful.")
    assert titles_of(p, "Sally Capp") == ["Lord Mayor"]


def test_cum_joins_two_offices():
    p = run("The delegation led by Mr. Tran Van Binh, Deputy Secretary of the Party Committee cum Chairman of the "
            "Provincial People's Committee, visited Italy. Mr. Binh said the visit was useful.")
    assert titles_of(p, "Tran Van Binh") == ["Deputy Secretary of the Party Committee",
                                             "Chairman of the Provincial People's Committee"]


def test_offices_in_their_own_language_are_titles():
    p = run("The Tanaiste and Minister for Foreign Affairs, Sean Byrne, said the talks were useful.")
    assert titles_of(p, "Sean Byrne") == ["Tanaiste", "Minister for Foreign Affairs"]


def test_a_title_ends_before_that():
    p = run("Prime Minister Hun Sen assured Mr. Carlos Rivera, Secretary-General of the United Nations that the "
            "government will continue its policy. Mr. Rivera said the talks were useful.")
    assert titles_of(p, "Carlos Rivera") == ["Secretary-General of the United Nations"]


def test_a_rank_abbreviation_between_offices_and_the_name_is_a_style():
    p = run("The Ambassador paid a courtesy call on Prime Minister and Defense Minister Gen. Somchai Wong on Monday. "
            "Somchai said the visit was useful.")
    assert titles_of(p, "Somchai Wong") == ["Prime Minister", "Defense Minister"]


def test_an_office_after_a_dateline_dash_or_a_semicolon_is_the_next_name_s():
    p = run("Luanda, ANGOLA, December 18 - The President of the Republic, Jose Mateus, said on Wednesday that the "
            "dialogue will continue.")
    assert titles_of(p, "Jose Mateus") == ["President of the Republic"]
    p = run("Present were the Vice President, Laura Vidal; the Minister of the Interior, Pablo Ruiz, and others.")
    assert titles_of(p, "Pablo Ruiz") == ["Minister of the Interior"]


def test_an_office_after_was_and_a_style_before_the_name():
    p = run("First to be received by the Minister was the British High Commissioner to the Republic of The Gambia, "
            "H.E. Mrs Helen Bishop. Ambassador Bishop thanked the Minister.")
    assert titles_of(p, "Helen Bishop") == ["British High Commissioner to the Republic of The Gambia"]


def test_in_a_roll_a_comma_keeps_the_office_with_the_name_before_it():  # guard
    p = run("Present were Mr. Ali Musa, the Mayor of Kano, Mr. Bala Idris and Mr. Sani Abdu.")
    assert "Mayor of Kano" not in titles_of(p, "Bala Idris")


def test_a_title_ends_before_a_two_digit_date_and_a_bare_weekday():
    p = run("The Governor met with Chen Bo, Deputy Director-General of the Foreign Affairs Office on 21 April 2023. "
            "Chen said the talks were useful.")
    assert titles_of(p, "Chen Bo") == ["Deputy Director-General of the Foreign Affairs Office"]
    p = run("Mr Kojo Mensah, the Minister for Trade and Industry Monday emphasised the need for investment.")
    assert titles_of(p, "Kojo Mensah") == ["Minister for Trade and Industry"]


def test_hon_ble_is_a_style_not_part_of_the_office():
    p = run("Hon'ble Minister for Foreign Affairs Ram Thapa said the talks were useful.")
    assert titles_of(p, "Ram Thapa") == ["Minister for Foreign Affairs"]


def test_under_secretary_general_is_an_office_and_for_parts_two_offices():
    p = run("The United Nations Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator "
            "Jane Moss met with Dr Omar Farid, President of the Red Crescent Society. Ms Moss said the talks were "
            "useful.")
    assert titles_of(p, "Jane Moss") == ["United Nations Under-Secretary-General for Humanitarian Affairs",
                                         "Emergency Relief Coordinator"]


def test_an_office_after_between_and_its_name_before_and_the():
    p = run("The commitment was reiterated during a meeting between the Deputy Speaker of Parliament of Uganda, "
            "Peter Okello and the Deputy Chairman of the Committee, Wang Bo.")
    assert titles_of(p, "Peter Okello") == ["Deputy Speaker of Parliament of Uganda"]


# ---------------------------------------------------------------- two words after a single initial


def test_two_words_after_an_honorific_and_an_initial_are_one_name():
    p = run("The meeting between President Ravi Perera and Indian Foreign Minister Dr. S Jai Kumar was held this "
            "morning. Dr. S Jai Kumar said the talks were useful.")
    assert "S Jai Kumar" in names(p.speakers)


def test_a_headline_verb_after_an_initialled_name_is_no_surname():  # guard
    p = run("Dr. A Smith Said the plan was good.")
    assert "A Smith Said" not in everyone(p)


def test_held_here_and_a_day_set_off_by_commas_then_talks_with():
    p = run("Morocco's Head of Government Karim Alami held, here Wednesday, talks with Iraqi President Omar Said.")
    assert {"Karim Alami", "Omar Said"} <= names(p.attendees)


# ---------------------------------------------------------------- Myanmar's styles


def test_burmese_styles_u_and_daw_before_a_name():
    p = run("Minister U Kyaw Tin met the Ambassador of Japan. The party follows the principles set by Daw Aung San "
            "Suu Kyi.")
    assert "Kyaw Tin" in everyone(p)
    assert "Aung San Suu Kyi" in everyone(p)


def test_u_before_no_burmese_name_is_no_style():  # guard
    p = run("The U.S. Ambassador met the Minister. U Turn Road was closed.")
    assert not {"Turn Road", "Turn"} & everyone(p)


# ---------------------------------------------------------------- Vietnamese names of three and four words


def test_vietnamese_names_of_three_and_four_words():
    p = run("The meeting was attended by the Vice Minister of Culture, Sports and Tourism Ha Van Thieu, Secretary of "
            "Vinh Long Provincial Party Committee Bui Van Nghiem and Chairman of the Provincial People's Committee.\n"
            "Receiving the delegation were comrades: Nguyen Thi Ngoc Bich, Member of the Provincial Party Standing "
            "Committee.")
    assert {"Ha Van Thieu", "Bui Van Nghiem", "Nguyen Thi Ngoc Bich"} <= everyone(p)


def test_a_vietnamese_street_name_is_no_person():  # guard
    p = run("The delegation visited the office on Le Van Street on Monday.")
    assert not {"Le Van Street", "Le Van"} & everyone(p)
