"""Parser 1.22.0 role rules, on invented sentences (pure functions, no Prefect)."""
from role_helpers import names, run, titles_of


def test_a_signer_who_spoke_attends_too():
    # parser 1.30.0: the annotators read a signing as presence (a signer who spoke is a gold attendee 17 times in 24)
    p = run("The agreement was signed by Mayor Karl Jensen and Vice Mayor Zhou Heping. Jensen said the two cities "
            "would open a trade office.")
    assert names(p.speakers) == {"Karl Jensen"} and names(p.attendees) == {"Zhou Heping", "Karl Jensen"}
    assert {r["rule"] for r in p.attendees} == {"signatory"}


def test_a_signing_the_sentence_before_places_at_another_time_is_no_presence():
    p = run("On May 4, Governor Lan Ping met with Mayor Karl Jensen. One day earlier, the two provinces had "
            "established sister relations. Vice Governor Zhou Heping and Karl Jensen signed the agreement.")
    assert "Zhou Heping" not in names(p.attendees)
    p = run("On May 4, Governor Lan Ping met with Mayor Karl Jensen. At the meeting, the two provinces "
            "established sister relations. Vice Governor Zhou Heping and Karl Jensen signed the agreement.")
    assert "Zhou Heping" in names(p.attendees)


def test_english_words_ending_an_organisation_are_no_name():
    # rule `phrase_not_name`: "Asia Pacific Policy" ends the centre's name; the title is the guest's
    p = run("On March 26, President Hu Zhijian held talks with Rafiq Dossani, Director of the RAND Center for Asia "
            "Pacific Policy. Dossani said the center values the ties.")
    assert names(p.speakers) == {"Rafiq Dossani"} and "Pacific Policy" not in names(p.attendees + p.unplaced)
    assert titles_of(p, "Rafiq Dossani") == ["Director of the RAND Center for Asia Pacific Policy"]
    # a Chinese name of English-looking words after an office stays a name
    p = run("Secretary of the Municipal Party Committee Li Bin attended the meeting.")
    assert names(p.attendees) == {"Li Bin"}


def test_a_name_after_an_office_head_in_a_run_is_found_by_the_ner():
    # rule `entity_name`: the run "President's Office Ibrahim Hussain Shihab" may hold a name after its last head
    p = run("The Vice President was accompanied at the call by the Bilateral Secretary of the Ministry of Foreign "
            "Affairs Ahmed Khaleel and the International Spokesman at the President's Office Ibrahim Hussain Shihab.")
    assert "Ibrahim Hussain Shihab" in names(p.attendees + p.unplaced)


def test_an_entity_that_runs_on_into_a_dash_and_an_office_is_cut():
    p = run("The meeting was also attended by prof. Andrzej Rychard - Director of the Institute of Philosophy and "
            "Sociology of the PAS.")
    assert names(p.attendees + p.unplaced) == {"Andrzej Rychard"}
    # a possessive after the name is no stop inside it
    p = run("They discussed the understanding reached during General Secretary of the Communist Party of Vietnam "
            "Nguyen Phu Trong's visit. Vo Van Thuong attended the meeting.")
    assert "Nguyen Phu" not in names(p.mentions + p.unplaced)


def test_an_office_in_commas_after_and_or_met_is_the_next_name_s():
    # rule `office_comma_name`, bare office after a word that parts it from the name before
    p = run("Mayor Mxolisi Kaunda and Vice-Mayor of the City of Xiamen, Zhuang Rongliang, signed a memorandum. Zhuang "
            "said the two cities are friends.")
    assert titles_of(p, "Zhuang Rongliang") == ["Vice-Mayor of the City of Xiamen"]
    assert titles_of(p, "Mxolisi Kaunda") == ["Mayor"]
    p = run("Mayor Cai Qi met New Zealand's Consul-General in Shanghai, Sui Xin, who led a commercial delegation. Sui "
            "said trade grows.")
    assert titles_of(p, "Sui Xin") == ["New Zealand's Consul-General in Shanghai"]
    # in a roll the offices after "and" are the previous person's
    p = run("Other speakers included Wang Hua, Secretary of the Provincial Committee and Chairman of the Standing "
            "Committee, Djauhari Oratmangun, Ambassador of Indonesia in China, and Wu Gang, Vice Minister of Science.")
    assert titles_of(p, "Djauhari Oratmangun") == ["Ambassador of Indonesia in China"]


def test_the_perfect_is_evidence_of_a_mention_only_on_a_speech_verb():
    p = run("The session opened in Lhasa on January 18. Chairman Pema Thinley delivered a work report. General "
            "Secretary Xi Jinping has stressed that ethnic unity is the lifeline.")
    assert "Xi Jinping" in names(p.mentions)
    p = run("The Party Secretary Wang Junzheng has begun a five-day visit to Nepal. Leading a delegation, Wang has met "
            "with Prime Minister Pushpa Kamal Dahal at his residence.")
    assert "Wang Junzheng" not in names(p.mentions)


def test_a_style_or_office_and_one_word_is_the_person_written_short():
    # rule `styled_reference`: never a place or body
    p = run("The new Chinese ambassador to Rwanda, H.E Wang Xuekun, paid a courtesy call to Secretary General Hon. "
            "Francois Ngarambe. Hon. Ngarambe thanked the Chinese envoy for the visit. H.E Wang commended the "
            "exchanges.")
    assert names(p.speakers) == {"Francois Ngarambe", "Wang Xuekun"}
    assert {r["kind"] for r in p.speakers} == {"person"}
    p = run("Minister Kwame McCoy met with Counsellor Chen Xiang. Minister McCoy said the talks explored assistance.")
    assert names(p.speakers) == {"Kwame McCoy"}


def test_the_learned_role_may_overrule_a_mention_resting_on_the_parse_alone():
    # `learned_over_elsewhere`: "..., local media reported" hangs the visit under "reported"; the visitor praised
    from readouts.transform.parties import find_parties
    from readouts.transform.sentences import split_sentences
    text = ("Tomigawa Seibu, vice-governor of Okinawa Prefecture in Japan, led a delegation to visit Xiamen on March 13 "
            "to explore cooperation between the two places, local media reported. Tomigawa highly praised the "
            "achievements made by Xiamen during a meeting with Han Jingyi, deputy mayor of Xiamen.")
    rules = find_parties(text, split_sentences(text), None, learned=False)
    assert names(rules.mentions) == {"Tomigawa Seibu"}
    learned = find_parties(text, split_sentences(text), None)
    assert "Tomigawa Seibu" not in names(learned.mentions)
    assert "Tomigawa Seibu" in names(learned.speakers + learned.attendees)
    # never a leader's act placed at another time in the clause, nor the perfect of a leader's earlier words
    for text in ("General Secretary Xi Jinping, during his inspection in Guizhou in March, called on the province to "
                 "blaze a new trail. The session called on Party members to rally around the Central Committee.",
                 "The session opened on January 18. General Secretary Xi Jinping has stressed that ethnic unity is "
                 "the lifeline. Chairman Pema Thinley delivered a work report."):
        assert "Xi Jinping" in names(find_parties(text, split_sentences(text), None).mentions)
