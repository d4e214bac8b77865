"""The shared vocabulary of the transform rules: plain word tables, one place to read and extend them.

Only data lives here (sets, dicts and tuples of words); the regular expressions built from them stay beside the
rules that use them (`titles`, `names`, `parties`, `syntax`). Words compared with a lower-cased token are written
in lower case; `HONORIFICS` are written as they appear in the text (they go into case-sensitive patterns).
Month names live in `readouts.months`. tests/test_lexicon.py checks the tables: no duplicates, each one used
by some module, lower case where the code compares lower-case words.
"""
from __future__ import annotations

# ----------------------------------------------------------------------------------- offices (titles, names)
# the head word of an office title (`titles.is_title`): "Deputy Secretary of ...", "Chinese president", "founder"
# (1.57.0) traditional rulers' titles before a name: "Deputy Kgosi Bana Sekai", "Oba Adeyeye Ogunwusi"
TRADITIONAL_TITLES = {"kgosi", "kgosikgolo", "oba", "ooni", "togbe", "kabaka", "omukama"}  # (also OFFICE_WORDS, but not
# "oba": a Japanese surname too, "Ambassador Kenji Oba"; before a name it is the title, "Oba Rilwan Akiolu")
OFFICE_WORDS = {
    "secretary", "governor", "premier", "president", "minister", "chairman", "chairwoman", "chairperson", "chair",
    "mayor", "head", "member", "director", "chief", "leader", "administrator", "commissioner", "ambassador",
    "consul", "ceo", "cfo", "cto", "gm", "coo", "vp", "pm", "cm", "prez", "founder", "co-founder", "professor", "dean", "principal", "officer",
    "spokesperson", "spokesman", "spokeswoman", "envoy", "chancellor", "commander", "inspector", "auditor",
    "d'affaires", "d\u2019affaires", "affaires",  # (1.43.0) "Charge d'Affaires of Thailand", "Charge D\u2019 Affaires"
    "manager", "councilor", "councillor", "counselor", "counsellor", "adviser", "advisor", "aide", "flagbearer", "academician",
    "engineer", "researcher", "deputy", "delegate", "representative", "procurator", "president-elect",
    "secretary-general", "consul-general", "director-general", "procurator-general", "vice-chairman",
    "vice-president", "vice-premier", "vice-governor", "vice-mayor", "chairman-designate", "executive",
    "treasurer", "registrar", "superintendent", "captain", "general", "marshal", "judge", "justice",
    "prosecutor", "lawmaker", "legislator", "senator", "congressman", "congresswoman", "partner", "fellow",
    "editor-in-chief", "rector", "provost", "attache", "attaché", "emissary", "monarch", "king", "queen",
    "prince", "princess", "emperor", "sultan", "emir", "sheikh", "speaker", "whip", "convener", "convenor",
    "kgosi", "kgosikgolo", "ooni", "togbe", "kabaka", "omukama",  # (1.57.0) TRADITIONAL_TITLES
    "coordinator", "supervisor", "overseer", "architect", "designer", "economist", "scientist", "scholar",
    # local offices abroad and academic ranks met in visitors' titles
    "akim", "hokim", "prefect", "governor-general", "lecturer", "analyst", "curator", "ombudsman",
    "archbishop", "cardinal", "cleric", "priest", "pope",  # (1.50.0) "Cardinal Jean-Louis Tauran" (not "Julie Bishop")
    "cathaoirleach",  # (1.28.0) the chair of an Irish council: "Cathaoirleach Gerard Mullaney"
    # (1.44.0) heads of government and local offices written in their own languages ("Taoiseach A", "Tánaiste and
    # Minister for Foreign Affairs", "Lyonchhen A", "Wali of Rabat", "Voivode of Silesia", "Alcalde A")
    "taoiseach", "tánaiste", "tanaiste", "lyonchhen", "wali", "voivode", "intendant", "alcalde", "burgomaster",
    "regent", "mayoress",
    # (1.56.0) offices of forest, police and prison services and of schools ("Principal Chief Conservator of Forests A",
    # "Commandant A", "Controller of Examinations A")
    "conservator", "commandant", "warden", "headmaster", "controller",
    # (1.44.0) compound offices whose last part alone is no office of its own kind ("United Nations Under-Secretary-
    # General for Humanitarian Affairs", "Attorney-General", "Deputy Director-General")
    "under-secretary-general", "under-secretary", "undersecretary", "undersecretary-general",
    "assistant-secretary-general", "deputy-secretary-general", "deputy-director-general", "attorney-general",
    "auditor-general", "solicitor-general", "surveyor-general", "comptroller-general", "inspector-general",
    "registrar-general", "postmaster-general", "accountant-general", "commissioner-general", "prosecutor-general",
    # (1.32.0) offices of minutes' rolls: school boards, county commissions, city councils
    "trustee", "alderman", "alderwoman", "selectman", "councilmember", "vice-chair", "vice-chairperson",
    # prize holders ("the 2018 Nobel Prize winner in physics X", "laureate of the Nobel Prize")
    "laureate", "winner",
    # professions given as a visitor's or expert's title ("China's top diplomat", "biology teacher from X")
    "diplomat", "teacher", "expert", "consultant",
    # (1.33.0) ranks written before a name ("Commodore Voreqe Bainimarama", "Rear Admiral A", "Colonel B")
    "commodore", "admiral", "colonel", "lieutenant", "brigadier",
    # (1.36.0) a legislature's or council's officer: "The Acting Clerk of the House, Ibrahim Musa, disclosed ..."
    "clerk", "comptroller",
    "mec",  # (1.47.0) a South African province's Member of the Executive Council: "Co-operative Governance MEC A"
    "magistrate",  # (1.37.0) a Chinese county's head: "Deputy Magistrate of Yangpu District A", "county magistrate A"
    "surgeon",  # (1.37.0) a South Asian district's health officer: "Civil Surgeon Dr Md Sabizur Rahman"
    # (1.54.0) a South Asian district's head ("Dhar district collector A B") and Pakistani legislators ("Karachi MNA
    # C D"); the acronyms a name may carry after it ("A B MP, Chairman of ...") stay out (POST_NOMINALS)
    "collector", "mlc", "mna", "mpa",
}
# (parser 1.33.0) offices of a minutes' roll written after the member's name ("Joseph W. Gilliam, Clerk of Court, John
# McPherson, County Attorney"): OFFICE_WORDS and these
ROLL_OFFICE_WORDS = {"attorney", "planner", "counsel", "solicitor", "accountant", "officers", "directors",
                     "managers", "staff", "minutes", "recorder", "secretariat", "facilitator", "interpreter",
                     "official", "technician", "analyst", "draftsman", "coordinator", "inspector"}  # (1.35.0) staff
# a council member's style before a name in a flattened roll ("PRESENT Alderman O Daniels Councillor S Scholtz")
COUNCIL_STYLES = ("Councillor", "Councilor", "Alderman", "Aldermen", "Alderwoman", "Alderwomen", "Cllr")
# plural styles that open a roll's list ("Councillors A, B, C", "Commissioners A and B")
ROLL_STYLES = ("Councillors", "Councilors", "Commissioners", "Aldermen", "Trustees", "Supervisors", "Senators",
               "Directors", "Members", "Delegates", "Representatives")
# words that qualify an office word ("Deputy Secretary", "Executive Vice Governor", "former Premier")
MODIFIERS = {"deputy", "vice", "acting", "executive", "first", "standing", "permanent", "honorary", "former",
             "senior", "chief", "assistant", "associate", "party", "general", "state", "managing", "special",
             "full-time", "second", "third", "incoming", "outgoing", "current", "then"}

# ----------------------------------------------------------------------------------- names
# capitalised words that are never part of a person's name
FUNCTION_WORDS = {
    "the", "a", "an", "on", "in", "at", "of", "and", "for", "to", "by", "with", "from", "during", "after", "before",
    "he", "she", "it", "they", "we", "his", "her", "their", "our", "this", "that", "these", "those", "meanwhile",
    "however", "also", "since", "as", "when", "while", "chinese", "china", "state", "council", "party", "central",
    "committee", "people", "government", "provincial", "municipal", "national", "general", "secretary", "premier",
    "president", "governor", "vice", "deputy", "minister", "chairman", "mayor", "head", "member", "director",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "xinhua", "beijing",
    "representatives", "leaders", "other", "all", "some", "photo", "source", "editor", "city", "province",
    "county", "district", "group", "company", "university", "department", "ministry", "bureau", "office",
    "alongside", "besides", "amid", "among", "following", "under", "upon",  # (1.28.0) "Alongside Zhang Jianting, ..."
    "regional", "federal",  # (1.37.0) "Mtwara Regional Commissioner A": a level of government, never a name word
}
# rule `pronoun_not_party`: "Everyone spoke freely": an indefinite pronoun is no organisation or place
INDEFINITE_PRONOUNS = {"everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "each", "both"}
# rule `adverb_not_name`: a sentence adverb before a comma is never a one-word name ("Particularly, Chairman X reported")
SENTENCE_ADVERBS = {"particularly", "additionally", "furthermore", "moreover", "afterwards", "afterward", "subsequently",
                    "finally", "firstly", "secondly", "thirdly", "lastly", "notably", "specifically", "similarly",
                    "likewise", "besides", "therefore", "thus", "accordingly", "consequently", "nevertheless",
                    "nonetheless", "overall", "especially", "previously", "later", "then", "next", "hence", "indeed",
                    "currently", "recently", "earlier", "initially", "eventually", "ultimately", "separately",
                    "specially", "importantly", "generally", "meantime", "thereafter", "first", "second", "third",
                    "further"}  # (1.37.0) "Further, Chairman of the State Statistics Committee A reported"
# rule `calendar_not_party`: a weekday or month opening a clause ("Friday, Hebei reported ...") is no place or body
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                  "december", "today", "yesterday", "tonight"}
# a headline's verb in the third person ("Li Jiayang Meets ...", "Governor X Inspects ..."): a name ends before it
# the present participle of an act that opens a sentence or stands before an office: "Chairing a review meeting ...,
# Singh emphasised", "Receiving Ambassador B, ...": the act, never a name word or part of a title (but "Visiting
# Professor B" holds an office, titles keeps it)
ACT_PARTICIPLES = {"visiting", "congratulating", "attending", "accompanying", "welcoming", "receiving", "meeting",
                   "hosting", "addressing", "greeting", "inspecting", "thanking", "including", "chairing", "presiding",
                   "opening", "inaugurating", "launching", "reviewing", "briefing", "touring", "delivering",
                   "commending", "lauding", "praising", "urging", "stressing", "emphasizing", "emphasising",
                   "highlighting", "noting", "responding", "unveiling", "flagging", "commissioning"}
HEADLINE_VERBS = {"meets", "visits", "inspects", "attends", "chairs", "presides", "speaks", "calls", "urges", "stresses",
                  "hosts", "receives", "holds", "says", "pledges", "vows", "addresses", "congratulates", "talks", "leads",
                  "opens", "sends", "signs", "delivers", "answers", "highlights", "underscores", "emphasizes",
                  "emphasises", "welcomes", "arrives", "returns", "concludes", "launches", "joins", "witnesses", "makes",
                  "gives", "takes", "hails", "greets", "briefs", "tours", "explains", "notes", "expects"}
# rule `press_label`: a reporter credited in the text is never a party of the meeting ("Daily reporters A and B
# reported that ...")
PRESS_LABELS = ("reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists")
# words of a news outlet's name: a credit to "Dongguan Daily" or "Xinhua News" names no person
MEDIA_WORDS = {"xinhua", "news", "daily", "agency", "press", "online", "desk", "staff", "team", "agencies", "reuters",
               "afp", "media", "unknown", "times", "post", "net", "network", "tv", "television", "radio", "weekly",
               "herald", "journal", "gazette", "magazine", "channel", "newspaper", "service", "cctv", "cgtn", "cns",
               "images", "photos", "pictures",  # (1.37.0) the agency of a photo credit: "X/Getty Images"
               "today", "info"}  # (1.47.0) "By DA NANG Today", "USA Today"; (1.48.0) "by Diplomatic Info"
# words that close a department's name ("Mainland Affairs", "International Relations"): never words of a person's name
FIELD_WORDS = {"affairs", "relations", "studies", "sciences", "resources"}
# news agencies credited at a sentence's end ("..., APP reported"): a source, never a party or a name
WIRE_AGENCIES = ("APP", "AFP", "AP", "PTI", "IANS", "ANI", "TASS", "Bernama", "Yonhap", "Kyodo", "Reuters", "EFE",
                 "ANSA", "DPA", "VNA", "Sputnik", "WAM", "Bloomberg", "Interfax", "Anadolu", "Antara", "Lusa")
# honorifics before a name ("Mr. Yin Li"), written as in the text, in the order the name patterns try them
# a meeting whose list of people "included" names its attendees ("The meeting also included A, B and other officials")
MEETING_NOUNS = {"meeting", "talk", "session", "event", "ceremony", "symposium", "forum", "conference", "seminar",
                 "roundtable", "gathering", "summit", "workshop", "dialogue", "assembly", "congress", "plenum",
                 "discussion", "consultation", "negotiation",  # (1.42.0: "Discussions were held between A and B")
                 "interaction"}  # (1.55.0) "A and B held an interaction with a delegation"
# (parser 1.53.0) the people a meeting is "of" met there: "the meeting of A and B today" (syntax._meeting_of)
MEETING_OF_NOUNS = {"meeting"}  # (not "talks": "X's important talks" are speeches)
# Korean surnames in their usual romanisations: "CHOI Hee-deok", "KIM Sang-gwang" (a surname in capitals before a
# hyphenated given name)
KOREAN_SURNAMES = {"kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo",
                   "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "kwon", "hwang",
                   "ahn", "an", "song", "yoo", "ryu", "yu", "hong", "jeon", "chun", "ko", "koh", "moon", "mun", "yang",
                   "son", "sohn", "bae", "baek", "paik", "heo", "huh", "nam", "shim", "noh", "roh", "ha", "kwak",
                   "sung", "cha", "joo", "woo", "koo", "min", "na", "jin", "ji", "um", "chae", "won", "bang", "gong",
                   "hyun", "byun", "yeo", "do", "ban", "ra", "wang", "ok", "maeng", "tak", "eun", "pyo"}
# the commonest Chinese family names, for names written given name first ("Huaning Chen", "Si-Qing Chen"), as
# universities, companies and foreign outlets write them: a pinyin syllable alone is too weak a ground there
COMMON_CHINESE_SURNAMES = {
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
    "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
    "zeng", "xiao", "tian", "dong", "yuan", "pan", "yu", "jiang", "cai", "du", "ye", "cheng", "su", "wei", "lv",
    "lyu", "ding", "ren", "shen", "yao", "lu", "cui", "zhong", "tan", "fan", "liao", "fang", "jin", "shi", "jia",
    "xia", "fu", "zou", "xiong", "bai", "meng", "qin", "qiu", "hou", "yin", "xue", "yan", "duan", "lei", "tao",
    "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai", "mo", "kong", "xiang", "chang", "kang", "niu", "qi",
    "ge", "ni", "zhan", "bao", "geng", "ji", "qiao", "pang", "wen", "yi", "nie", "zhai", "ling", "xing", "rao",
    "ruan", "shang", "mu", "chai", "zuo", "hua", "tong", "huo", "bian", "mei", "sheng", "lan", "yue", "zang",
    "hong", "ning", "quan", "miao", "kuang", "bi", "fei", "jiao", "ou", "an", "sui", "che", "zhuang", "qu", "rong"}
# pinyin-shaped words that are places, bodies or English words, never a given name written first ("Hainan Li" is
# the Li people of Hainan, "of China Wang Yi"; names.given_first_names)
PINYIN_PLACE_WORDS = {
    "beijing", "tianjin", "shanghai", "chongqing", "hebei", "shanxi", "shaanxi", "liaoning", "jilin", "jiangsu",
    "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong", "hainan",
    "sichuan", "guizhou", "yunnan", "gansu", "qinghai", "taiwan", "guangxi", "xizang", "ningxia", "xinjiang",
    "nanjing", "wuhan", "chengdu", "xiamen", "shenzhen", "qingdao", "dalian", "suzhou", "hangzhou", "ningbo",
    "fuzhou", "jinan", "zhengzhou", "changsha", "kunming", "guiyang", "nanning", "lanzhou", "xining", "yinchuan",
    "hefei", "nanchang", "taiyuan", "shijiazhuang", "changchun", "shenyang", "haikou", "sanya", "lhasa", "wuxi",
    "foshan", "dongguan", "zhuhai", "shantou", "yantai", "weihai", "xuzhou", "yangzhou", "changzhou", "nantong",
    "wenzhou", "luoyang", "baotou", "datong", "tangshan", "handan", "mianyang", "yibin", "zigong", "luzhou",
    "deyang", "leshan", "nanchong", "dazhou", "meishan", "ziyang", "guangan", "bazhong", "yaan", "panzhihua",
    "zhongguo", "xinhua", "renmin", "huawei", "jinping", "taishan", "huangshan", "emei", "putuo", "wutai",
    "china", "iran", "dean", "lake", "paying", "saying", "dali", "liangshan", "longyan",
    "hongkong", "baoding", "zhaoqing"}  # English words and places of pinyin shape
# Vietnamese family names, left out when a name is written short ("Hong Dien" for "Nguyen Hong Dien")
VIETNAMESE_SURNAMES = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
                       "ngo", "duong", "dinh", "trinh", "truong", "doan", "lam",
                       # (1.44.0) more family names: "Ha Van Sieu", "Cao Chi Thien", "Luong Cuong", "Dao Ngoc Dung"
                       "ha", "cao", "luong", "dao", "mai", "ta", "ly", "thai", "chu", "kieu", "quach", "trieu", "luu"}
# (1.44.0) syllables of Burmese names, read after Myanmar's styles "U" and "Daw" (names.burmese_names)
BURMESE_SYLLABLES = {
    "aung", "san", "suu", "kyi", "than", "swe", "min", "win", "myint", "khin", "soe", "nyan", "naing", "maung",
    "tun", "htun", "thein", "sein", "hla", "zaw", "kyaw", "myo", "oo", "thant", "nyunt", "lwin", "thu", "ye", "htay",
    "han", "tin", "hlaing", "shwe", "mya", "nu", "wai", "lin", "phyo", "pyae", "zin", "moe", "thura", "thet", "htoo",
    "ko", "nyein", "ohn", "kyu", "sann", "myat", "hein", "htet", "wunna", "khaing", "thaung", "myaing", "tint",
    "nyo", "thwin", "zeya", "chit", "yin", "ei", "mon", "pe", "ba", "sai", "tha", "kan", "yan", "wint", "lay",
    "htwe", "cho", "thida", "nwe", "phone", "kyaing", "sandar", "nanda", "thiha", "hlwan", "paing", "lwan", "tay",
    "saw",
    "htein", "pae", "lu", "mar", "aye", "hnin", "su", "thiri", "phyu", "kaung"}  # (1.53.0)
# (1.49.0) Arabic and Somali given names the US census lacks, for a name written "A Sheikh B" (names.sheikh_inside)
ARABIC_GIVEN_NAMES = {
    "abdi", "abdullahi", "abdirahman", "abdikarim", "abdulkadir", "abdul", "abdullah", "abdulla", "abdel", "abdelaziz",
    "sharif", "yusuf", "yussuf", "hussein", "husain", "hassan", "ibrahim", "ismail", "mahad", "mahmoud", "mahmud",
    "mustafa", "osman", "othman", "hamza", "khalid", "khaled", "said", "saeed", "salah", "jamal", "nasser", "adan",
    "aden", "farah", "warsame", "awat", "bashir", "idris", "idriss", "musa", "issa", "isa", "yasin", "yassin"}
# (1.44.0) common Vietnamese middle names: a family name, one of these and a given name are a name ("Ha Van Sieu")
VIETNAMESE_MIDDLE_NAMES = {
    "van", "thi", "duc", "huu", "viet", "quoc", "xuan", "ngoc", "minh", "thanh", "hong", "dinh", "cong", "chi",
    "hoang", "anh", "quang", "trung", "tuan", "kim", "bao", "gia", "tien", "manh", "dac", "tan", "trong", "khac",
    "ba", "nhu", "thu", "hai", "phuoc", "phu", "dang", "tuong", "nhat"}
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mdm", "Mme", "Dr", "Prof", "Amb", "Madam", "Madame", "Sir", "Comrade", "Sheikh",
              "Sheikha", "Shaikh", "Shaikha", "Sayyid", "Cllr", "Coun", "Uz", "Engr", "Barr", "Cllrs", "Cr", "Crs", "Eng",
              "Shri", "Smt", "Smti", "Shrimati", "Thiru", "Alhaji", "Alhaja", "Hajia", "Dame", "Hajji", "Alhaj", "Hajiya",
              "Adv", "Mallam", "Malam", "Arc", "Pharm",  # (1.56.0) "Arc. Olamilekan Adegbite", "Pharm. A"
              # (1.50.0) the clergy's styles: "Rev. Fr. Hyacinth Alia", "Father Peppi Sosei", "Ayatollah Dr. Ahmad
              # Iravani" (their offices, "Cardinal", "Archbishop", are OFFICE_WORDS; "Bishop" and "Imam" are surnames too)
              "Rev", "Revd", "Reverend", "Fr", "Father", "Pastor", "Ayatollah", "Msgr", "Mgr", "Monsignor", "Rabbi")  # (parser 1.27.0: the Gulf styles "Sheikh
# Abdullah bin Zayed Al Nahyan"; 1.28.0: a British councillor, "Cllr Stephen Cowan", "Coun Blake"; 1.32.0: Nigerian and
# Ghanaian professional styles, "Engr. Sani Abubakar", "Barr. Ada Okafor"; councillors in minutes, "Cllrs. A, B",
# "Cr A Brown"; 1.33.0: "Eng Haruna Manu", the engineer's style without its r; 1.34.0: the Bahraini spelling,
# "Shaikh Mohammed bin Abdullah Al Khalifa"; 1.35.0: Indian styles, "Shri A", "Smt Anu Garg", "Thiru A"; 1.37.0:
# the pilgrim's style in Uganda and Bangladesh, "Hajji Yunus Kakande", "Alhaj Md Nazrul Islam", and an advocate's,
# "Adv. Ataur Rahman"; the
# Hausa pilgrim's style, "Alhaji Abba Kabir Yusuf"; 1.40.0: the Hausa "Mallam Nuhu Ribadu"; a dame's, "Dame Meg
# Taylor" (a peer's "Lord" is names.py's
# _LEADING_STYLE: "Lord Ahmad" is the peer's name)
# abbreviated military and police ranks before a name ("Mr. Gen Charles Kayonga", "Pol. Gen. Aswin Kwanmuang"): no
# words of the name, and their period ends no sentence
# post-nominal letters after a name: honours and legislators' letters ("Graham Stuart MP", "Lord Garnier QC",
# (1.50.0) a Member of the Senedd, "Rebecca Evans MS", of the Scottish Parliament, "MSP", of the Dail, "TD")
POST_NOMINALS = ("MP", "QC", "KC", "SC", "MEP", "MLA", "MPP", "MS", "MSP", "TD", "OBE", "CBE", "MBE", "KBE", "CMG",
                 "GCMG", "KCMG", "JP", "PhD",
                 "CB", "KCB", "GCB", "DBE", "CVO", "LVO", "KCVO")  # (1.57.0) "Una O'Brien CB", "Dame Sally Davies DBE"
RANK_ABBREVIATIONS = ("Gen", "Lt", "Col", "Maj", "Brig", "Adm", "Capt", "Cdr", "Pol", "Rep", "Sen", "Gov")
# an abbreviated given name, part of the name as written ("Md. Selim Reza", "Mohd Shafie"); its period ends no sentence
GIVEN_ABBREVIATIONS = ("Md", "Mohd", "Muhd")
# (parser 1.53.0) the same, only with its period: the Filipino "Ma. Cristina Arzadon" (Maria; "Ma" alone is a surname)
DOTTED_GIVEN_ABBREVIATIONS = ("Ma",)
# honorific words of other traditions before a name the model's NER finds (Malay "Tan Sri", "Datuk Seri"; "The
# Honourable"): never words of the name (rule `entity_name`)
STYLE_WORDS = {"tan", "sri", "datuk", "dato", "datin", "seri", "tun", "toh", "puan", "haji", "hajjah", "honorable",
               "honourable", "excellency", "his", "her", "the", "h.e.", "hon", "hon.", "honourables", "honorables",
               "hons", "hons.", "berhormat", "mulia", "sardar", "lordship", "ladyship", "worship", "eminence",
               "utama", "panglima",
               "pehin"}  # (1.33.0) Brunei: "Pehin Orang Kaya Seri Lela Dato Seri Setia A"
# (parser 1.45.0) the words of a Cambodian honorific style before a name ("Samdech Akka Moha Sena Padei Techo Hun Sen")
KHMER_STYLE_WORDS = ("Samdech", "Akka", "Moha", "Borvor", "Thipadei", "Sena", "Padei", "Techo", "Ponhea", "Chakrei",
                     "Vibol", "Pheakdei", "Kralahom", "Krolahom", "Thamma", "Pothisal")
# (parser 1.53.0) a Malay or Bruneian father's styles after "bin" / "binti", words of the name as written ("Mohd Isham bin
# Haji Jaafar", "Md Khalifah bin Pengiran Haji Ismail", "Mohd Riza bin Dato Paduka Haji Mohd Yunos"; names.lineage_names)
LINEAGE_STYLES = ("Haji", "Hajah", "Hj", "Pengiran", "Awang", "Dayang", "Abang", "Dato", "Datu", "Datuk", "Paduka",
                  "Setia", "Seri", "Pehin", "Pengarah", "Orang", "Kaya")
# (parser 1.53.0) honorifics that are also syllables of a Chinese given name: inside a name, without a period, they
# stay ("Ng Eng Hen", "Teo Eng Seng"; the engineer's "Eng Haruna Manu" opens the name)
SYLLABLE_HONORIFICS = ("Eng",)
# styles of address that never stand inside a name, even where a Malay style leads one ("Hon. Datuk Seri X")
ADDRESS_WORDS = {"hon", "honorable", "honourable", "excellency", "honourables", "honorables", "hons"}  # (1.41.0: the
# plural style before a list, "Honourables A and B")
# style words that are also surnames: a style only before "Sri"/"Puan" ("Tan Sri X", but "Datuk Tan Teik Cheng")
SURNAME_STYLES = {"tan", "toh"}

# ----------------------------------------------------------------------------------- parties
# head words of organisation names ("... Bureau", "... Co., Ltd.") and of place names ("... City")
ORG_HEADS = {"group", "company", "corporation", "corp", "co", "ltd", "inc", "department", "committee", "government",
             "university", "college", "institute", "academy", "bank", "bureau", "ministry", "commission", "office",
             "administration", "association", "federation", "council", "agency", "center", "centre", "hospital",
             "school", "enterprise", "enterprises", "holdings", "holding", "authority", "congress", "court",
             "procuratorate", "league", "union", "society", "foundation", "fund", "team", "station", "network",
             "party", "cppcc", "conference", "organization", "organisation", "assembly", "parliament", "board",
             "customs", "ltd.", "co.", "inc.", "plc", "llc", "gmbh", "firm", "chamber", "cooperative",
             "airlines", "airways", "technologies", "industries", "securities", "insurance", "logistics",
             "alliance", "consortium", "partnership", "secretariat", "headquarters", "bloc", "chapter", "branch",
             "campus", "workshop", "causeway", "bhavan", "bhawan", "trust", "clinic", "unit"}  # (1.32.0: "Jiulonghu Campus", "Weta Workshop";
# 1.41.0: "King Fahd Causeway", "Rashtrapati Bhavan", heads of built places that are no surname)
# organisation heads written before the name in Malay, Indonesian and Romance languages (parser 1.42.0)
ORG_PREFIX_HEADS = ("Universiti", "Universitas", "Universidad", "Universidade", "Université", "Università", "Institut",
                    "Instituto", "Kolej", "Politeknik", "Sekolah", "Fundación", "Fundação", "Banco")
# (1.51.0) the words that open a Māori tribe's name ("Ngāti Whātua Orakei", "Ngāi Tahu"): a body, never a person
TRIBE_PREFIXES = ("Ngāti", "Ngati", "Ngāi", "Ngai")
# head words of a landmark's name, never a person's surname in a census pair ("Ping Tom Park") (parser 1.32.0)
# (1.57.0) a building's name before an apposition is no person: "in room 705, Victoria Building, the Chair, ..." (never a
# surname, unlike "Hall", "Field" or "Park")
BUILDING_WORDS = {"building", "plaza", "auditorium"}
LANDMARK_WORDS = {"park", "street", "road", "avenue", "square", "hall", "bridge", "river", "lake", "island", "hill",
                  "mountain", "tower", "house", "garden", "gardens", "port", "harbour", "harbor", "bay", "beach",
                  "valley", "forest", "field", "fields", "court", "palace", "castle", "church", "temple"}
PLACE_HEADS = {"city", "county", "district", "province", "prefecture", "region", "town", "township", "village",
               "municipality", "area", "zone", "state", "sub-district", "subdistrict", "islands",
               "oblast", "krai", "okrug", "governorate", "canton", "territory"}  # (1.41.0: "the
# British Virgin Islands")
# plural nouns of an unnamed group of people or bodies ("other senior leaders", "relevant departments")
GROUP_NOUN_WORDS = (
    "representatives", "officials", "leaders", "cadres", "delegates", "deputies", "members", "experts", "scholars",
    "entrepreneurs", "participants", "attendees", "people", "persons", "comrades", "heads", "chiefs", "journalists",
    "reporters", "guests", "students", "teachers", "workers", "residents", "citizens", "farmers", "villagers",
    "cities", "departments", "units", "enterprises", "companies", "organizations", "organisations", "institutions",
    "agencies", "bodies", "localities", "governments", "committees", "diplomats", "envoys", "consuls", "ambassadors",
    "consul-generals", "scientists", "academicians", "officers", "staff", "personnel", "professionals",
    "specialists", "executives", "managers", "investors", "entities", "countries", "provinces", "regions", "others",
)
# rule `role_label`: the label word over a list of names ("Speakers:", "Moderator:") -> the role it gives; a label
# is matched by the first key it starts with, in this order
LABEL_ROLES = {"speaker": "speech", "chair": "chair", "chairperson": "chair", "chairman": "chair", "chairmen": "chair",
               "moderator": "chair", "host": "chair", "presider": "chair", "attendee": "attend",
               "participant": "attend", "guest": "attend", "panelist": "speech", "panellist": "speech",
               "delegation": "attend", "member": "attend", "present": "attend", "attendance": "attend",
               "attended": "attend", "participated": "attend", "presiding": "chair", "staff": "attend",
               "visitor": "attend", "observer": "attend", "invitee": "attend", "official": "attend", "officer": "attend",
               "appearing": "attend", "witness": "attend"}  # (1.57.0) a committee's "APPEARING:", "WITNESSES:"

# ----------------------------------------------------------------------------------- syntax (lemmas)
# (parser 1.33.0) the meeting's own documents: what they say was done is the meeting ("A Joint Communique said that ...")
DOCUMENT_NOUNS = {"communique", "communiqué", "statement", "release", "readout", "declaration", "minutes", "record",
                  "summary"}
CHAIR_VERBS = {"preside", "chair", "co-chair", "moderate"}
ATTEND_VERBS = {"attend", "participate", "join", "accompany", "escort", "witness", "sit"}  # "observers ... sat in on the session"
# a verb whose subject speaks at the meeting
SPEECH_VERBS = {"speak", "say", "address", "stress", "note", "point", "urge", "call", "emphasize", "emphasise",
                "underline", "underscore", "highlight", "propose", "suggest", "report", "brief", "explain",
                "introduce", "expound", "talk", "remark", "state", "announce", "declare", "welcome", "thank",
                "congratulate", "toast", "voice", "elaborate", "outline", "reiterate", "add", "ask", "demand",
                "require", "praise", "hail", "affirm", "acknowledge", "express", "share", "recommend", "advise",
                "comment", "respond", "answer", "summarize", "summarise", "analyze", "analyse", "review", "mention",
                "appreciate", "value", "endorse", "commend", "applaud", "recall", "encourage", "hope", "instruct",
                "request", "inform", "assure", "direct", "order", "warn", "echo", "laud", "vow", "inquire", "caution",
                "remind", "recount",
                "reaffirm", "question", "appeal", "argue", "insist", "lament", "bemoan", "decry", "deplore", "enquire",
                "reassure", "reply", "opine", "clarify", "apprise", "pledge", "elucidate", "restate", "advocate",
                "admonish", "exhort", "implore", "enjoin"}  # (1.54.0; not "accuse", "criticise", "predict": "the
# growth predicted by Minister A" names its maker, a reference)  # "X highly valued the visit" (1.32.0, 1.33.0: the last rows)
# a verb that speaks only with a speech noun as its object: "made a speech", "delivered remarks",
# "extended welcome", "put forward suggestions", "offered advice", "gave a report", "presented"
SPEECH_OBJECT_VERBS = {"make", "deliver", "give", "extend", "put", "offer", "present", "raise", "air", "provide",
                       "read", "share", "exchange", "host", "do"}  # (1.36.0) "Presentation for X was done by Mr Y"
SPEECH_NOUNS = {"speech", "remark", "report", "address", "suggestion", "advice", "opinion", "presentation",
                "statement", "welcome", "toast", "lecture", "briefing", "introduction", "explanation", "proposal",
                "comment", "view", "insight", "talk", "keynote", "idea", "recommendation", "question", "answer",
                "greeting", "overview", "update", "account", "analysis", "interpretation", "summary", "requirement",
                "guidance", "message", "exposition", "invocation", "observation",  # "message": only "delivered a
                "condolence", "congratulation", "felicitation", "sympathy", "thanks", "appreciation", "wish"}  # video
# message" (`_from_afar`); (1.42.0) courtesies offered or extended: "Blinken offered his condolences"
# nouns that name the role of the people listed with them: "Speakers included A", "attendees were A"
ROLE_NOUNS = {"speaker": "speech", "attendee": "attend", "participant": "attend", "guest": "attend",
              "panelist": "speech", "panellist": "speech", "presenter": "speech", "moderator": "chair",
              "chairperson": "chair", "host": "chair", "observer": "attend", "dignitary": "attend", "invitee": "attend"}
# a verb whose role comes from its object noun: "took part in", "took their seats", "took the floor"
VERB_OBJECT_ROLES = {"take part": "attend", "take seat": "attend", "take floor": "speech", "take chair": "chair",
                     "take oath": "attend"}  # "<verb> <object>" lemmas
# the counterpart of a meeting was present (GUIDELINES 2.6 "met with Y"): the object of these verbs ("met Y",
# "received Y", "welcomed Y to Xiamen") and the "with" of these verbs and nouns ("met with Y", "held talks with Y",
# "via video conference with Y", "had in-depth exchanges with Y", "discussed with Y")
COUNTERPART_VERBS = {"meet", "receive", "welcome", "greet"}
COUNTERPART_WITH = {"meet", "talk", "talks", "meeting", "negotiate", "negotiation", "negotiations", "conference",
                    "videoconference", "call", "discussion", "discuss", "exchange", "conversation", "converse",
                    "dialogue", "consultation", "chat", "communication", "communicate",
                    "interaction", "interact"}  # (1.55.0) "held an interaction with a delegation"
# a visit paid to the counterpart: "paid a courtesy call on Y", "received a courtesy call from Y"
VISIT_NOUNS = {"call", "visit"}
# "presented souvenirs to the delegation": a gift, not a presentation (any other object of "present" is: "presented
# their ongoing projects")
GIFT_NOUNS = {"souvenir", "gift", "award", "certificate", "plaque", "flower", "medal", "banner", "prize", "badge",
              "memento", "token", "bouquet", "trophy", "credential", "letter", "painting", "book", "copy", "honor",
              "honour", "title", "diploma", "scholarship", "donation", "cheque", "check", "license", "licence", "plate"}
# "called on the Vice Governor to exchange views": the purpose of a visit, not a call to action (directives.py)
VISIT_PURPOSE_VERBS = {"exchange", "discuss", "talk", "hold", "meet", "learn", "brief", "seek", "explore"}
LIST_PREPOSITIONS = {"including", "like", "namely", "among", "as"}  # "such as" parses as as -> such
PRESENT_ADJECTIVES = {"present", "on hand"}
# "in the presence of X", "in the company of X" (and the genre's "under the accompany of X")
GLAD_WORDS = {"honored", "honoured", "pleased", "delighted", "glad", "happy", "proud", "privileged", "honor", "honour",
              "please", "delight"}  # "We were honoured to welcome X": the welcome took place
# (parser 1.38.0) what a sender sends: "conveyed greetings from X", "received a message from President X"
MESSAGE_NOUNS = {"greeting", "greetings", "message", "letter", "regard", "regards", "congratulation",
                 "congratulations", "wish", "wishes", "condolence", "condolences", "invitation", "note"}
# (1.39.0) what sends a message to someone afar: "sent a letter to X", "conveyed greetings to X"
SENDING_VERBS = {"send", "write", "dispatch", "convey", "pass", "deliver", "extend"}
ENVOY_NOUNS = {"envoy", "emissary", "representative", "messenger"}  # "the Special Envoy of President X": X sent them
# (1.39.0) "Special Adviser to Prime Minister X", "Special Envoy to President X": X is served from afar
ADVISER_NOUNS = {"adviser", "advisor", "aide", "assistant"}
PRESENCE_NOUNS = {"presence", "company", "accompany", "attendance", "supervision",  # "under the supervision of X"
                  "participation"}  # (1.31.0) "a meeting was held with participation of X"
# "under the auspices of X", "under the chairmanship of X": X chaired
CHAIR_NOUNS = {"auspices", "chairmanship", "presidency", "stewardship"}
# the predicate was at another time or occasion
FUTURE_PASSIVES = {"expect", "schedule", "slate", "plan", "due"}  # "X is expected to attend": not yet there
ELSEWHERE_ADVERBS = {"repeatedly", "previously", "once", "earlier", "always", "often", "formerly", "consistently"}
# (parser 1.38.0) "his recent meeting with X", "the upcoming talks with Y": a meeting other than the readout's
ELSEWHERE_ADJECTIVES = {"recent", "previous", "earlier", "last", "upcoming", "next", "forthcoming", "future", "past",
                        "prior", "former"}
ELSEWHERE_NOUNS = {"inspection", "visit", "tour", "letter", "instruction", "article", "interview", "trip",
                   "investigation", "research", "survey"}
# the lower-case head of a body or place that commits itself at a meeting ("the city will ...", "both sides will ...":
# directives' `body_will`)
BODY_NOUNS = {"city", "province", "ministry", "municipality", "region", "district", "county", "government", "department",
              "bureau", "commission", "administration", "company", "group", "corporation", "association", "federation",
              "council", "committee", "party", "sides", "countries", "parties", "court", "procuratorate", "bank",
              "university", "academy", "centre", "center", "chamber"}
# "last November", "two weeks ago": a time word that dates an act away from the meeting (`another_time`)
TIME_NOUNS = {"year", "month", "week", "day", "century", "decade", "dynasty", "january", "february", "march", "april",
              "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
              "wednesday", "thursday", "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter"}
# a speech that is conveyed, studied or implemented was given before this meeting
STUDIED_WORDS = {"convey", "study", "implement", "learn", "relay", "communicate", "transmit", "spirit", "principle",
                 "guideline", "apply", "pass", "review", "read", "follow", "carry",
                 # a panel discussing the government work report delivered (earlier) by the governor
                 "discuss", "discussion", "deliberate", "deliberation"}
# words to the press, or after the meeting, are not the meeting's speech ("Speaking to reporters after the meeting, X said")
PRESS_NOUNS = {"reporter", "press", "journalist", "media", "correspondent", "interviewer"}
# unnamed sources that "said" something: never a party ("Reports said SOPs have been revised")
SOURCE_NOUNS = {"reports", "sources", "analysts", "observers", "insiders", "critics", "experts", "officials"}
# a predicate with one of these as its object acts from afar ("sent a congratulatory letter ... and said")
# "headed / led a delegation (to the meeting)": the head of the delegation is present
LEAD_VERBS = {"head", "lead"}
DELEGATION_NOUNS = {"delegation", "team", "group"}
# people a "led by" / "headed by" names as a visiting party: "officials led by X", "the representatives, headed by X"
LED_GROUP_NOUNS = {"representatives", "officials", "delegates", "members", "experts", "scholars", "entrepreneurs",
                   "executives", "personnel"}
# plural people whose list names those at the meeting, besides LED_GROUP_NOUNS: "Research leaders include A"
INCLUDED_GROUP_NOUNS = {"leaders", "participants", "guests", "dignitaries", "visitors"}
MADE_OF_VERBS = {"consist", "compose", "comprise"}  # "a delegation consisting of A, B"
REMOTE_NOUNS = {"letter", "message", "instruction", "telegram", "video", "note", "cable", "order", "decree"}

# ----------------------------------------------------------------------------------- places of several words
# (parser 1.41.0) countries, states and provinces whose names are written like a person's ("Sierra Leone", "Nova
# Scotia", "Khyber Pakhtunkhwa"): a name span that is one of them whole is that place (`parties.Doc._drop_places`)
PLACE_NAMES = {
    "sierra leone", "costa rica", "south africa", "saudi arabia", "new zealand", "sri lanka", "el salvador",
    "burkina faso", "cabo verde", "cape verde", "papua new guinea", "south sudan", "north macedonia", "north korea",
    "south korea", "puerto rico", "san marino", "timor-leste", "east timor", "equatorial guinea", "ivory coast",
    "united states", "united kingdom", "hong kong", "new caledonia", "trinidad and tobago", "antigua and barbuda",
    "saint lucia", "st lucia", "saint kitts and nevis", "british columbia", "new brunswick", "nova scotia",
    "prince edward island", "newfoundland and labrador", "northwest territories", "new south wales",
    "western australia", "south australia", "northern territory", "new york", "new jersey", "new mexico",
    "new hampshire", "north carolina", "north dakota", "south carolina", "south dakota", "west virginia",
    "rhode island", "khyber pakhtunkhwa", "gilgit baltistan", "azad kashmir", "uttar pradesh", "madhya pradesh",
    "andhra pradesh", "arunachal pradesh", "himachal pradesh", "tamil nadu", "west bengal", "akwa ibom",
    "cross river", "inner mongolia", "kuala lumpur", "phnom penh", "addis ababa", "dar es salaam", "abu dhabi",
    "port moresby", "port vila", "santo domingo", "buenos aires", "cape town", "tel aviv", "new delhi",
    # (1.45.0) a state's long or run-together name, a city, a region of a continent
    "sao tome", "são tomé", "timor leste", "brunei darussalam", "west africa", "east africa",
    "southern africa", "north africa", "central africa", "central asia", "south asia", "southeast asia",
    # (1.48.0) states whose short or inner names read as a person's ("of St Kitts and Nevis", "of the United Arab
    # Emirates"), island states and capitals written "X City"
    "st kitts", "saint kitts", "st kitts and nevis", "st vincent", "saint vincent", "arab emirates",
    "united arab emirates", "dominican republic", "czech republic", "central african republic", "marshall islands",
    "solomon islands", "cook islands", "faroe islands", "virgin islands", "cayman islands", "bosnia and herzegovina",
    "mexico city", "guatemala city", "panama city", "kuwait city", "belize city", "san salvador", "san jose",
    "port louis", "port of spain", "san francisco", "los angeles", "las vegas",
}

# ----------------------------------------------------------------------------------- countries (names)
# (parser 1.38.0) a country or its people's adjective that opens a name a rule ran on into ("Ambassador to Russia
# Rudiger von Fritsch", "counterparts Estonian Taavi Roivas"): never a person's first name (`names.without_country`).
# One-word names and adjectives only, lower case; a few that are also given names or surnames (Jordan, Georgia, Chad,
# France, Israel, Irish, Lao) are left out
# (parser 1.45.0) the names of legislatures and councils in their own languages, never a person's first word ("Speaker
# of the Latvian Seimas Inara Murniece", "Chairman of the Verkhovna Rada Ruslan Stefanchuk")
LEGISLATURE_WORDS = {"seimas", "saeima", "riigikogu", "sejm", "verkhovna", "rada", "knesset", "majlis", "storting",
                     "stortinget", "folketing", "folketinget", "riksdag", "eduskunta", "bundestag", "bundesrat",
                     "sabor", "skupstina", "skupština", "althing", "althingi", "oireachtas", "dáil", "seanad", "senedd",
                     "sangsad", "sabha", "jirga", "khural", "mazhilis", "majilis", "sobranie", "sobranje",
                     "nationalrat", "landtag", "cortes", "sansad", "hluttaw", "jogorku", "kenesh", "oliy"}
COUNTRY_WORDS = {
    "saudi", "arabia",  # (1.53.0) "of the Kingdom of Saudi Arabia Naif Al Aboud"
    "afghanistan", "afghan", "albania", "albanian", "algeria", "algerian", "angola", "angolan", "argentina",
    "argentine", "argentinian", "armenia", "armenian", "australia", "australian", "austria", "austrian", "azerbaijan",
    "azerbaijani", "bahrain", "bahraini", "bangladesh", "bangladeshi", "barbados", "barbadian", "belarus",
    "belarusian", "belgium", "belgian", "belize", "belizean", "benin", "beninese", "bhutan", "bhutanese", "bolivia",
    "bolivian", "bosnian", "botswana", "brazil", "brazilian", "britain", "british", "brunei", "bulgaria", "bulgarian",
    "burundi", "burundian", "cambodia", "cambodian", "cameroon", "cameroonian", "canada", "canadian", "chile",
    "chilean", "china", "chinese", "colombia", "colombian", "congo", "congolese", "croatia", "croatian", "cuba", "cuban", "cyprus",
    "cypriot", "czech", "czechia", "denmark", "danish", "djibouti", "ecuador", "ecuadorian", "egypt", "egyptian",
    "eritrea", "eritrean", "estonia", "estonian", "eswatini", "ethiopia", "ethiopian", "fiji", "fijian", "finland",
    "finnish", "french", "gabon", "gabonese", "gambia", "gambian", "german", "germany", "ghana", "ghanaian",
    "greece", "greek", "grenada", "guatemala", "guatemalan", "guinea", "guinean", "guyana", "guyanese", "haiti",
    "haitian", "honduras", "honduran", "hungary", "hungarian", "iceland", "icelandic", "india", "indian", "indonesia",
    "indonesian", "iran", "iranian", "iraq", "iraqi", "ireland", "israeli", "italy", "italian",
    "jamaica", "jamaican", "japan", "japanese", "jordanian", "kazakhstan", "kazakh", "kenya", "kenyan", "kiribati",
    "korea", "korean", "kosovo", "kuwait", "kuwaiti", "kyrgyzstan", "kyrgyz", "laos", "latvia", "latvian",
    "lebanon", "lebanese", "lesotho", "liberia", "liberian", "libya", "libyan", "lithuania", "lithuanian",
    "luxembourg", "madagascar", "malagasy", "malawi", "malawian", "malaysia", "malaysian", "maldives", "maldivian",
    "mali", "malian", "malta", "maltese", "mauritania", "mauritanian", "mauritius", "mauritian", "mexico", "mexican",
    "moldova", "moldovan", "monaco", "mongolia", "mongolian", "montenegro", "montenegrin", "morocco", "moroccan",
    "mozambique", "mozambican", "myanmar", "namibia", "namibian", "nauru", "nepal", "nepali", "nepalese",
    "netherlands", "dutch", "nicaragua", "nicaraguan", "niger", "nigeria", "nigerian", "norway", "norwegian", "oman",
    "omani", "pakistan", "pakistani", "palau", "palestine", "palestinian", "panama", "panamanian", "paraguay",
    "paraguayan", "peru", "peruvian", "philippines", "filipino", "philippine", "poland", "polish", "portugal",
    "portuguese", "qatar", "qatari", "romania", "romanian", "russia", "russian", "rwanda", "rwandan", "samoa",
    "samoan", "senegal", "senegalese", "serbia", "serbian", "seychelles", "singapore", "singaporean", "slovakia",
    "slovak", "slovenia", "slovenian", "somalia", "somali", "spain", "spanish", "sudan", "sudanese", "suriname",
    "surinamese", "sweden", "swedish", "switzerland", "swiss", "syria", "syrian", "tajikistan", "tajik", "tanzania",
    "tanzanian", "thailand", "thai", "togo", "togolese", "tonga", "tongan", "tunisia", "tunisian", "turkey",
    "turkish", "turkmenistan", "turkmen", "tuvalu", "uganda", "ugandan", "ukraine", "ukrainian", "uruguay",
    "uruguayan", "uzbekistan", "uzbek", "vanuatu", "venezuela", "venezuelan", "vietnam", "vietnamese", "yemen",
    "yemeni", "zambia", "zambian", "zimbabwe", "zimbabwean",
    # (1.42.0) regions, written before a name as countries are: "Advisor for the Americas Christopher J. Dodd"
    "africa", "african", "americas", "asia", "asian", "caribbean", "europe", "european", "pacific",
    # (1.43.0) one-word states and provinces of India and Pakistan: "Chief Minister Punjab A" (not the name)
    "punjab", "sindh", "balochistan", "kerala", "assam", "bihar", "odisha", "gujarat", "maharashtra", "karnataka",
    "rajasthan", "haryana", "jharkhand", "chhattisgarh", "uttarakhand", "telangana", "manipur", "meghalaya",
    "mizoram", "nagaland", "sikkim", "tripura",
}
