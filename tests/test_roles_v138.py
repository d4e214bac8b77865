"""Parser 1.38.0 name and role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, run

# ---------------------------------------------------------------- names


def test_a_country_or_its_adjective_is_no_first_name():
    p = run("She met her counterparts Latvian Andris Berzins and Lithuanian Vytautas Jonaitis on Monday.")
    assert {"Andris Berzins", "Vytautas Jonaitis"} <= everyone(p)
    assert not any(n.split()[0] in ("Latvian", "Lithuanian") for n in everyone(p))


def test_a_surname_that_is_also_a_country_adjective_stays():  # guard
    p = run("Mr. Lao Pak Sang, director of the centre, attended the meeting and made a speech.")
    assert "Lao Pak Sang" in names(p.attendees)


def test_a_council_style_before_a_surname_names_a_member():
    p = run("Council Members: Mayor Harlow Councillor Brandt Councillor Okafor Councillor Lindqvist\n"
            "Councillor Okafor said the motion was in order. Councillor Brandt said the budget was balanced.")
    assert {"Okafor", "Brandt"} <= names(p.speakers)


def test_a_council_style_before_an_agenda_item_names_no_one():  # guard
    p = run("The Councillor Code of Conduct was adopted. Councillor Services staff attended the meeting. Deputy Mayor "
            "Harlow said the budget was balanced.")
    assert not {"Code", "Services"} & everyone(p)


# ---------------------------------------------------------------- speech


def test_a_name_between_an_unnamed_subject_and_its_second_verb_did_not_speak():
    p = run("During the visit, the Lao president sent a heartfelt message to President Xi Jinping on the occasion of "
            "his birthday and expressed admiration for the Chinese people.")
    assert "Xi Jinping" not in names(p.speakers)


def test_a_named_subject_of_two_coordinated_verbs_spoke():  # guard
    p = run("Mayor Li Na met Governor Wang Hong and expressed thanks for the support.")
    assert names(p.speakers) == {"Li Na"}


def test_a_saying_quoted_with_as_is_no_speech_at_the_meeting():
    p = run('"As President Obama said in New York, there is nothing more important than an agreement," John Kerry '
            "stressed.")
    assert names(p.speakers) == {"John Kerry"}
    assert "Obama" in names(p.mentions)


def test_as_well_as_before_a_speech_verb_is_no_quoted_saying():  # guard
    p = run("Mayor Li Na, as well as Governor Wang Hong, delivered speeches.")
    assert names(p.speakers) == {"Li Na", "Wang Hong"}


# ---------------------------------------------------------------- presence


def test_the_counterpart_of_a_recent_meeting_was_not_at_this_one():
    p = run("Liu also mentioned his recent meeting with Indonesian President Prabowo Subianto, during which they "
            "discussed trade.")
    assert "Prabowo Subianto" not in names(p.attendees)
    assert "Prabowo Subianto" in names(p.mentions)


def test_the_counterpart_of_the_meeting_itself_attended():  # guard
    p = run("Liu held a meeting with Indonesian President Prabowo Subianto in Jakarta.")
    assert "Prabowo Subianto" in names(p.attendees)


# ---------------------------------------------------------------- mentions


def test_the_sender_of_greetings_or_a_message_is_a_mention():
    p = run("The Ambassador conveyed his greetings from China's Vice President, Wang Qishan, and shared his views. "
            "The President received a message from President Teodoro Obiang Nguema Mbasogo of Equatorial Guinea.")
    assert {"Wang Qishan", "Teodoro Obiang Nguema Mbasogo"} <= names(p.mentions)


def test_a_delegation_from_a_place_sends_no_one():  # guard
    p = run("The President received a delegation from Hunan led by Governor Wang Hong.")
    assert "Wang Hong" not in names(p.mentions)


def test_the_subject_of_a_later_meeting_is_a_mention():
    p = run("Russian President Vladimir Putin will receive US State Secretary John Kerry after his talks in Sochi.")
    assert "Vladimir Putin" in names(p.mentions)


def test_the_subject_of_a_meeting_held_is_no_mention():  # guard
    p = run("Russian President Vladimir Putin received US State Secretary John Kerry in Sochi.")
    assert "Vladimir Putin" not in names(p.mentions)


def test_a_place_that_only_says_something_is_no_speaker():
    p = run("Japan said it would deepen cooperation with the province. Governor Wang Hong attended the meeting.")
    assert "Japan" not in names(p.speakers)


def test_places_that_make_work_reports_speak():  # guard
    p = run("Vice Governor Qian Yuelin presided over the meeting. Haikou, Sanya and Danzhou made work reports on their "
            "preparations.")
    assert {"Haikou", "Sanya", "Danzhou"} <= names(p.speakers)


def test_a_body_that_said_something_in_a_statement_is_no_speaker():
    p = run("The Sri Lankan Foreign Ministry said that the visit was organized under strict health rules.")
    assert not {n for n in names(p.speakers) if "Ministry" in n}


def test_a_body_that_made_statements_at_the_meeting_spoke():  # guard
    p = run("The Provincial Department of Commerce made statements at the meeting.")
    assert "Provincial Department of Commerce" in names(p.speakers)


def test_an_honorific_glued_to_initials_opens_a_name():
    p = run("The meeting was held under the chairmanship of Mr.U.L.A.Azeez, Secretary, Chief Ministry. Chief Secretary "
            "Mr.Thusitha P.Wanigasingha attended the meeting.")
    assert p.chairs == ["U.L.A.Azeez"]
    assert "Thusitha P.Wanigasingha" in names(p.attendees)


def test_a_view_held_or_believed_is_a_speech():
    p = run("Zhao Kebin held that, as a think tank institution, the academy should contribute ideas. Yan Bin believes "
            "that the cooperation will deepen.")
    assert {"Zhao Kebin", "Yan Bin"} <= names(p.speakers)


def test_holding_a_meeting_is_no_speech():  # guard
    p = run("Zhao Kebin held a meeting that reviewed the plan.")
    assert "Zhao Kebin" not in names(p.speakers)


def test_the_ner_name_ends_before_a_credit_or_an_ing_form():
    from readouts.transform import names as N
    from readouts.transform import syntax as S

    for text, ent in (("Li Dayong Hosting the Congress", "Li Dayong Hosting"),
                      ("The photo was taken by Mark Stevens Photographer at the hall.", "Mark Stevens Photographer")):
        at = text.index(ent)
        found = N.entity_names(text, [(at, at + len(ent))], [], S.dictionary_words())
        assert not any(w in sp.name for sp in found for w in ("Hosting", "Photographer"))


def test_a_roll_line_of_council_styles_leaves_the_chair_his_office():  # guard
    p = run("COUNCILLORS PRESENT:\n- Councillor Baker,\n- Councillor Mulvey,\n- Councillor Walsh.\nCathaoirleach, "
            "Councillor Dara Mulvey, presided.\nThe Cathaoirleach welcomed all present and asked Mr. Moran, Acting "
            "Director of Services, for the meeting to set out the procedures to be followed.", glued=True)
    assert p.chairs == ["Dara Mulvey"]
    assert "Dara Mulvey" in names(p.speakers)


def test_a_body_after_a_persons_name_is_the_persons_affiliation():
    p = run("Zhang Xiaoyun, Finance Department of the Association, explained the relevant regulations in detail. "
            "Com. Paul Robson, NSW Teachers Federation asked the Acting Secretary about the arrest.")
    assert {"Zhang Xiaoyun", "Paul Robson"} <= names(p.speakers)
    assert not {n for n in names(p.speakers) if "Department" in n or "Federation" in n}


def test_a_body_in_a_list_of_bodies_speaks():  # guard
    p = run("The Provincial Department of Commerce and the Provincial Department of Finance made reports.")
    assert any("Department of Commerce" in n for n in names(p.speakers))
