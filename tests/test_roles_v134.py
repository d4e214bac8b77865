"""Parser 1.34.0 role and name rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run

from readouts.transform.directives import find_directives
from readouts.transform.sentences import split_sentences


def run_directives(text):
    sentences = split_sentences(text)
    return [d["text"] for d in find_directives(text, sentences, [None] * len(sentences))]

# ---------------------------------------------------------------- chairs


def test_a_fronted_passive_clause_gives_the_chairs_of_the_meeting_it_describes():
    p = run("On Oct. 19, jointly presided by vice president Rong Weidong and Joseph Rude from Iowa Economic "
            "Development Authority, the Joint Working Group Meeting was held in Des Moines.")
    assert sorted(p.chairs) == ["Joseph Rude", "Rong Weidong"]
    p = run("Jointly chaired by Vice Minister Anna Berg and Ambassador Paul Roy, the talks reviewed trade.")
    assert sorted(p.chairs) == ["Anna Berg", "Paul Roy"]


def test_a_fronted_passive_clause_about_something_else_gives_no_chair():  # guard
    p = run("Hosted by the city of Chengdu, the exhibition on trade drew 2,000 visitors, and Mayor Wang Lin "
            "attended the opening.")
    assert p.chairs == []


def test_co_hosted_by_and_an_inverted_presiding_give_chairs():
    p = run("The forum was co-hosted by Vice Governor Li Ming and Ambassador Jan Novak, and attended by 200 guests.")
    assert sorted(p.chairs) == ["Jan Novak", "Li Ming"]
    p = run("Presiding over the session were Speaker Anna Berg and Deputy Speaker Tom Hale of the assembly.")
    assert sorted(p.chairs) == ["Anna Berg", "Tom Hale"]


def test_an_inverted_presiding_is_no_fronted_participle_of_the_next_clause():  # guard
    p = run("Presiding over the meeting where the plan was adopted, Mayor Tom Hale said the city would act.")
    assert p.chairs == ["Tom Hale"]


def test_met_under_the_chairmanship_of_gives_a_chair_not_a_counterpart():
    p = run("The council met under the chairmanship of Mayor Anna Berg to review the budget.")
    assert p.chairs == ["Anna Berg"] and "Anna Berg" not in names(p.attendees)


def test_the_chair_may_be_named_after_a_lower_case_office_and_a_comma():
    p = run("The meeting was chaired by the permanent secretary of the Ministry of Grenada, Roxie Hutchinson.")
    assert p.chairs == ["Roxie Hutchinson"]


def test_judicial_offices_title_a_name():
    p = run("Presiding over the session was Judge Helen Moss of the district court. Justice Omar Haddad "
            "delivered the keynote address.")
    assert p.chairs == ["Helen Moss"] and "Omar Haddad" in names(p.speakers)


def test_a_fronted_hosted_by_before_any_subject_with_the():
    p = run("Hosted by OECD Secretary-General Anna Berg, the heads of five international organisations discussed "
            "the outlook for growth.")
    assert p.chairs == ["Anna Berg"]


def test_a_chair_verb_capitalised_by_mistake_after_a_name():
    p = run("The President of the Football Federation Mr. Praful Patel Chaired the Executive Committee Meeting at "
            "Football House in the capital.")
    assert p.chairs == ["Praful Patel"]


def test_the_bahraini_spelling_of_the_gulf_style():
    p = run("Lieutenant General Dr. Shaikh Mohammed bin Abdullah Al Khalifa chaired the regular meeting of the "
            "Society's Board of Directors.")
    assert p.chairs == ["Mohammed bin Abdullah Al Khalifa"]


# ---------------------------------------------------------------- minutes' rolls and names


def test_a_roll_of_offices_with_their_holders_in_brackets_and_the_chair_marked_after():
    p = run("A meeting of the Council was held on Monday 4 December 1995.\nPresent\n"
            "The Chancellor (The Hon Sir Edward Woodward) (in the Chair)\n"
            "The Deputy Chancellor (Mrs F S Marles)\n"
            "The Deputy Vice-Chancellor(Academic) (Professor C B Schedvin)\n"
            "The Associate Registrar (External Relations)(Ms L Hambly)\nBusiness\n1. Welcome")
    assert p.chairs == ["Edward Woodward"]
    assert {"F S Marles", "C B Schedvin", "L Hambly"} <= names(p.attendees)


def test_initials_without_periods_after_an_honorific():
    p = run("Mr T L Anning, Mrs N E Davies, Professor A G Klein, Mr P O'Keefe and Associate Professor P T McTigue "
            "were in attendance.")
    assert {"T L Anning", "N E Davies", "A G Klein", "P O'Keefe", "P T McTigue"} <= names(p.attendees)
    p = run("After the dharna a delegation of Dr SS Agarwal, Dr KK Aggarwal and Dr A M Pillai met the Health "
            "Minister in Parliament.")
    assert {"SS Agarwal", "KK Aggarwal", "A M Pillai"} <= names(p.attendees)


def test_the_honourable_alone_opens_a_name():
    p = run("While in the province, Ambassador Kenjiro Monji met with The Honourable Judith Guichon, Lieutenant "
            "Governor of British Columbia, in the City of Victoria.")
    assert "Judith Guichon" in names(p.attendees)


def test_joined_them_is_presence():
    p = run("Luo Xiandong, member of the Party Committee, joined them for the research and gave a speech.")
    assert "Luo Xiandong" in names(p.attendees) and "Luo Xiandong" in names(p.speakers)


def test_a_roll_under_a_bare_attendees_line_with_particles_and_company_offices():
    p = run("The Prime Minister hosted a meeting of the Business Advisory Council.\nAttendees\n"
            "Ivan Menezes, CEO, Diageo\nJan du Plessis, Chairman, BT\nMoya Greene, CEO, Royal Mail")
    assert {"Ivan Menezes", "Jan du Plessis", "Moya Greene"} <= names(p.attendees)
    assert p.chairs == []  # "Chairman, BT" is his office at a company, no chair mark


def test_a_chair_mark_between_roll_members_still_marks_the_chair():  # guard
    p = run("Members Present: Dan Hardy, Chair, Will Bush, Ann Lee.\nThe minutes were approved.")
    assert p.chairs == ["Dan Hardy"]


def test_a_list_of_names_each_with_its_department_in_brackets():
    p = run("Visitors included Bruce Seely (Social Sciences), James Moore (School of Forest Resources and "
            "Environmental Science), Shane Godmere (IT), Faith Morrison (Chemical Engineering).")
    assert {"Bruce Seely", "James Moore", "Shane Godmere", "Faith Morrison"} <= names(p.attendees)


def test_korean_names_whose_surname_is_park():
    p = run("Mayor Park Won Soon said the city would spread the Seoul method of problem solving. President "
            "Park Geun-hye met the delegation.")
    assert "Park Won Soon" in names(p.speakers) and "Park Geun-hye" in names(p.attendees)


def test_a_portfolio_word_before_a_name_is_no_word_of_it():
    p = run("On March 23, Governor Ralph Northam, Secretary of Public Safety Brian Moran, Secretary of Finance "
            "Aubrey Layne, and Secretary of Health Daniel Carey participated in a conference call with local leaders.")
    assert names(p.attendees) == {"Ralph Northam", "Brian Moran", "Aubrey Layne", "Daniel Carey"}


# ---------------------------------------------------------------- directives


def test_please_addressed_at_the_meeting_is_a_call_to_action():
    p = run_directives("The President said: Mr Siluanov, please take this issue under your personal supervision "
                       "today. Please note that the office is closed on Friday.")
    assert p == ["The President said: Mr Siluanov, please take this issue under your personal supervision today."]


def test_calling_for_a_motion_is_procedure():
    assert run_directives("Nancy Rutherford called for a motion. The board called for stronger oversight.") == [
        "The board called for stronger oversight."]


# ---------------------------------------------------------------- mentions


def test_a_name_before_a_common_noun_is_no_term_and_no_mention():
    p = run("Mayor Zhao Lei inspected the flood defences at the Jun Tan reservoir and the Qixing reservoir.")
    assert "Jun Tan" not in names(p.mentions)



# ---------------------------------------------------------------- speech


def test_the_chinese_enumeration_comma_separates_a_list():
    p = run("Vice President Yu Li\u3001Professional person in charge Zhan Jinzhen\u3001Office Director Lu He and other "
            "participating teachers all gave speeches based on their actual work.")
    assert {"Yu Li", "Zhan Jinzhen", "Lu He"} <= names(p.speakers)


def test_an_address_by_is_a_speech():
    p = run("It started with an address by Board Chair Gabe Mercier and was followed by minutes from meetings "
            "previous.")
    assert names(p.speakers) == {"Gabe Mercier"}


def test_minutes_motions_updates_and_a_fragment_addressed_by():
    p = run("Nancy Rutherford called for a motion. Paula Viani-Reed made a motion to approve the recommendation. "
            "Ms. Emily Monville Oro updated the group on the Philippine project. Public comment about access to "
            "public documents. Addressed by Jonalee Roberts and Richard Schumann.")
    assert {"Paula Viani-Reed", "Emily Monville Oro", "Jonalee Roberts", "Richard Schumann"} <= names(p.speakers)


def test_a_nomination_proposed_and_seconded():
    p = run("Councillor Nick Killian was proposed by Councillor Noel Leonard and seconded by Councillor Bob "
            "Fitzgerald.")
    assert "Noel Leonard" in names(p.speakers) and "Bob Fitzgerald" in names(p.attendees)


def test_an_initiative_proposed_by_a_leader_is_no_motion():  # guard
    p = run("The forum discussed the Global Development Initiative proposed by President Xi Jinping.")
    assert "Xi Jinping" not in names(p.speakers)


# ---------------------------------------------------------------- presence


def test_a_plural_noun_in_attendance_with_bracketed_units_after_the_names():
    p = run("Liaisons in attendance were Brandon Richards (USG) and Becky Christianson (Staff Council).")
    assert names(p.attendees) == {"Brandon Richards", "Becky Christianson"}


def test_the_following_trustees_were_present_in_person():
    p = run("James F. Kelly, Chair, presided. The following Trustees were present in person:\n"
            "David Bassiouni, from 9:20 am to 12:50 pm\nIsaac Bekalo, President of IIRR\nMary Racelis")
    assert {"David Bassiouni", "Isaac Bekalo", "Mary Racelis"} <= names(p.attendees)


def test_received_with_the_place_and_day_set_off_by_commas():
    p = run("President Barham Salih received in Baghdad, on Monday, June 3, 2019, Prime Minister Adel Abdul Mahdi.")
    assert {"Barham Salih", "Adel Abdul Mahdi"} <= names(p.attendees)


def test_a_transcript_turn_on_a_line_of_its_own():
    p = run("Mikhail Mishustin: Good afternoon, colleagues,\nAt the Security Council meeting, the President gave us "
            "important instructions.")
    assert names(p.speakers) == {"Mikhail Mishustin"}


def test_a_dateline_with_a_colon_is_no_transcript_turn():  # guard
    p = run("Datuk Frankie Liew welcomed the guests.\nKota Kinabalu: A delegation from the Guizhou Foreign Affairs "
            "Office visited Sabah on Tuesday.")
    assert "Kota Kinabalu" not in names(p.speakers)
