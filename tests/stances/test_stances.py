"""Stance reading: behaviour cases (cases.tsv), the dev gold set, the relation values and the component."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from taldau.doc import Doc
from taldau.pipeline import Pipeline
from taldau.stances import StanceReader, actor_key, actors

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))
from bench.stance_gold import read_gold  # noqa: E402
from bench.stances import actor_matches, head_of, match, sentence_index  # noqa: E402


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


# the first words of cases known to fail (strict xfail): the tagger reads Қор before ауыл as an adjective (a poor
# village), so the Fund is no actor
CASE_FAILURES: tuple[str, ...] = ("Қор ауыл мектептеріне",)


def _cases() -> list:
    rows = [line.split("\t") for line in (HERE / "cases.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [pytest.param(text, expected, marks=[pytest.mark.xfail(strict=True)] if text.startswith(CASE_FAILURES)
                         else []) for text, expected in rows]


def _key(doc: Doc, relation) -> str:
    actor = actor_key(relation.actor) if len(actor_key(relation.actor)) == 2 else relation.actor.canonical
    return f"{actor}{'*' if relation.implicit else ''} {relation.kind} {head_of(relation)}{'!' if relation.negated else ''}"


@pytest.mark.parametrize("text, expected", _cases())
def test_cases(pipeline: Pipeline, text: str, expected: str) -> None:
    doc = pipeline(text)
    wanted = [] if expected == "-" else [e.strip() for e in expected.split(";")]
    assert sorted(_key(doc, r) for r in doc.relations) == sorted(wanted)


KNOWN_FAILURES: tuple[str, ...] = ()  # the first words of dev documents known to fail (strict xfail)


def _dev_documents() -> list:
    return [pytest.param(d, id=d.sentences[0][:40], marks=[pytest.mark.xfail(strict=True)]
                         if d.sentences[0].startswith(KNOWN_FAILURES) else []) for d in read_gold(HERE / "dev.txt")]


@pytest.mark.parametrize("document", _dev_documents())
def test_dev_gold(pipeline: Pipeline, document) -> None:
    doc = pipeline(document.text)
    index = list(sentence_index(doc, document.sentences))
    pairs = match(document.relations, list(doc.relations), lambda r: index[r.sentence])
    assert len(pairs) == len(document.relations) == len(doc.relations)
    for gold, relation in pairs:
        assert ("negated" in gold.flags) == relation.negated
        assert ("implicit" in gold.flags) == relation.implicit


def test_relation_offsets_and_target_phrase(pipeline: Pipeline) -> None:
    text = "Қазақстан Арал теңізінің су қорын сақтауды мақсат тұтады."
    (relation,) = pipeline(text).relations
    for span in (relation.actor, relation.predicate, relation.target):
        assert text[span.start : span.end] == span.text
    assert relation.target.text == "Арал теңізінің су қорын сақтауды"
    assert relation.predicate.canonical == "мақсат тұт"
    assert (relation.actor.canonical, relation.actor.link) == ("Қазақстан", "KZ")


def test_adjectives_listed_inside_a_target_stay_in_it(pipeline: Pipeline) -> None:
    # шағын және орта: two adjectives of one noun, not two targets; the target begins at the first of them
    for text, target in (("Әкімдік шағын және орта кәсіпорындарды қолдауға ниетті.", "шағын және орта кәсіпорындарды қолдауға"),
                         ("Министрлік жаңа, заманауи емханалар салуды көздейді.", "жаңа, заманауи емханалар салуды")):
        (relation,) = pipeline(text).relations
        assert relation.target.text == target


def test_a_postposition_s_verbal_noun_brings_its_clause_into_the_topic(pipeline: Pipeline) -> None:
    for text, target in (("Екі тарап Ақтау портын кеңейту туралы келісімге қол қойды.", "Ақтау портын кеңейту туралы"),
                         ("Әкімдік банкпен жаңа мектептер салу жөнінде меморандум жасасты.", "жаңа мектептер салу жөнінде"),
                         # ... and so is the topic of a noun the stance is about, adverbs of its verbal noun included
                         ("Депутаттар зейнет жасын көтеру туралы ұсынысқа қарсы шықты.", "зейнет жасын көтеру туралы ұсынысқа"),
                         ("Екі ел өзен суын бірлесіп пайдалану туралы келісімге қол қойды.",
                          "өзен суын бірлесіп пайдалану туралы"),
                         # ... but not an adverb of the main clause before it
                         ("Депутаттар бүгін зейнет жасын көтеру туралы ұсынысқа қарсы шықты.",
                          "зейнет жасын көтеру туралы ұсынысқа")):
        relations = pipeline(text).relations
        assert relations and {r.target.text for r in relations} == {target}


def test_a_partner_and_its_birge_stay_out_of_the_target(pipeline: Pipeline) -> None:
    # the partner is listed apart, and бірге after it ("together with") belongs to it, not to what is agreed
    for text, target, partner in (
            ("Компания Жапонияның Kubota корпорациясымен бірге техника жинауға келісті.", "техника жинауға", "JP"),
            ("Қазақстан Қытаймен бірге көлік саласында ынтымақтасады.", "көлік саласында", "CN"),
            ("Қазақстан Қытаймен бірлесіп зауыт салуға келісті.", "зауыт салуға", "CN")):
        (relation,) = pipeline(text).relations
        assert relation.target.text == target
        assert [p.link for p in relation.partners] == [partner]


def test_besides_this_opening_a_target_is_no_part_of_it(pipeline: Pipeline) -> None:
    # бұған қоса, одан бөлек: "besides this", a sentence adverb made of a pronoun and a postposition; бүгін, биыл:
    # when, of the whole clause (but биылғы, this year's, a modifier of the target's noun); a framework
    # (ұйымы аясында) stays in the target, its body no actor
    for text, actor, target in (
            ("Анкара бұған қоса Қазақстанмен сауданы екі есе арттырғысы келеді.", "Анкара",
             "Қазақстанмен сауданы екі есе арттырғысы"),
            ("Компания одан бөлек Шымкентте жаңа зауыт салмақ.", "Компания", "Шымкентте жаңа зауыт салмақ"),
            ("Бүгін жолды жөндеуге Азия даму банкі қызығушылық танытып отыр.", "Азия даму банкі", "жолды жөндеуге"),
            ("Компания биылғы жоспарды орындауға ниетті.", "Компания", "биылғы жоспарды орындауға"),  # this year's
            ("Түркия Түркі мемлекеттері ұйымы аясында көлік дәлізін дамытуды мақсат тұтады.", "Түркия",
             "Түркі мемлекеттері ұйымы аясында көлік дәлізін дамытуды")):
        (relation,) = pipeline(text).relations
        assert (relation.actor.text, relation.target.text) == (actor, target)


def test_a_demonstrative_adverbial_is_no_part_of_the_target(pipeline: Pipeline) -> None:
    # бұл үшін, осы мақсатта: "for this", said of the clause; осы өңірдегі describes the noun; Ресейге қарсы
    # describes the sanctions, however қарсы was tagged
    for text, target in (("Ведомство бұл үшін бюджет шығыстарын қысқартуға ниетті.", "бюджет шығыстарын қысқартуға"),
                         ("Үкімет осы мақсатта жаңа зауыттар салуды жоспарлап отыр.", "жаңа зауыттар салуды"),
                         ("Компания осы өңірдегі кен орындарын игеруге мүдделі.", "осы өңірдегі кен орындарын игеруге"),
                         ("Қазақстан Ресейге қарсы санкцияларды қолдамайды.", "Ресейге қарсы санкцияларды"),
                         # bare verbal nouns listed inside one noun phrase: one target
                         ("Астана су ресурстарын пайдалану және жобаларды іске асыру мәселелерінде келісуге дайын.",
                          "су ресурстарын пайдалану және жобаларды іске асыру мәселелерінде келісуге")):
        (relation,) = pipeline(text).relations
        assert relation.target.text == target


def test_partners_and_actor_phrases(pipeline: Pipeline) -> None:
    doc = pipeline("Жапон компаниялары Қазақстанмен сутегі саласында әріптестік орнатты.")
    (relation,) = doc.relations
    assert (relation.actor.canonical, relation.actor.link) == ("Жапон компаниялары", "JP")
    assert [(p.canonical, p.link) for p in relation.partners] == [("Қазақстан", "KZ")]
    shared = pipeline("Қазақстан Өзбекстан және Қырғызстанмен су бөлу туралы келісім жасауға ниетті. "
                      "Қазақстан мен Ресей Қытаймен ынтымақтасуға келісті.")  # the ending on the last conjunct only
    assert [[p.link for p in r.partners] for r in shared.relations] == [["UZ", "KG"], ["CN"], ["CN"]]


def test_a_people_is_linked_to_its_country(pipeline: Pipeline) -> None:
    doc = pipeline("Қаладағы бүлікші қазақтар бұл бастаманы қолдады. Жапондар солтүстік аудандарға ұмтылды. "
                   "Қазақстандағы орыстар бұл заңға қарсы.")
    assert [(r.actor.text, r.actor.link) for r in doc.relations] == [
        ("бүлікші қазақтар", "KZ"), ("Жапондар", "JP"), ("Қазақстандағы орыстар", None)]  # Russians in Kazakhstan


def test_one_actor_for_all_names_of_a_country(pipeline: Pipeline) -> None:
    doc = pipeline("АҚШ бұл жобаны қолдайды. Америка Құрама Штаттары сауданы арттыруға мүдделі. "
                   "Алматы метро салуды жоспарлап отыр.")
    found = {a.key: a for a in actors(doc)}
    assert len(found["US"].relations) == 2 and found["US"].name == "Америка Құрама Штаттары"
    assert "KZ" not in found and found["алматы"].link == "KZ-75"  # a city is not its country


def test_a_bare_head_noun_names_the_organisation_named_before_with_it(pipeline: Pipeline) -> None:
    doc = pipeline("«Алтын дала» қоры ауылда жаңа мектеп салмақ. Қор оны 2028 жылға дейін ашуды көздейді. "
                   "Бүгін «Жібек жол» компаниясы келісімге қол қойды. Компания экспортты арттыруға ниетті. "
                   "Министрлік бұл жобаны қолдайды.")
    found = {a.name: a for a in actors(doc)}
    assert len(found["Алтын дала"].relations) == 2  # Қор is the fund named before
    assert {r.actor.text for r in found["Жібек жол"].relations} == {"«Жібек жол» компаниясы", "Компания"}
    assert found["Министрлік"].relations  # no ministry named before: an actor of its own
    halyk = pipeline("Halyk банк жаңа бағдарламаны іске қосты. Банк шағын бизнесті қолдайды.")  # a name, then its head
    assert [r.actor.canonical for r in halyk.relations] == ["Halyk"]
    national = pipeline("«Таза су» ұлттық компаниясы су тапшылығын жоюды мақсат етеді. Компания жаңа құбыр салмақ.")
    assert [r.actor.canonical for r in national.relations] == ["Таза су", "Таза су"]  # adjectives before the head
    faction = pipeline("«Ауыл» партиясының фракциясы жеңілдік беруді ұсынды. Бұл партия газеттерді қолдауды көздейді. "
                       "Фракция жобаның тұжырымдамасына қарсы емес.")  # the name's head in the genitive, then its own
    assert [(r.actor.text, r.actor.canonical) for r in faction.relations] == [("партия", "Ауыл"), ("Фракция", "Ауыл")]
    other = pipeline("Үкімет компанияның шығындарына наразы. Компания жаңа зауыт салмақ.")  # the company, no government
    assert [r.actor.canonical for r in other.relations if r.kind == "goal"] == ["Компания"]
    plural = pipeline("Samsung компаниясы Алматыда зауыт ашты. Компаниялар салықты азайтуды қолдайды.")
    assert [r.actor.canonical for r in plural.relations] == ["Компаниялар"]  # companies at large, not Samsung
    for between in (9, 10, 30):  # the one company the text names stays its company however far back
        far = pipeline("«Дала нан» компаниясы Қостанайда диірмен ашты. " + "Өңірде егін жақсы шықты. " * between
                       + "Компания экспортты арттыруға ниетті.")
        assert [r.actor.canonical for r in far.relations] == ["Дала нан"]
    two = pipeline("«Дала нан» компаниясы мен «Береке» компаниясы Қостанайда диірмен ашты. "
                   + "Өңірде егін жақсы шықты. " * 10 + "Компания экспортты арттыруға ниетті.")
    assert [r.actor.canonical for r in two.relations] == ["Компания"]  # two named too far back: which one is not said
    report = pipeline("«Шығыс Шуақ» АҚ-ның жылдық есебі\n\nӨндіріс\n\nКомпания экспортты арттыруға ниетті.")
    assert [r.actor.canonical for r in report.relations] == ["Шығыс Шуақ"]  # named once in the title, across sections
    lead = pipeline("Қостанайда жаңа диірмен ашылды\n\nҚостанай, 3 желтоқсан.\n\n«Дала нан» компаниясы Қостанайда "
                    "жылына 50 мың тонна ұн шығаратын диірмен ашты. Жобаға 3 млрд теңге жұмсалды.\n\nӨңірде егін жақсы "
                    "шықты. Компания экспортты арттыруға ниетті.")  # named in the lead, past title and dateline
    assert [r.actor.canonical for r in lead.relations if r.kind == "interest"] == ["Дала нан"]
    crlf = pipeline(lead.text.replace("\n", "\r\n"))  # paragraphs as Windows writes them
    assert [r.actor.canonical for r in crlf.relations if r.kind == "interest"] == ["Дала нан"]
    digest = pipeline("Өңір жаңалықтары\n\nҚостанайда кеше қатты жаңбыр жауып, қала көшелерін су басты. Коммуналдық "
                      "қызметтер түні бойы жұмыс істеді.\n\n«Дала нан» компаниясы Қостанайда диірмен ашты.\n\n"
                      "Алматыда жаңа наубайхана жұмысын бастады. Компания экспортты арттыруға ниетті.")
    assert [r.actor.canonical for r in digest.relations] == ["Компания"]  # an earlier item's sentence, past the lead
    article = ("Қазақстан бидай экспортын арттырды\nАстана, 20 қараша.\n\nБиыл Қазақстан 8 млн тонна бидай экспорттады. "
               "Бұл былтырғы осы кезеңмен салыстырғанда 14 пайызға көп. Экспорттың жартысы көрші елдерге тиесілі.\n\n"
               "Ауыл шаруашылығы министрлігі экспортты 10 млн тоннаға жеткізуді көздейді.\n\nФермерлер жаңа "
               "субсидияларды күтеді.\n\nМинистрлік логистика орталықтарын кеңейтуді жоспарлап отыр.")
    headlined = pipeline(article)  # one article under its headline: its paragraphs go on about the same ministry
    assert [r.actor.canonical for r in headlined.relations] == ["Ауыл шаруашылығы министрлігі"] * 2
    windows = pipeline(article.replace("\n", "\r\n"))  # lines as Windows ends them
    assert [r.actor.canonical for r in windows.relations] == ["Ауыл шаруашылығы министрлігі"] * 2
    rubric = pipeline(article.replace("Қазақстан бидай экспортын арттырды", "Аграрлық жаңалықтар"))
    assert [r.actor.canonical for r in rubric.relations] == ["Ауыл шаруашылығы министрлігі", "Министрлік"]  # a digest
    items = pipeline("Қостанайда жаңбыр жауды\nҚостанайда кеше қатты жаңбыр жауып, қала көшелерін су басты. Коммуналдық "
                     "қызметтер түні бойы жұмыс істеді.\n\nҚостанайда диірмен ашылды\n«Дала нан» компаниясы Қостанайда "
                     "диірмен ашты.\n\nАлматыда наубайхана ашылды\nАлматыда жаңа наубайхана жұмысын бастады. Компания "
                     "экспортты арттыруға ниетті.")
    assert [r.actor.canonical for r in items.relations] == ["Компания"]  # a digest whose items each have a headline
    law = pipeline("Жер туралы заң\n\n2-бап. Уәкілетті органның құзыреті\n1. Ауыл шаруашылығы министрлігі жер "
                   "пайдалануды бақылайды.\n\n3-бап. Әкімдіктердің міндеттері\n1. Әкімдіктер жер есебін жүргізеді.\n\n"
                   "Заңның қабылдануы\nМинистрлік жерді цифрлық есепке көшіруді жоспарлап отыр.")
    assert [r.actor.canonical for r in law.relations] == ["Ауыл шаруашылығы министрлігі"]  # past a section heading
    article = pipeline("«Жасыл әлем» ұйымы\n\n«Жасыл әлем» экологиялық ұйымы – 2001 жылы құрылған қоғамдық бірлестік.\n\nТарихы\nАлғашқы "
                       "жылдары мүшелер саны аз болды.\n\nҚызметі\nҰйым жастарды спортқа тартуға мүдделі.")
    assert [r.actor.canonical for r in article.relations] == ["Жасыл әлем"]  # an organisation called Ұйым after
    titled = pipeline("Энергетика министрлігі жаңа жоспар ұсынды\n\nЭнергетика министрлігі мен Қаржы министрлігі "
                      "бүгін кеңес өткізді. Жоспарға 5 млрд теңге бөлінеді.\n\nСарапшылар жоспарды талқылады. Елде "
                      "электр тұтыну өсіп келеді.\n\nМинистрлік жаңа станциялар салуды жоспарлап отыр.")
    assert [r.actor.canonical for r in titled.relations] == ["Энергетика министрлігі"]  # two named: the title's
    untitled = pipeline(titled.text.split("\n\n", 1)[1])
    assert [r.actor.canonical for r in untitled.relations] == ["Министрлік"]  # two named, no title: which one is not said
    headlines = pipeline("Өңір жаңалықтары\n\nҚостанайда диірмен ашылды\n«Дала нан» компаниясы Қостанайда диірмен "
                         "ашты.\n\nАлматыда наубайхана ашылды\nАлматыда жаңа наубайхана жұмысын бастады. Компания "
                         "экспортты арттыруға ниетті.")
    assert [r.actor.canonical for r in headlines.relations] == ["Компания"]  # a news item's headline is no section
    rubrics = pipeline("Қаржы жаңалықтары\n\nҰлттық Банк базалық мөлшерлемені өзгертпеді. Сарапшылар бұл шешімді "
                       "күткен еді.\n\nАймақтық жаңалықтар\nҚарағандыда жаңа банк филиалы ашылды. Банк шағын "
                       "бизнесті несиелендіруді көбейтуге ниетті.")
    assert [r.actor.canonical for r in rubrics.relations] == ["Банк"]  # a digest's rubric is no section of one text
    report = pipeline("Жылдық есеп\n\nӨткен жыл өңір экономикасы үшін ауыр болды: инфляция өсті, ал экспорт көлемі "
                      "айтарлықтай азайып, нарық құлдырады.\n\nЕуразиялық даму банкі биыл он жобаны қаржыландырды."
                      "\n\nНегізгі көрсеткіштері\nБанк Орталық Азиядағы жобаларды қаржыландыруға мүдделі.")
    assert [r.actor.canonical for r in report.relations] == ["Еуразиялық даму банкі"]  # its section, past the lead
    item = pipeline("«Дала нан» компаниясы Қостанайда диірмен ашты.\n\n«Береке» ЖШС Таразда қойма салды.\n\nӨңірде "
                    "егін жақсы шықты. Компания экспортты арттыруға ниетті.")  # a third news item: which company is not said
    assert [r.actor.canonical for r in item.relations] == ["Компания"]


def test_actor_matching_rules() -> None:
    from taldau.doc import Span
    company = Span("ACTOR", 0, 5, "x", "канадалық Cameco компаниясы", "CA")
    assert actor_matches("Cameco компаниясы", company) and actor_matches("Cameco компаниясы@CA", company)
    assert not actor_matches("Cameco компаниясы@US", company) and not actor_matches("CA", company)


def test_component_protocol(pipeline: Pipeline) -> None:
    assert pipeline.names.index("stances") == pipeline.names.index("ner") + 1
    reader = StanceReader()
    assert reader.name == "stances" and "entities" in reader.requires and reader.assigns == ("relations",)
    docs = list(reader.pipe([Pipeline([n for n in pipeline.names[1:] if n != "stances"])("Түркия бұл бастаманы қолдайды.")]))
    assert [r.kind for r in docs[0].relations] == ["support"]


def test_lexicon_from_disk(tmp_path: Path) -> None:
    bundled = Path(__import__("taldau.stances.lexicon", fromlist=["HERE"]).HERE)
    for name in ("actors.tsv", "people.tsv", "demonyms.tsv"):
        (tmp_path / name).write_text((bundled / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "predicates.tsv").write_text("support\tбағала\tACC\tNOM\tпарламент заңды бағалады\n", encoding="utf-8")
    base = Pipeline([n for n in Pipeline().names[1:] if n != "stances"])("Парламент бұл заңды жоғары бағалады.")
    assert [r.predicate.canonical for r in StanceReader.from_disk(tmp_path)(base).relations] == ["бағала"]
    assert StanceReader()(base).relations == ()
    (tmp_path / "predicates.tsv").write_text("liking\tұна\tACC\tNOM\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown kind 'liking'"):
        StanceReader.from_disk(tmp_path)
    with pytest.raises(FileNotFoundError, match="predicates.tsv"):
        StanceReader.from_disk(tmp_path / "nowhere")


@pytest.mark.parametrize(("gloss", "person"), [("expert,specialist", True), ("illness, sick person", True),
                                                ("head of committee,председатель", True), ("economist", True),
                                                ("head", False), ("relic", False), ("whip", False)])
def test_people_from_glosses(gloss: str, person: bool) -> None:
    from tools.stances.people import person_gloss
    assert person_gloss(gloss) is person


def test_a_plan_s_target_starts_after_the_source_it_is_told_by(pipeline: Pipeline) -> None:
    doc = pipeline("Министрдің айтуынша, компания Алматыда жаңа зауыт салмақ. Компания, ректордың сөзінше, кітап шығармақ.")
    assert [r.target.text for r in doc.relations] == ["Алматыда жаңа зауыт салмақ", "кітап шығармақ"]


@pytest.mark.parametrize("text, expected", [
    ("«Біз бұл жобаны толық қолдаймыз», — деді Асқар Мамин.", [("Біз", "Асқар Мамин", "support", "жобаны")]),
    ("Асқар Мамин: «Мен бұл заңға қарсымын».", [("Мен", "Асқар Мамин", "opposition", "заңға")]),
    ("Біз бұл жобаны қолдаймыз.", []),  # nobody the text names speaks
    ('"Біз бұл жобаны қолдаймыз", - деді Асқар Мамин.', [("Біз", "Асқар Мамин", "support", "жобаны")]),  # straight quotes
    ("Асқар Мамин сөйледі. «Мен бұл бастаманы қолдаймын», – дейді ол.",  # ол: the person named last before
     [("Мен", "Асқар Мамин", "support", "бастаманы")]),
    ("«Мен бұл бастаманы қолдаймын», – дейді ол.", []),  # nobody named before
    ("Энергетика министрі: «Біз көмір өндіруді азайтуға қарсымыз».",  # a post speaks where no one is named
     [("Біз", "Энергетика министрі", "opposition", "азайтуға")]),
    ("«Біз бұл жобаны қолдаймыз», — деді министр Марат Қарабаев.",  # the person, not the post before the name
     [("Біз", "Марат Қарабаев", "support", "жобаны")]),
    ("«Біз экспортты екі есе арттырғымыз келеді», – деді Асқар Мамин.",  # a first-person desiderative
     [("Біз", "Асқар Мамин", "goal", "арттырғымыз")]),
    ("Асқар Ахметов Ерлан Смайыловпен кездесті. «Біз бұл жобаны қолдаймыз», – дейді ол.",  # ол: the subject before
     [("Біз", "Асқар Ахметов", "support", "жобаны")]),
    # one quotation's speaker speaks no other sentence; an interview's journalist is not the one interviewed
    ("«Біз бұл жобаны қолдаймыз», — деді Асқар Мамин. Ауылда жаңа мектеп салынды. Біз бұл шешімге қарсымыз.",
     [("Біз", "Асқар Мамин", "support", "жобаны")]),
    ("Тілші Айгүл Серікова министр Алмас Сәтқалиевпен сұхбаттасты. Мен бұл реформаны қолдаймын.",
     [("Мен", "Алмас Сәтқалиев", "support", "реформаны")]),
    # a post's bare word speaks as the person it introduced, after the saying verb or as the subject ол means
    ("Цифрлық даму министрі Жаслан Мәдиев сөз сөйледі. «Біз стартаптарды қолдаймыз», – деді министр.",
     [("Біз", "Жаслан Мәдиев", "support", "стартаптарды")]),
    ("Ауылда жаңа мектеп ашылды. «Біз стартаптарды қолдаймыз», – деді министр.", []),  # no one introduced as one
    # another one speaks: the minister's adviser, a former minister, a minister of the next news item
    ("Энергетика министрі Алмасқан Сәтқалиев сөйледі. «Біз тарифті қолдаймыз», – деді министр орынбасары.", []),
    ("Энергетика министрі Алмасқан Сәтқалиев сөйледі. «Біз тарифті қолдаймыз», – деді бұрынғы министр.", []),
    ("Энергетика министрі Алмасқан Сәтқалиев сөйледі.\n\nРесейде жаңа министр тағайындалды. «Біз тарифті "
     "қолдаймыз», – деді министр.", []),
    ("Экономист Арман Бекмұхамедов тілшімізге сұхбат берді. Мен жаңа салыққа қарсымын.",  # the one who gave it
     [("Мен", "Арман Бекмұхамедов", "opposition", "салыққа")]),
    ("Ауыл шаруашылығы туралы экономист Арман Бекмұхамедовпен сұхбаттастық.\n\n– Сіз бұл шешімді қолдайсыз ба?\n\n"
     "– Иә, мен бұл шешімді қолдаймын. Бірақ жаңа салыққа қарсымын.",  # an interview: the person interviewed answers
     [("мен", "Арман Бекмұхамедов", "support", "шешімді"), ("қарсымын", "Арман Бекмұхамедов", "opposition", "салыққа")]),
])
def test_a_first_person_stance_is_its_speaker_s(pipeline: Pipeline, text: str, expected: list) -> None:
    doc = pipeline(text)
    found = [(r.actor.text, r.actor.canonical, r.kind, doc.text[r.target.start : r.target.end].split()[-1])
             for r in doc.relations]
    assert found == expected
    assert all(r.implicit for r in doc.relations)


def test_a_quoted_first_person_target_starts_past_the_pronoun(pipeline: Pipeline) -> None:
    doc = pipeline("«Біз көршілерімізбен ынтымақтасуға дайынбыз», — деді Серік Ахметов.")
    assert [(r.actor.canonical, r.target.text) for r in doc.relations] == [
        ("Серік Ахметов", "көршілерімізбен ынтымақтасуға")]


def test_a_bare_body_before_a_partner_is_the_subject_not_part_of_the_partner(pipeline: Pipeline) -> None:
    doc = pipeline("Министрлік компаниямен келісімге қол қойды. "
                   "Агенттік Қазақстан фермерлер одағымен келісімге қол қойды.")
    assert [(r.actor.text, [p.text for p in r.partners]) for r in doc.relations] == [
        ("Министрлік", ["компаниямен"]), ("Агенттік", ["Қазақстан фермерлер одағымен"])]


def test_a_target_starts_past_the_subject_inside_a_quotation(pipeline: Pipeline) -> None:
    doc = pipeline("Сыртқы істер министрі Мұрат Нұртілеу: «Қазақстан бейбіт келіссөздерді қолдайды», – деді.")
    assert [(r.actor.text, r.target.text) for r in doc.relations] == [("Қазақстан", "бейбіт келіссөздерді")]


def test_a_needed_thing_keeps_its_conjuncts(pipeline: Pipeline) -> None:
    doc = pipeline("Дегенмен облысқа жаңа технологиялар мен білікті мамандар қажет.")
    assert [r.target.text for r in doc.relations] == ["жаңа технологиялар мен білікті мамандар"]


def test_a_role_with_retinde_is_neither_actor_nor_target(pipeline: Pipeline) -> None:
    doc = pipeline("Қазақстан серіктес ретінде бұл жобаны қолдайды.")
    assert [(r.actor.link, r.target.text) for r in doc.relations] == [("KZ", "бұл жобаны")]


def test_an_instrumental_before_an_attributive_locative_is_no_partner(pipeline: Pipeline) -> None:
    doc = pipeline("Тәжікстан Ауғанстанмен шекарадағы қауіпсіздікті күшейту үшін көмекке мұқтаж. "
                   "Қазақстан Ресеймен энергетика саласында ынтымақтасуға келісті.")
    assert [[p.text for p in r.partners] for r in doc.relations] == [[], ["Ресеймен"]]


def test_a_company_s_name_and_its_head_word_are_one_actor_linked_to_its_country(pipeline: Pipeline) -> None:
    doc = pipeline("KEGOC компаниясы желі тартпақ. KEGOC жаңа подстанция салуды жоспарлап отыр. "
                   "Қытайдың «China Power» компаниясы жел стансасын салмақ. "
                   "Неміс «Svevind Energy» компаниясы сутегі өндіруді жоспарлап отыр.")
    assert [(r.actor.canonical, r.actor.link) for r in doc.relations] == [
        ("KEGOC", None), ("KEGOC", None), ("China Power", "CN"), ("Svevind Energy", "DE")]
    assert len({a.key for a in actors(doc)}) == 3  # KEGOC once


def test_a_company_itself_is_its_name_and_no_part_of_the_target(pipeline: Pipeline) -> None:
    doc = pipeline("Air Astana компаниясының өзі акцияларының айналымын ұлғайтуды көздейді.")
    assert [(r.actor.canonical, r.target.text) for r in doc.relations] == [
        ("Air Astana", "акцияларының айналымын ұлғайтуды")]


def test_one_body_is_one_actor_under_its_bare_head_word_and_its_country(pipeline: Pipeline) -> None:
    doc = pipeline("CNPC корпорациясы жобаны қолдайды. Қытайдың CNPC корпорациясы жаңа зауыт салмақ. "
                   "Облыс әкімдігі жобаны қолдайды. Әкімдік жаңа мектеп салуды жоспарлап отыр.")
    assert [(a.name, a.link, len(a.relations)) for a in actors(doc)] == [("CNPC", "CN", 2), ("Облыс әкімдігі", None, 2)]


def test_a_quoted_name_before_the_kind_of_body_is_the_actor_and_no_part_of_the_target(pipeline: Pipeline) -> None:
    doc = pipeline("«Адал азамат» қоғамдық бірлестігі жаңа жобаны қолдайды.")
    assert [(r.actor.text, r.actor.canonical, r.target.text) for r in doc.relations] == [
        ("«Адал азамат» қоғамдық бірлестігі", "Адал азамат", "жаңа жобаны")]


def test_a_target_starts_past_the_topic_particle_of_its_actor(pipeline: Pipeline) -> None:
    doc = pipeline("Берлин болса Орталық Азиямен энергетикалық байланысты дамытуды көздейді. Ал Жапония болса сутегі "
                   "өндіруге мүдделі.")
    assert [r.target.text for r in doc.relations] == ["Орталық Азиямен энергетикалық байланысты дамытуды",
                                                      "сутегі өндіруге"]


@pytest.mark.parametrize("text, target", [
    ("Үкімет «Эйр Астана» мен KEGOC акцияларын сатуды жоспарлап отыр.", "«Эйр Астана» мен KEGOC акцияларын сатуды"),
    ("Институт ағылшын және орыс тілдерінде жариялауды жоспарлап отыр.", "ағылшын және орыс тілдерінде жариялауды"),
    ("Бірақ Үкімет «Ақ жол» жобасын қолдайды.", "«Ақ жол» жобасын"),
])
def test_a_target_keeps_the_names_and_bare_words_listed_inside_it(pipeline: Pipeline, text: str, target: str) -> None:
    (relation,) = pipeline(text).relations
    assert relation.target.text == target


def test_a_seat_of_power_is_its_government_linked_to_its_country(pipeline: Pipeline) -> None:
    doc = pipeline("Кремль бұл ұсынысқа қарсы. Ақ үй бұл шешімді қолдайды. Ақорда бұл бастаманы қолдайды.")
    assert [(r.actor.canonical, r.actor.link) for r in doc.relations] == [("Кремль", "RU"), ("Ақ үй", "US"), ("Ақорда", "KZ")]


FILLER = ("Елде жаңа ауруханалар салынып жатыр. Былтыр 40 емхана ашылды. Ауылдарда дәрігерлер жетіспейді. Жалақы "
          "өсті. Медбикелер саны артты. Жаңа жабдықтар сатып алынды. Дәрі бағасы тұрақты. Жедел жәрдем көліктері "
          "жаңартылды. Телемедицина дамып келеді. Кезекте науқастар азайды.")  # ten sentences of nobody


@pytest.mark.parametrize("text, canonical", [
    # named again by surname since: the post is still hers, across the paragraph
    (f"Денсаулық сақтау министрі Ақмарал Әлназарова брифинг өткізді. {FILLER}\n\nБұл туралы Әлназарова "
     "журналистерге айтты. Министр жаңа бастаманы қолдайтынын жеткізді.", "Ақмарал Әлназарова"),
    (f"Қаржы министрі Ерлан Сейітов бюджетті таныстырды. {FILLER} Министр салықты азайтуды көздейді.",
     "Министр"),  # too far back and not named since: which minister is not said
    ("Энергетика министрі Алмасқан Сәтқалиев Павлодарға барды. Сәтқалиев станцияны аралады.\n\nГерманияның "
     "экономика министрі Берлинде сөз сөйледі. Министр Қазақстанмен ынтымақтастықты қолдайды.",
     "Германияның экономика министрі"),  # the next news item's minister, not the one named before the blank line
])
def test_a_post_names_its_holder_while_the_text_names_them(pipeline: Pipeline, text: str, canonical: str) -> None:
    assert [r.actor.canonical for r in pipeline(text).relations] == [canonical]


@pytest.mark.parametrize("text, canonical", [
    # the company the text already calls Компания stays so in a later paragraph, past partners named together
    ("«Береке Логистикс» АҚ терминал салады. Компания экспортты арттыруды жоспарлап отыр.\n\nЖобаға «Алтын жол» "
     "ұлттық компаниясы мен қытайлық Sinotrans компаниясы қатысады. Компания жаңа нарықтарға шығуды көздейді.",
     "Береке Логистикс"),
    # the next news item's company, introduced there, is the one meant
    ("«Береке Логистикс» АҚ терминал салады. Компания экспортты арттыруды жоспарлап отыр.\n\n«Дала Агро» ЖШС "
     "жаңа қойма ашты. Компания жаңа нарықтарға шығуды көздейді.", "Дала Агро"),
])
def test_a_bare_company_word_keeps_the_name_the_text_gave_it(pipeline: Pipeline, text: str, canonical: str) -> None:
    assert [r.actor.canonical for r in pipeline(text).relations][-1] == canonical


def test_a_ministry_named_from_its_minister_keeps_the_country(pipeline: Pipeline) -> None:
    doc = pipeline("Ресейдің энергетика министрі Сергей Цивилев Астанаға келді. Министрлік жаңа келісімді қолдайды.")
    assert [(r.actor.text, r.actor.link) for r in doc.relations] == [("Министрлік", "RU")]


def test_target_of_a_carried_actor_starts_past_its_pronoun(pipeline: Pipeline) -> None:
    carried = pipeline("Ерлан Сейітов ауылда туған. Ол дәрігер болуды армандады.").relations
    assert [(r.actor.canonical, r.implicit, r.target.text) for r in carried] == [("Ерлан Сейітов", True, "дәрігер болуды")]
    named = pipeline("Ерлан Сейітов олар салған зауытты сатып алуды көздейді.").relations  # the relative clause's subject
    assert [r.target.text for r in named] == ["олар салған зауытты сатып алуды"]


def test_a_units_body_named_in_an_earlier_paragraph(pipeline: Pipeline) -> None:
    # Қала әкімдігі: the city's akimat the article named, even in the paragraph before (as a bare Әкімдік would)
    doc = pipeline("Ертісте жаңа саябақ салынады\n\nЕртіс қаласының әкімдігі жаңа саябақ салмақ.\n\nТұрғындар жобаға "
                   "қарсы. Қала әкімдігі жобадан бас тартпайды.")
    assert [(r.actor.canonical, r.kind, r.negated) for r in doc.relations] == [
        ("Ертіс қаласының әкімдігі", "goal", False), ("Тұрғындар", "opposition", False),
        ("Ертіс қаласының әкімдігі", "opposition", True)]


def test_a_body_named_after_another_bodys_name_is_not_its_head(pipeline: Pipeline) -> None:
    # Су ресурстары министрлігі | облыс әкімдігінің: the akimat after the ministry's name is another body's, so the
    # article's one akimat is what a later bare Әкімдік names
    doc = pipeline("Жамбыл облысы егістік жерді ұлғайтпақ\n\nЖамбыл облысының әкімдігі жаңа арна салуды жоспарлап "
                   "отыр.\n\nСу ресурстары және ирригация министрлігі облыс әкімдігінің бастамасын қолдады.\n\nӘкімдік су "
                   "тарифін көтеруді жоспарламайды.")
    assert [(r.actor.canonical, r.kind) for r in doc.relations if r.actor.text == "Әкімдік"] == [
        ("Жамбыл облысының әкімдігі", "goal")]


def test_a_bare_body_as_partner_is_the_body_named_before(pipeline: Pipeline) -> None:
    # әкімдікпен: with the akimat the text named, resolved as a subject's bare head word is
    doc = pipeline("Жетісу облысының әкімдігі жаңа жол салуды жоспарлап отыр. "
                   "«Жетісу Транс» серіктестігі әкімдікпен бірлесіп аялдамаларды жөндеуге келісті.")
    cooperation = next(r for r in doc.relations if r.kind == "cooperation")
    assert [p.canonical for p in cooperation.partners] == ["Жетісу облысының әкімдігі"]


def test_a_body_named_in_a_post_is_the_topic_across_paragraphs(pipeline: Pipeline) -> None:
    # one article under a headline: «X» қорының директоры names the fund, and Қор paragraphs later is that fund;
    # a fund the text names nowhere stays the bare word
    article = ("Балқаш көлі тартылып барады\n\n«Таза Балқаш» қоғамдық қорының директоры Дана Мұратқызы көлдің тартылып "
               "бара жатқанын айтты.\n\nСонымен қатар қор жергілікті балықшыларды қолдайды.")
    (relation,) = pipeline(article).relations
    assert relation.actor.canonical == "Таза Балқаш"
    (relation,) = pipeline(article.replace("«Таза Балқаш» қоғамдық қорының директоры ", "")).relations
    assert relation.actor.canonical == "қор"


def test_a_country_s_body_by_its_abbreviation_is_one_actor(pipeline: Pipeline) -> None:
    # Ресей СІМ: Russia's foreign ministry, one actor with the country's link, not Russia with СІМ in the target
    (relation,) = pipeline("Ресей СІМ бұған наразылық білдірді.").relations
    assert (relation.actor.text, relation.actor.link, relation.target.text) == ("Ресей СІМ", "RU", "бұған")


def test_a_quoted_name_in_a_speakers_target_stays_in_it(pipeline: Pipeline) -> None:
    # the quote that a name's quote closes before the predicate opens no speech: the target keeps it
    (relation,) = pipeline("Біз «Жасыл Ел» жобасын қолдаймыз, – деді Асқар Нұрланов.").relations
    assert (relation.actor.canonical, relation.target.text) == ("Асқар Нұрланов", "«Жасыл Ел» жобасын")
