"""Running text: what passes through unchanged, line structure, errors, policies."""
import pytest

from taldau.translit import Policy, translit

PASS_THROUGH = [
    # (cyrillic, latin 2021): digits, punctuation, foreign words, addresses are kept
    ("2024 жылы 15,5 %", "2024 jyly 15,5 %"),
    ("«Сәлем!» — деді.", "«Sälem!» — dedı."),
    ("Microsoft және Facebook", "Microsoft jäne Facebook"),
    ("iPhone сатылды", "iPhone satyldy"),
    ("UNESCO-ның шешімі, iPhone-ға", "UNESCO-nyñ şeşımı, iPhone-ğa"),  # a foreign name keeps its spelling, not its ending
    ("www.akorda.kz сайты", "www.akorda.kz saity"),
    ("https://egov.kz/cms/kk сілтемесі", "https://egov.kz/cms/kk sıltemesı"),
    ("хат: info@gov.kz", "hat: info@gov.kz"),
    ("бірінші жол\nекінші жол\n\nтөртінші", "bırınşı jol\nekınşı jol\n\ntörtınşı"),
    ("бір\r\nекі\t үш", "bır\r\nekı\t üş"),
]


@pytest.mark.parametrize("cyrillic, latin", PASS_THROUGH)
def test_pass_through(cyrillic, latin):
    assert translit(cyrillic) == latin
    assert translit(latin, to="cyrillic") == cyrillic


@pytest.mark.parametrize(
    "latin",
    ["café", "Washington", "x-ray", "naïve", "call-орталығы", "résumé", "eGov.kz"],
)
def test_non_kazakh_latin_words_stay(latin):
    assert translit(latin, to="cyrillic") == latin


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"alphabet": "2019"}, "unknown alphabet '2019'; choose one of 2017, 2018, 2021"),
        ({"to": "arabic"}, "unknown target 'arabic'; choose one of latin, cyrillic"),
    ],
)
def test_helpful_errors(kwargs, message):
    with pytest.raises(ValueError) as error:
        translit("сәлем", **kwargs)
    assert str(error.value) == message


def test_alphabet_may_be_an_int():
    assert translit("әке", alphabet=2018) == "áke"


def test_bad_policy():
    with pytest.raises(TypeError):
        translit("сәлем", policy={"soft": "'"})
    with pytest.raises(TypeError):
        Policy(soft=1)


POLICIES = [
    # (policy, cyrillic, latin): spellings that keep what the official ones drop read back as the letter
    (Policy(soft="ʼ", hard="ʺ"), "медаль объект", "medalʼ obʺekt"),
    (Policy(soft="'"), "медаль", "medal'"),
    (Policy(yo="yo"), "шофёр", "şofyor"),
    (Policy(ch="ç", shch="şç"), "чай борщ", "çai borşç"),
]


@pytest.mark.parametrize("policy, cyrillic, latin", POLICIES)
def test_policy_spellings_round_trip(policy, cyrillic, latin):
    assert translit(cyrillic, policy=policy) == latin
    assert translit(latin, to="cyrillic", policy=policy) == cyrillic


def test_policy_applies_to_every_alphabet():
    assert translit("ёлка", alphabet="2018") == "ıolka"
    assert translit("ёлка", alphabet="2018", policy=Policy(yo="yo")) == "yolka"


@pytest.mark.parametrize(
    "latin, with_lexicon, rules_only",
    [
        ("ekonomika", "экономика", "экономика"),  # a rule: initial e before o is э
        ("festivaldıñ", "фестивальдің", "фестивалдің"),  # ь comes only from the word list
        ("şahar", "шаһар", "шахар"),  # so does һ
        ("aiaq", "аяқ", "аяқ"),
    ],
)
def test_lexicon_switch(latin, with_lexicon, rules_only):
    assert translit(latin, to="cyrillic") == with_lexicon
    assert translit(latin, to="cyrillic", policy=Policy(lexicon=False)) == rules_only


def test_explain_names_the_deciding_rule():
    from taldau.translit.cyrillic import explain

    assert [(cyr, rule) for _, _, cyr, rule in explain("aitsa")] == [("а", "letter"), ("й", "glide"), ("т", "letter"), ("с", "letter"), ("а", "letter")]
    assert explain("festivaldıñ")[0] == (0, 8, "фестиваль", "lexicon")


@pytest.mark.parametrize("alphabet", ["2018", "2017"])
def test_earlier_alphabets_read_back_into_cyrillic(alphabet):
    text = "Қазақстан Үкіметі шағын бизнесті қолдауды көздейді. ШЫҒЫС өңірі, Ыбырай, Ілияс, аю, ащы."
    assert translit(translit(text, alphabet=alphabet), to="cyrillic", alphabet=alphabet) == text
