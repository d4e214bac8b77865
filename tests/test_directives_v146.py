"""Parser 1.46.0 directive cues, on invented sentences (pure functions, no Prefect)."""
from readouts.transform.directives import directive_cue


def test_charged_tasked_and_reminded_someone_to_act():
    assert directive_cue("Mr Kofi Mensah has charged District Assembly Members to deepen their knowledge of local "
                         "governance.") == "instruct"
    assert directive_cue("The chief executive in his address tasked the assembly members to be good servants of their "
                         "communities.") == "instruct"
    assert directive_cue("Nene Tetteh reminded them to meet regularly with the residents.") == "instruct"
    assert directive_cue("At the meeting, the ministry was tasked with preparing information on the candidacy.") == \
        "instruct"


def test_tasks_and_charged_as_nouns_or_adjectives_are_no_directive():  # guard
    assert directive_cue("The teaching tasks assigned to each department to complete this term were listed.") is None
    assert directive_cue("The charged lawmakers were expecting the President to address their concerns.") is None


def test_agreed_on_the_need_for_an_act():
    assert directive_cue("They agreed on the need for an immediate halt of all violence against civilians.") == \
        "stress the need"


def test_a_call_on_a_visiting_leader_or_by_a_visitor_is_a_visit():
    assert directive_cue("Minister Anita Rao also called on the visiting Prime Minister today.") is None
    assert directive_cue("Prime Minister Dasho Tobgay was called on by the Ambassador of China, Mr. Le Wei, this "
                         "morning.") is None
    assert directive_cue("Minister Rajan Singh on Monday called on Prime Minister Sitiveni Lal and held discussions "
                         "to take forward bilateral ties.") is None


def test_a_call_on_someone_to_act_is_still_a_directive():  # guard
    assert directive_cue("He called on the Governor to release the funds before the rains.") == "call for"


def test_importance_and_necessity_after_expressed_mentioned_or_a_day():
    assert directive_cue("President Rosa Marin underscored on Monday the importance of dialogue between the "
                         "countries.") == "stress the importance"
    assert directive_cue("He expressed the necessity to reinforce the bilateral collaboration.") == "stress the need"
    assert directive_cue("Lastly, the Foreign Secretary mentioned the importance of continuing to work together.") == \
        "stress the importance"


def test_expressed_thanks_is_no_directive():  # guard
    assert directive_cue("He expressed his thanks for the support of the province.") is None


def test_requests_for_support_and_proposals_are_directives():
    assert directive_cue("Foreign Minister Anna Perera asked for China's cooperation in increasing exports.") == "ask"
    assert directive_cue("Yilikal requested the Chinese government to play its role in the rebuilding.") == "ask"
    assert directive_cue("The President asked the governors for their support in passing the regulations.") == "ask"
    assert directive_cue("Moreover, the Governor also requested the creation of a library in the city.") == "ask"
    assert directive_cue("Minister Han also proposed that the two sides strengthen fisheries cooperation.") == "suggest"
    assert directive_cue("The city's leader proposed enhancing high-level exchanges and contacts.") == "suggest"


def test_requests_and_proposals_that_are_no_directive():  # guard
    assert directive_cue("The reporter asked for comments on the visit.") is None
    assert directive_cue("Several requests were made on how to better develop the industry.") is None
    assert directive_cue("Bangladesh has requested the IMF loan to deal with the reserves.") is None
    assert directive_cue("The proposed building will house the library.") is None
    assert directive_cue("Locally proposed pending issues were scheduled at the meeting.") is None


def test_a_commitment_for_the_body_one_speaks_for():
    assert directive_cue("During the trip, the Ambassador said his country would foster trade with the county.") == \
        "will"
    assert directive_cue("She thanked China, adding that her organization will firmly adhere to the policy.") == "will"
    assert directive_cue("\u201cWe will find areas to invest in the blue economy,\u201d Mr Zhang said.") == "will"


def test_a_forecast_about_a_place_is_no_commitment():  # guard
    assert directive_cue("He said the city would see more rain this week.") is None


def test_the_two_sides_will_after_a_speech_verb():
    assert directive_cue("Capt. Xu thanked the city, saying the two sides will leverage their respective "
                         "advantages.") == "will"
    assert directive_cue("Officials agreed that the scope is unlimited, and said they will strive to promote "
                         "industries.") == "will"


def test_a_schedule_or_a_forecast_with_will_is_no_directive():
    assert directive_cue("On Friday, the Secretary General will deliver a keynote speech at the foundation.") is None
    assert directive_cue("During his stay, the Vice President will also meet with the speaker of the assembly.") is None
    assert directive_cue("He believed collaboration between the two universities will be deepened.") is None
    assert directive_cue("He said that the agreement between the two universities will surely promote research.") is None
    assert directive_cue("Mr. Mahama expressed optimism that Ghana and China will continue to enjoy a cordial "
                         "relationship.") is None


def test_a_body_committing_itself_with_will_is_still_a_directive():  # guard
    assert directive_cue("Zhongshan will pay close attention to the opportunities of the Greater Bay Area.") == "will"
    assert directive_cue("He said that the province will offer favourable policies to the enterprises.") == "will"
