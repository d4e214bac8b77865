"""Parser 1.41.0 name and role rules, on invented texts (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- names the census knows, after an office and a comma


def test_a_census_name_whose_words_are_english_words_reaches_the_ner():
    # "Clement" and "Wilkinson" are both in the model's word list: the run still goes to the NER (rule `entity_name`)
    p = run("The District Assembly held its second ordinary meeting on Tuesday. The District Chief Executive, "
            "Clement Wilkinson in his address urged the members to pay their dues.")
    assert "Clement Wilkinson" in everyone(p)


def test_a_phrase_of_english_words_that_is_no_census_name_stays_out():  # guard
    p = run("The District Assembly held its second ordinary meeting on Tuesday. The Assembly adopted the Medium "
            "Term Development Plan and the Annual Action Plan.")
    assert not {"Medium Term", "Development Plan", "Action Plan"} & everyone(p)


# ---------------------------------------------------------------- a name after "the" names a thing


def test_a_name_after_the_is_a_thing_named_after_a_person():
    p = run("The tourism board met in the city hall on Friday. The agenda included a tour of the Harry Potter "
            "exhibition and the new convention centre.")
    assert "Harry Potter" not in everyone(p)


# ---------------------------------------------------------------- a passive subject of coordinated verbs


def test_the_subject_of_thanked_by_in_a_coordinated_passive_did_not_speak():
    p = run("The board met in Geneva on Monday. Walter Brennan, the outgoing treasurer, was honoured and thanked by "
            "the board members for his service.")
    assert "Walter Brennan" not in names(p.speakers)


def test_a_passive_subject_who_then_spoke_still_spoke():  # guard
    p = run("The board met in Geneva on Monday. Walter Brennan was welcomed by the chair and delivered a speech on "
            "the budget.")
    assert "Walter Brennan" in names(p.speakers)


# ---------------------------------------------------------------- a given name alone, after the full name


def test_a_given_name_as_a_subject_is_the_one_person_who_has_it():
    p = run("The council held its monthly meeting on Monday. Peter Haldane has asked members to volunteer for the "
            "open day. Peter also gave an update on the membership drive.")
    assert "Peter Haldane" in names(p.speakers)


def test_a_given_name_two_people_share_is_no_one():  # guard
    p = run("The council held its monthly meeting on Monday. Peter Haldane and Peter Morrow were re-elected to the "
            "board. Peter also gave an update on the membership drive.")
    assert not {"Peter Haldane", "Peter Morrow"} & names(p.speakers)


# ---------------------------------------------------------------- styles and offices around names


def test_the_honourable_alone_opens_a_name():
    p = run("The heads of government met in Castries on Thursday. Chair of the Conference, Prime Minister of "
            "Grenada, the Honourable Dickon Mitchell presided over the meeting.")
    assert p.chairs == ["Dickon Mitchell"]


def test_the_honourable_before_an_office_is_no_name():  # guard
    p = run("The House met on Tuesday. The Honourable Deputy Speaker opened the sitting and the Honourable "
            "Members of the House attended.")
    assert not {n for n in everyone(p) if "Deputy" in n or "Members" in n}


def test_the_plural_style_before_a_list_is_no_word_of_the_first_name():
    p = run("The investment conference opened in Entebbe on Monday. It was attended by the Governor, Dr. Okello, "
            "Honourables Grace Atim and Moses Ekwaru.")
    assert {"Grace Atim", "Moses Ekwaru"} <= names(p.attendees)
    assert not {n for n in everyone(p) if n.startswith("Honourables")}


def test_an_office_in_apposition_after_a_name_is_no_name():
    p = run("His Royal Highness Prince Faisal bin Nasser Al Thani, the Crown Prince, Deputy Supreme Commander, and "
            "First Deputy Prime Minister, today received a delegation of the chamber of commerce.")
    assert not {"Crown Prince", "Supreme Commander", "Deputy Supreme Commander"} & everyone(p)


def test_places_after_an_office_or_a_royal_title_are_no_names():
    p = run("The leaders held their annual summit in Tortola on Friday. The summit was attended by Dr the Honourable Ana Reyes, Premier of the British Virgin Islands. "
            "The delegates later visited the King Fahd Causeway and the Rashtrapati Bhavan.")
    assert "Ana Reyes" in names(p.attendees)
    assert not {"Virgin Islands", "Fahd Causeway", "Rashtrapati Bhavan"} & everyone(p)


# ---------------------------------------------------------------- the issuing body reports this meeting


def test_a_meeting_the_issuing_body_reports_is_this_meeting():
    p = run("The Presidential Media Division said that President Ravi Perera met with Prime Minister Arjun Kapoor "
            "in New Delhi this morning for bilateral discussions.")
    assert {"Ravi Perera", "Arjun Kapoor"} <= names(p.attendees) | names(p.speakers) | set(p.chairs)


def test_an_act_a_person_said_happened_is_still_reported():  # guard
    p = run("The committee met in Colombo on Monday. The minister said that President Ravi Perera had met with "
            "Prime Minister Arjun Kapoor in New Delhi last year.")
    assert "Ravi Perera" not in names(p.attendees) | names(p.speakers)


# ---------------------------------------------------------------- a surname in capitals after an honorific


def test_a_surname_in_capitals_after_an_honorific_and_a_given_name_is_the_name_s():
    p = run("The forum opened in Shenzhen on Monday. Experts including Dr. Minho PARK, Director of the Institute, "
            "attended the forum.")
    assert "Minho PARK" in everyone(p)


def test_post_nominal_letters_after_an_honorific_name_are_no_surname():  # guard
    p = run("The committee met in Belfast on Monday. Mr. Bell MLA said the project was late.")
    assert "Bell" in names(p.speakers)


# ---------------------------------------------------------------- reporters named in one bracket


def test_chinese_names_in_one_bracket_separated_by_spaces_are_the_reporters():
    p = run("China News Agency, Jinhua, March 3 (Liu Jianping Zhou Mingxia) The city held a trade fair on Tuesday, "
            "and Mayor Chen Hua delivered a speech.")
    assert {"Liu Jianping", "Zhou Mingxia"} <= names(p.mentions)
    assert {m["rule"] for m in p.mentions if m["name"] in ("Liu Jianping", "Zhou Mingxia")} == {"byline"}


def test_western_names_in_a_bracket_are_no_paired_credit():  # guard
    p = run("The council met on Tuesday (John Smith Mary Jones) and Mayor Chen Hua delivered a speech.")
    assert not {"John Smith", "Mary Jones"} & names(p.mentions)


def test_a_chinese_name_after_source_in_a_caption_is_the_photographer():
    p = run("Group photo (Source: Xu Ming)\nThe university held a symposium on Tuesday, and President Chen Hua "
            "delivered a speech.")
    assert "Xu Ming" in names(p.mentions)


def test_an_agency_after_source_is_no_person():  # guard
    p = run("Group photo (Source: Global Times)\nThe university held a symposium on Tuesday, and President Chen Hua "
            "delivered a speech.")
    assert not {n for n in everyone(p) if "Global" in n}


def test_a_press_advisor_cited_after_a_comma_is_the_readout_s_source():
    p = run("Prime Minister Ram Sharma met the delegation on Monday. The two sides agreed to strengthen relations, "
            "according to Dr Kiran Adhikari, PM's press advisor.")
    assert [m["rule"] for m in p.mentions if m["name"] == "Kiran Adhikari"] == ["press_source"]


def test_a_broadcaster_s_sign_off_credits_its_reporter():
    p = run("Three governors are visiting Ottawa to discuss trade with the premier. Lena Kowalczyk reports.\n"
            "The governors met Premier Tom Rhodes on Monday.")
    assert [m["rule"] for m in p.mentions if m["name"] == "Lena Kowalczyk"] == ["byline"]
    assert "Lena Kowalczyk" not in names(p.speakers)


def test_a_person_who_reports_to_the_meeting_is_no_sign_off():  # guard
    p = run("The council met on Monday. Treasurer Lena Kowalczyk reports that the budget is balanced.")
    assert "Lena Kowalczyk" in names(p.speakers)


def test_a_source_cited_at_the_end_of_its_sentence_is_no_speaker():
    p = run("The President received Foreign Minister Rashid Berdiev in Astana on Monday, Kabar reported.")
    assert "Kabar" not in names(p.speakers)


def test_a_person_who_reported_to_the_meeting_still_spoke():  # guard
    p = run("The council met on Monday. Treasurer Anna Berg reported on the budget.")
    assert "Anna Berg" in names(p.speakers)


def test_the_styled_holder_of_an_office_after_under_the_chairmanship_of_chaired():
    p = run("The summit opened in Basseterre under the chairmanship of the President of the Republic, Dr the "
            "Honourable Ernest Pierre, who succeeds the outgoing chair.")
    assert p.chairs == ["Ernest Pierre"]


def test_under_the_chairmanship_of_a_country_names_no_chair():  # guard
    p = run("The summit was held in Astana under the chairmanship of Kazakhstan. President Daniyar Omarov "
            "delivered a speech.")
    assert p.chairs == []


def test_a_province_of_several_words_in_a_roll_of_premiers_is_no_person():
    p = run("The premiers met in Toronto on Monday. Attending were Premiers Dana Whitfield, Nova Scotia, Omar Hadid, "
            "New Brunswick, and Lucy Tam, British Columbia.")
    assert {"Dana Whitfield", "Omar Hadid", "Lucy Tam"} <= names(p.attendees)
    assert not {"Nova Scotia", "New Brunswick", "British Columbia"} & everyone(p)
