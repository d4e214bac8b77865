"""Parser 1.32.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import everyone, names, rule_of, run

# ---------------------------------------------------------------- minutes' rolls: initials, `name_lines`


def test_an_in_attendance_label_takes_members_written_with_an_initial():
    p = run("MINUTES OF A meeting of the District Council\n"
            "In Attendance: K Otene \u2013 Chief Executive\n"
            "T van Dijk \u2013 Group Manager Policy\n"
            "R Hale \u2013 Team Leader Governance\n"
            "The Chair opened the meeting.")
    assert {"K Otene", "T van Dijk", "R Hale"} <= names(p.attendees)


def test_a_roll_initial_is_the_person_the_body_names_in_full():
    p = run("Present:\nR Hale \u2013 Team Leader Governance\nD Amos\n"
            "Rewi Hale explained the timeframes of the options.")
    assert "Rewi Hale" in names(p.attendees) and "R Hale" not in everyone(p)
    assert "Rewi Hale" in names(p.speakers)


def test_a_label_may_end_in_a_semicolon():
    p = run("The PS toured the dairy farm.\nIn attendance; Mr. Tobias Nderitu, CEO SASRA, heads of departments.")
    assert "Tobias Nderitu" in names(p.attendees)


def test_three_lines_that_each_hold_a_name_are_the_roll_of_the_present():
    p = run("Venue: Council Chamber, 15 Main Street\n"
            "R Barrow\nW Folau (via Zoom)\nC Fenn\nM Paora \u2013 Committee Co-chair\n"
            "The Chairman welcomed everyone.")
    assert {"R Barrow", "W Folau", "C Fenn", "M Paora"} <= names(p.attendees)


def test_two_name_lines_or_lines_under_a_label_are_no_unlabelled_roll():  # guard
    p = run("The governor met the delegation.\nR Barrow\nW Folau\nThe talks covered trade.")
    assert not {"R Barrow", "W Folau"} & names(p.attendees)
    p = run("Speakers:\nXu Lan, deputy head of the department\nWang Gang, minister of science\n"
            "Ma Yun, director of the commission\nDate:\nJune 7, 2020")
    assert {"Xu Lan", "Wang Gang", "Ma Yun"} <= names(p.speakers)
    assert not {"Xu Lan", "Wang Gang", "Ma Yun"} & names(p.attendees)


# ---------------------------------------------------------------- "held (his first) meeting(s) ... with"

def test_a_meeting_held_with_people_has_them_as_counterparts():
    p = run("President Marc Tillard held his first official meeting this morning at State House with two former Heads "
            "of State, President James Alix Lenoir and President James Henri Viret.")
    assert {"James Alix Lenoir", "James Henri Viret"} <= names(p.attendees)
    p = run("The Minister of Foreign Affairs, Jorge Ruiz Pardo, held meetings with the president of the Development "
            "Agency, Luo Zhaohui, as part of his work agenda.")
    assert "Luo Zhaohui" in names(p.attendees)


def test_talks_the_text_dates_back_after_the_counterpart_are_another_meeting():
    p = run("President Ana Soto received the Secretary of the Council, Ivan Petrov. President Soto met with her "
            "counterpart, Boris Volkov, during a visit to Moscow in November last year.")
    assert "Ivan Petrov" in names(p.attendees)
    assert "Boris Volkov" not in names(p.attendees)
    assert "Ana Soto" not in names(p.mentions)  # the readout's own actor met him then


def test_met_with_officials_including_offices_and_names_has_them_present():
    p = run("The group met with a number of senior officials, including Vice President for Budget and Human Resources "
            "Kristalina Georgieva, Commissioner for Trade Anna Lindqvist and Director General for Energy Dominique "
            "Ristori. The meetings focused on the Single Market.")
    assert {"Kristalina Georgieva", "Anna Lindqvist"} <= names(p.attendees)
    assert not {"Kristalina Georgieva", "Anna Lindqvist"} & names(p.mentions)


# ---------------------------------------------------------------- `fronted_speech_of`

def test_a_clause_opening_on_a_persons_speech_reports_it():
    p = run("President Xu Ming met Professor Daniel Lowe and his team. In Professor Daniel Lowe\u2019s speech, he paid "
            "great compliment to the effort we had made.")
    assert "Daniel Lowe" in names(p.speakers)


def test_an_important_speech_or_one_dated_elsewhere_is_no_speech_at_the_meeting():
    p = run("Governor Li Ming chaired the meeting. In General Secretary Xi Jinping's important speech, he stressed the "
            "need to reform.")
    assert "Xi Jinping" not in names(p.speakers)
    p = run("Mayor Ana Ruiz met the delegation. In Minister Paul Okoro's speech in March last year, he promised roads.")
    assert "Paul Okoro" not in names(p.speakers)


# ---------------------------------------------------------------- portfolio words before a name

def test_the_last_portfolio_word_of_an_office_is_no_word_of_the_name():
    p = run("The group met with a number of senior officials, including Commissioner for Migration, Home Affairs and "
            "Citizenship Dimitris Avramopoulos and the Representative on Freedom of the Media Harlem Desir.")
    assert "Dimitris Avramopoulos" in names(p.attendees)
    assert not any(n.startswith(("Citizenship", "Media")) for n in everyone(p))
    p = run("Besides the Secretary General, Mr. Lomidze met with Director of the Office of Democratic Institutions and "
            "Human Rights Sigrun Eva Thorsdottir, Representative on Freedom of the Media Arlen Dessaux, and High "
            "Commissioner on National Minorities Lamberto Zanetti.")
    assert {"Sigrun Eva Thorsdottir", "Arlen Dessaux"} <= names(p.attendees)


# ---------------------------------------------------------------- `census_name`

def test_a_name_of_dictionary_words_that_the_census_knows_is_a_person():
    p = run("Minister Karim Adeyemi was joined by the Charg\u00e9 d'Affaires at the embassy in Beijing, Adrian Thomas, "
            "and the ministry's senior officer Dwayne Thompson.")
    assert "Adrian Thomas" in everyone(p)


def test_census_pair_needs_a_given_name_first_and_a_surname_last():
    from readouts.transform.names import census_pair
    assert census_pair(["Shelley", "Taylor"]) and census_pair(["Mary", "Ann", "Smith"])
    assert census_pair(["Alan", "J.", "Kelly"])
    assert not census_pair(["Human", "Rights"]) and not census_pair(["Thomas"]) and not census_pair(["Green", "Zone"])


def test_a_census_pair_before_a_speech_verb_spoke():
    p = run("The Chair introduced the item. Shelley Taylor explained the timeframes of the options available.")
    assert "Shelley Taylor" in names(p.speakers)
    # the rule itself, where the model's NER would not propose the pair
    from readouts.transform.names import verb_subject_names
    from readouts.transform.syntax import dictionary_words
    text = "Shelley Taylor explained the timeframes."
    assert [sp.name for sp in verb_subject_names(text, [], dictionary_words(), text)] == ["Shelley Taylor"]
    text = "Human Rights explained nothing."
    assert verb_subject_names(text, [], dictionary_words(), text) == []


def test_a_census_pair_that_names_a_landmark_or_a_pinyin_word_is_no_person():
    from readouts.transform.names import census_pair
    assert not census_pair(["Ping", "Tom", "Park"]) and not census_pair(["Lincoln", "Memorial", "Hall"])
    assert census_pair(["Leeanne", "Hooper"])


# ---------------------------------------------------------------- "were received by X": a host

def test_the_one_who_received_the_delegates_was_there():
    p = run("The six local government delegates were received by Cllr Stephen Cowan, Leader of the Borough, and Kim "
            "Smith, Chief Executive. The talks covered housing.")
    assert {"Stephen Cowan", "Kim Smith"} <= names(p.attendees)
    p = run("The Ministry of Health CS Mary Wanjiku attended the WHO meeting graced by His Excellency President Daniel "
            "Moi at the hotel.")
    assert "Daniel Moi" in names(p.attendees)


def test_a_host_who_received_and_spoke_is_a_speaker_only():  # guard
    p = run("The delegation was warmly received by Joseph Tegbe, Director-General of the Partnership. Tegbe said the "
            "partnership would grow.")
    assert "Joseph Tegbe" in names(p.speakers) and "Joseph Tegbe" not in names(p.attendees)


def test_a_relative_who_after_an_apposition_without_its_comma_speaks_for_the_name():
    p = run("The delegation was welcomed by Cai Hong, Party secretary of the capital who expressed gratitude for the "
            "city's support.")
    assert "Cai Hong" in names(p.speakers)


# ---------------------------------------------------------------- minutes: labels, chair marks, order, motions

def test_minutes_labels_that_end_in_present_or_in_attendance():
    p = run("Members Present: Mayor Tom Mrakas, Councillor Harold Kim\n"
            "Staff Present: Doug Nadorozny, Chief Administrative Officer\n"
            "Officials in Attendance: Ms. Jackie Maguire, Chief Executive\n"
            "Members Absent: Councillor Ken Ruff\n"
            "The meeting began at 7 p.m.")
    assert {"Tom Mrakas", "Harold Kim", "Doug Nadorozny", "Jackie Maguire"} <= names(p.attendees)
    assert "Ken Ruff" not in names(p.attendees)


def test_a_labels_list_of_plain_names_and_a_chair_mark_after_a_comma():
    p = run("Trustees Present: Sandra Hardy (Chair), Brian Olynik, Alan Campbell\nCall to order at 7:00 p.m.")
    assert {"Sandra Hardy", "Brian Olynik", "Alan Campbell"} <= names(p.attendees)
    p = run("PRESENT: Commissioner Jane Doe, Chair; Commissioner John Roe; Commissioner Mary Poe\nThe meeting began.")
    assert p.chairs == ["Jane Doe"]


def test_who_called_the_meeting_to_order_chaired_it_without_a_speech():
    p = run("Mayor Tom Mrakas called the meeting to order at 7:00 p.m. Councillor Harold Kim said the budget was fine.")
    assert p.chairs == ["Tom Mrakas"] and "Tom Mrakas" not in names(p.speakers)
    p = run("The meeting was called to order at 7:02 p.m. by Chair Sandra Hardy. Trustee Brian Olynik asked about it.")
    assert p.chairs == ["Sandra Hardy"]


def test_the_mover_of_a_motion_spoke_and_its_seconder_was_there():
    p = run("Commissioner Jane Doe presided. Moved by Commissioner John Roe, seconded by Commissioner Mary Poe, to "
            "approve the agenda.")
    assert "John Roe" in names(p.speakers) and "Mary Poe" in names(p.attendees)
    assert rule_of(p.speakers, "John Roe") == "motion_by"


# ---------------------------------------------------------------- presence phrasings of English readouts

def test_a_delegation_that_comprised_people_or_a_team_which_included_them():
    p = run("The delegation comprised Li Hua, Chen Jie and Zhou Bin.")
    assert {"Li Hua", "Chen Jie", "Zhou Bin"} <= names(p.attendees)
    p = run("The Vice Chancellor, Prof. Kwame Mensah, led the university team, which included Dr. Ama Owusu and Dr. "
            "Kofi Boateng.")
    assert {"Ama Owusu", "Kofi Boateng"} <= names(p.attendees)


def test_others_in_attendance_included_and_a_professional_style():
    p = run("Others in attendance included Councillor Mary Walsh and Councillor Sean Byrne.")
    assert {"Mary Walsh", "Sean Byrne"} <= names(p.attendees)
    p = run("Joining the Governor were Commissioner for Health Dr. Musa Bello and Commissioner for Works Engr. Sani "
            "Abubakar.")
    assert {"Musa Bello", "Sani Abubakar"} <= names(p.attendees)


def test_an_event_that_brought_people_together_or_a_side_represented_by_someone():
    p = run("The event brought together Minister Samuel Okoro, Governor Aliyu Bello and business leaders.")
    assert {"Samuel Okoro", "Aliyu Bello"} <= names(p.attendees)
    p = run("The Chinese side was represented by Vice Minister Guo Qiang at the talks.")
    assert "Guo Qiang" in names(p.attendees)


def test_a_delegation_which_includes_people_who_will_attend_is_a_plan():
    p = run("The delegation, which includes Party Secretary Zhao Hong and three governors, will attend a conference "
            "next week.")
    assert "Zhao Hong" not in names(p.attendees)


def test_arabic_article_names_and_their_capitalised_reference():
    p = run("King Abdullah II received Iraqi Prime Minister Mohammed Shia al-Sudani at Al Husseiniya Palace.")
    assert "Mohammed Shia al-Sudani" in names(p.attendees)
    p = run("Ammar al-Hakim met the ambassador. Al-Hakim stressed the need for unity.")
    assert "Ammar al-Hakim" in names(p.speakers) and "Al-Hakim" not in everyone(p)


def test_flanked_by_and_further_speech_verbs():
    p = run("The Minister was flanked by the Permanent Secretary, Ambassador Gabriel Aduda, during the meeting.")
    assert "Gabriel Aduda" in names(p.attendees)
    p = run("Minister Vivian Balakrishnan and Minister Wang Yi reaffirmed the strong ties. Trustee Brian Olynik "
            "questioned the cost of the new school.")
    assert {"Vivian Balakrishnan", "Wang Yi", "Brian Olynik"} <= names(p.speakers)


def test_the_principal_someone_acts_for_is_no_counterpart():
    p = run("Governor Aliyu Musa met the team on behalf of President Muhammadu Buhari.")
    assert "Muhammadu Buhari" not in names(p.attendees)
    p = run("Governor Ade Bello met the investors, acting on the directive of President Bola Tinubu.")
    assert "Bola Tinubu" not in names(p.attendees)


# ---------------------------------------------------------------- credits

def test_an_editing_credit_after_a_semicolon_and_no_place_after_a_bylines_comma():
    p = run("Minister Ana Ruiz met the delegation.\nReporting by Sarah Lee; Editing by Tom Brown")
    assert {"Sarah Lee", "Tom Brown"} <= names(p.mentions)
    p = run("By Peter Mwangi, Nairobi\nMinister Ana Ruiz met the delegation.")
    assert "Peter Mwangi" in names(p.mentions) and "Nairobi" not in everyone(p)


def test_an_emir_or_a_sultan_before_a_name():
    p = run("Speaker Ali Baba met the delegation. He praised the leadership of Emir Tamim bin Hamad Al Thani.")
    assert "Tamim bin Hamad Al Thani" in names(p.mentions)
    p = run("Sultan Haitham bin Tarik received the envoy at Al Alam Palace.")
    assert "Haitham bin Tarik" in everyone(p)


def test_council_rolls_with_styles_offices_and_initials():
    p = run("Present: His Worship the Mayor, Mr J Smith, Cr A Brown, Cr B Green, Cr K Wood\nApologies: Cr D White\n"
            "The meeting opened.")
    assert {"J Smith", "A Brown", "B Green", "K Wood"} <= names(p.attendees)
    assert "D White" not in names(p.attendees)
    p = run("Present: Cathaoirleach Cllr. Nick Killian\nCllrs. Tommy Reilly, Damien O'Reilly and Ronan Moore\n"
            "Officials in attendance: Ms. Jackie Maguire, Chief Executive")
    assert {"Nick Killian", "Tommy Reilly", "Damien O'Reilly", "Ronan Moore", "Jackie Maguire"} <= names(p.attendees)


def test_roll_lines_that_open_with_an_office_under_a_bare_label():
    p = run("PRESENT\nCommissioner Lee Constantine\nCommissioner Brenda Carey\nCommissioner Jay Zembower\nCALL TO ORDER")
    assert {"Lee Constantine", "Brenda Carey", "Jay Zembower"} <= names(p.attendees)
    p = run("Attendance:\nMayor Dan Smith\nCouncillor Jo Brown\nCall to order")
    assert {"Dan Smith", "Jo Brown"} <= names(p.attendees)
    p = run("Trustees present: Chairperson Sandra Hardy, Vice-Chair Brian Olynik, Trustee Alan Campbell")
    assert {"Sandra Hardy", "Brian Olynik", "Alan Campbell"} <= names(p.attendees)
    p = run("Councillors in attendance were: Cr Ann Lee, Cr Bob Ray and Cr Tim Fox.")
    assert {"Ann Lee", "Bob Ray", "Tim Fox"} <= names(p.attendees)


def test_minutes_speech_by_a_styled_surname_of_the_roll():
    roll = "Present: His Worship the Mayor, Mr J Smith, Cr A Brown, Cr B Green\n"
    p = run(roll + "Cr Brown moved that the report be received. Mr Smith advised that the consultation would close. "
                   "Cr Green enquired whether the budget included the road.")
    assert {"A Brown", "J Smith", "B Green"} <= names(p.speakers)
    assert not {"Brown", "Smith", "Green"} & everyone(p)


def test_a_question_from_someone_is_their_speech():
    p = run("Council Present: Mayor Tom Mrakas, Councillor Harold Kim\nIn response to a question from Councillor Kim, "
            "the CAO explained the process.")
    assert "Harold Kim" in names(p.speakers)


# ---------------------------------------------------------------- communiqués

def test_a_communique_roll_after_the_following_ministers_attended():
    p = run("The following Ministers attended: Hon. Winston Peters, Minister of Foreign Affairs of New Zealand; Senator "
            "Marise Payne, Minister for Foreign Affairs of Australia.")
    assert {"Winston Peters", "Marise Payne"} <= names(p.attendees)


def test_the_rt_hon_style_ends_no_sentence():
    p = run("Heads of Government in attendance were: The Hon. Gaston Browne, Prime Minister of Antigua and Barbuda; The "
            "Rt. Hon. Mia Mottley, Prime Minister of Barbados.")
    assert {"Gaston Browne", "Mia Mottley"} <= names(p.attendees)


# ---------------------------------------------------------------- mentions with their evidence

def test_the_one_a_delegation_will_meet_later_is_a_mention():
    p = run("The delegation met with Mayor Ana Ruiz on Monday. In Wellington, the delegation will meet with Richard "
            "Taylor from the film studio.")
    assert rule_of(p.mentions, "Richard Taylor") == "future_meeting"
    assert "Ana Ruiz" in names(p.attendees)


def test_the_parties_of_an_earlier_meeting_or_a_consensus_between_leaders_are_mentions():
    p = run("Mayor Ana Ruiz met the group. The group's visit follows a meeting between China's President, Xi Jinping, "
            "and Prime Minister, Tuilaepa Sa'ilele Malielegaoi, in Fiji last November.")
    assert {"Xi Jinping", "Tuilaepa Sa'ilele Malielegaoi"} <= names(p.mentions)
    p = run("Liu Cigui met Mayor Ana Ruiz. \u201cWe came here to implement the consensus between President Xi Jinping "
            "and President Rodrigo Duterte,\u201d said Liu Cigui.")
    assert {"Xi Jinping", "Rodrigo Duterte"} <= names(p.mentions)


def test_a_press_officer_cited_as_the_source_is_a_mention():
    p = run("Prime Minister Charlot Salwai met the Governor. According to Hilaire Bule, the Public Relations Officer for "
            "the Government, PM Salwai arrived in Guangzhou on Sunday afternoon.")
    assert rule_of(p.mentions, "Hilaire Bule") == "press_source"
