"""Parser 1.33.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, rule_of, run

# ---------------------------------------------------------------- minutes' rolls: styles, office heads, offices


def test_a_plural_style_opens_a_roll_of_names_with_middle_initials_and_apostrophes():
    p = run("Annual Meeting\nMembers Present\n"
            "Councillors Ann Byrne, Peter V Walsh, Mary D\u2019Arcy, Sean O\u2019 Brien, Rory Doyle.\n"
            "The Mayor welcomed the members.")
    assert {"Ann Byrne", "Peter V Walsh", "Mary D\u2019Arcy", "Sean O\u2019 Brien", "Rory Doyle"} <= names(p.attendees)


def test_an_office_or_a_country_may_head_a_roll_line():
    p = run("Officials in Attendance\nCounty Manager: Tom Daly\nDirectors: Ken Ryan, Liam Casey, Joan Burke\n"
            "Head of Finance: Fiona Lynch\n1.0 Minutes\nThe minutes were adopted.")
    assert {"Tom Daly", "Ken Ryan", "Liam Casey", "Joan Burke", "Fiona Lynch"} <= names(p.attendees)
    p = run("The Summit was attended by the following Heads of State and Government:\n"
            "* Zambia: President Moses Tembo\n* Angola: Honourable Joao Pereira, Minister of External Affairs\n"
            "The Summit noted the progress made.")
    assert {"Moses Tembo", "Joao Pereira"} <= names(p.attendees)


def test_a_roll_may_give_each_office_after_its_name_as_a_piece_of_its_own():
    p = run("The Board convened in a regular meeting with the following members present to-wit:\n"
            "Commissioner Dan Hardy, Chair\nCommissioner Will Bush\n"
            "Others in attendance were: Joseph W. Gilliam, Clerk of Court, John Parker, County Attorney, "
            "Karen Hale, Deputy Clerk, Doug Beach, John Ayers.\nChairman Hardy called the meeting to order.")
    assert {"Joseph W. Gilliam", "John Parker", "Karen Hale", "Doug Beach", "John Ayers"} <= names(p.attendees)
    assert "Will Bush" in everyone(p) and not {"Clerk of Court", "County Attorney"} & everyone(p)


def test_an_office_in_brackets_after_each_name_of_a_roll():
    p = run("STAFF PRESENT: Guy Holt (CEO), Ruben Diaz (Group Manager \u2013 Community and Engagement), "
            "Ken Lowe (Manager \u2013 Community and Engagement).\n1 Opening Prayer")
    assert {"Guy Holt", "Ruben Diaz", "Ken Lowe"} <= names(p.attendees)


def test_a_bare_apologies_line_lists_those_absent():
    p = run("Members Present\nCouncillors Ann Byrne, Rory Doyle\nApologies\nCouncillors Paul Carr, John Kerr\n"
            "1.0 Election of Chair")
    assert {"Ann Byrne", "Rory Doyle"} <= names(p.attendees)
    assert not {"Paul Carr", "John Kerr"} & (names(p.attendees) | names(p.speakers))


def test_a_roll_line_of_prose_with_a_colon_is_no_office_head():  # guard
    p = run("Present: Ann Byrne, Rory Doyle\nThe Chair said: the budget is approved.\nPaul Carr, Mayor of Cork")
    assert "Paul Carr" not in names(p.attendees)


# ---------------------------------------------------------------- the parse: lost subjects, documents, "represented by"


def test_a_name_before_a_main_verb_without_subject_is_its_subject_not_a_reference():
    p = run("At the invitation of President Irfan Alder, Prime Minister of Belize, Juan Brisco, attended the summit.")
    assert "Juan Brisco" in names(p.attendees) and "Juan Brisco" not in names(p.mentions)


def test_what_the_meetings_own_communique_says_was_done_is_the_meeting():
    p = run("A Joint Communique said that the Belizean delegation also held discussions with Vice President, "
            "Bharrat Jagdeo; Minister of Foreign Affairs and International Cooperation, Hugh Toddman; and other "
            "ministers.")
    assert {"Bharrat Jagdeo", "Hugh Toddman"} <= names(p.attendees)
    p = run("The minister said that the delegation held discussions with Vice President Bharrat Jagdeo last year.")
    assert "Bharrat Jagdeo" not in names(p.attendees)


def test_the_one_who_represents_a_host_is_present():
    p = run("The Ambassador paid a courtesy visit to the Governor of Taraba State, ably represented by Deputy "
            "Governor Haruna Manu, at his office in Jalingo.")
    # (1.56.0: `courtesy_call_on` reads "paid a courtesy visit to the Governor ..., represented by B" first)
    assert "Haruna Manu" in names(p.attendees) and rule_of(p.attendees, "Haruna Manu") in ("syntax_agent", "courtesy_call_on")


def test_a_portfolio_listed_before_an_office_is_no_party():
    p = run("Roads, Public Works and Energy Chief Officer Eng. Patrick Ligabo made presentations on behalf of the "
            "department.")
    assert names(p.speakers) == {"Patrick Ligabo"}


# ---------------------------------------------------------------- speech verbs and ranks


def test_a_rank_before_a_name_is_its_title():
    p = run("Prime Minister Sato Kilman paid a courtesy visit to Commodore Voreqe Bainimarama this morning.\n"
            "Commodore Bainimarama said that this was agreed some time ago.")
    assert "Voreqe Bainimarama" in names(p.speakers)
    assert next(r["titles"] for r in p.speakers if r["name"] == "Voreqe Bainimarama") == ["Commodore"]


def test_reassured_replied_and_observed_that_are_speech():
    p = run("President Kassym Tokayev held a meeting with Foreign Minister Sergei Lavrin.\n"
            "In turn, Lavrin reassured that all the key issues were being elaborated.")
    assert "Sergei Lavrin" in names(p.speakers)
    p = run("Mayor Ann Kerr replied that the budget was sound, and Councillor Tom Bell observed that roads came first.")
    assert {"Ann Kerr", "Tom Bell"} <= names(p.speakers)


def test_confirmed_that_by_the_two_sides_gives_no_speaker_from_their_list():  # guard
    p = run("The two sides reached an agreement on exchanges between Japan and China, including Japan and Tianjin, "
            "and confirmed that they will work together to this end.")
    assert not names(p.speakers)


# ---------------------------------------------------------------- bulleted rolls on wrapped pages


def test_a_bulleted_roll_line_no_rule_reads_does_not_end_the_roll():
    p = run("The Summit was attended by the following Heads of State and Government:\n"
            "* Swaziland: HM King Mswati, Chairperson of the Organ\n* Zambia: President Rupiah Bandor\n"
            "* Malawi: Honourable George Chapondo, Minister of Local Government\n"
            "4. The meeting was also attended by the Executive Secretary.")
    assert {"Rupiah Bandor", "George Chapondo"} <= names(p.attendees)


def test_a_wrapped_page_keeps_its_list_items_and_numbered_paragraphs_as_lines():
    from readouts.transform.wrapped import unwrap
    lines = ["1. The Extraordinary Summit of the SADC Heads of State and Government met at",
             "the Presidential Guest House in Pretoria, Republic of South Africa on 26 to 27",
             "January 2009. The Extraordinary Summit met to review the implementation of the",
             "3. The Extraordinary Summit was attended by the following Heads of State and",
             "Government on their representatives:",
             "* Botswana: President Lt Gen Seretse Khama Ian Khama of the Republic of Botswana",
             "* Lesotho: The Right Honourable Prime Minister Pakalitha Mosisili of Lesotho",
             "* Zambia: President Rupiah Banda"]
    flat, _ = unwrap("\n\n".join(lines))
    assert "Heads of State and Government on their representatives:\n\n* Botswana" in flat
    assert "of Botswana\n\n* Lesotho" in flat and "of the\n\n3. The" in flat


# ---------------------------------------------------------------- chairs of minutes


def test_a_chair_mark_after_a_name_outside_a_roll_and_an_in_the_chair_label():
    p = run("Professor Alan Robinson (Chair) opened the meeting at 4.00 pm.")
    assert p.chairs == ["Alan Robinson"]
    p = run("Minutes of the Council\nIn the Chair: Mr Peter Doyle\nPresent: Ann Byrne, Rory Doyle")
    assert "Peter Doyle" in p.chairs and {"Ann Byrne", "Rory Doyle"} <= names(p.attendees)
    p = run("PRESIDING: Mayor Karen Wells\nThe meeting began at 7 pm.")
    assert "Karen Wells" in p.chairs


# ---------------------------------------------------------------- directive cues


def test_implored_advised_to_and_let_us_are_calls_to_action():
    from readouts.transform.directives import directive_cue
    assert directive_cue("The chair and the Secretary General implored ministers to act on the climate crisis.")
    assert directive_cue("He also advised the heads of missions to continue giving high priority to migrants.")
    assert directive_cue("\u201cLet us seize the opportunity and approach this meeting with open minds.\u201d")


def test_advised_that_and_advised_on_how_inform():  # guard
    from readouts.transform.directives import directive_cue
    assert directive_cue("The county administrator advised that the attorney had requested an executive session.") \
        is None
    assert directive_cue("She also advised on how to deepen the two sides' cooperation in detail.") is None


def test_apprised_quoted_as_saying_and_more_speech_nouns():
    p = run("Consul Anil Pillay apprised Sir Ketumile Masire of the foundation's humanitarian activities.")
    assert "Anil Pillay" in names(p.speakers)
    p = run("Ambassador Carlos Encino met Diana Mondello on Monday. Encino was quoted in Montevideo as saying that "
            "ties were strong.")
    assert "Carlos Encino" in names(p.speakers)
    p = run("Commissioner Wilbur Busch delivered the Invocation. Dean Shu Zhong made a profound exposition on the "
            "key tasks.")
    assert {"Wilbur Busch", "Shu Zhong"} <= names(p.speakers)


def test_organisations_joined_by_and_after_a_head_word_are_two():
    p = run("Chongqing Development and Reform Commission and Chongqing Economy and Informationization Commission made "
            "a detailed introduction to the delegation.")
    assert names(p.speakers) == {"Chongqing Development and Reform Commission",
                                 "Chongqing Economy and Informationization Commission"}
    p = run("The Department of Industry and Information Technology reported on the plan.")
    assert names(p.speakers) == {"Department of Industry and Information Technology"}


def test_a_clause_reported_in_the_meeting_gives_its_subjects_no_speech():
    p = run("Vice President Zhang Wei noted in the meeting that Sinochem Group and Tata Group shared many "
            "commonalities.")
    assert names(p.speakers) == {"Zhang Wei"}


def test_the_second_word_of_a_malay_style_is_no_word_of_the_name():
    p = run("On 5 July, His Excellency Tan Sri Azhar Azizan Harun, the Speaker of the House, visited Parliament House.")
    assert "Azhar Azizan Harun" in everyone(p) and not any(n.startswith("Sri ") for n in everyone(p))
    p = run("Finance Minister Sri Mulyani Indrawati met the delegation and said reforms would go on.")
    assert "Sri Mulyani Indrawati" in names(p.speakers)


def test_the_long_styles_of_heads_of_state_and_commonwealth_ministers_open_a_name():
    p = run("The meeting was also attended by His Excellency Thabo Mbeki, former President of South Africa.")
    assert "Thabo Mbeki" in names(p.attendees)
    p = run("Attending were the Prime Minister of Jamaica, the Most Honourable Andrew Holness; the President of "
            "Suriname, His Excellency Chandrikapersad Santokhi; and the Prime Minister of Grenada, Dr. the Rt. "
            "Honourable Keith Mitchell.")
    assert {"Andrew Holness", "Chandrikapersad Santokhi", "Keith Mitchell"} <= names(p.attendees)


def test_a_long_style_before_an_office_leaves_the_name_to_the_office():  # guard
    p = run("The Right Honourable Prime Minister Pakalitha Mosisili attended the summit.")
    assert "Pakalitha Mosisili" in names(p.attendees) and not any(n.startswith("Prime") for n in everyone(p))


def test_a_plural_legislative_office_opens_a_list_of_names():
    p = run("House Speaker Nabih Berri chaired the meeting of the Bureau, attended by Vice Speaker Elie Firzli, and "
            "MPs Marwan Hamadeh, Alan Aoun, Michel Moussa and Agop Pakradonian.")
    assert {"Marwan Hamadeh", "Alan Aoun", "Michel Moussa", "Agop Pakradonian"} <= names(p.attendees)


def test_minutes_prose_that_says_who_was_absent():
    p = run("The President granted leave of absence to Sen. the Hon. Dr. Lenny Saith (illness) and to Sen. Subhas "
            "Ramkhelawan (out of the country). Mr. Noel Gayle and Ms. Althea Rocke were appointed to temporarily "
            "replace Senators Saith and Ramkhelawan.")
    assert {"Lenny Saith", "Subhas Ramkhelawan"} <= names(p.mentions)
    p = run("Apologies were received from Cr John Hart and Cr Ann Lee. Mayor Tom Reid and Cr Bill Shaw were absent. "
            "Cr Mary Long attended the meeting.")
    assert {"John Hart", "Ann Lee", "Tom Reid", "Bill Shaw"} <= names(p.mentions)
    assert names(p.attendees) == {"Mary Long"}


def test_more_roll_labels_and_offices_before_roll_members():
    p = run("Staff: Linda Cole, Executive Director; Paul Dean, Finance Manager\nCall to order")
    assert {"Linda Cole", "Paul Dean"} <= names(p.attendees)
    p = run("Present: Ann Bell, Tom Ward\nAbsent with notice: Jim Fox\nBusiness")
    assert "Jim Fox" in names(p.mentions) and "Jim Fox" not in names(p.attendees)
    p = run("Trustees Present: Chair Donna Fry, Vice Chair Alan Tate, Trustee Rosa Kim\n1. Call to Order")
    assert {"Donna Fry", "Alan Tate", "Rosa Kim"} <= names(p.attendees)


def test_a_preposition_before_an_office_is_no_word_of_the_title():
    from readouts.transform.titles import clean_title
    assert clean_title("For Councillor") == "Councillor"
    assert clean_title("for the development of the city") == "for the development of the city"  # guard: lower case
