import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from taldau import analyze
from taldau.export import SCHEMA_VERSION, from_conllu, to_conllu, to_dict, to_json, to_text, write_json
from taldau.export.json import _indented

TEXT = "Үкімет бағдарламаны бекітті. Оның құны 15 трлн теңге!"


def test_json_schema_top_level() -> None:
    data = to_dict(analyze(TEXT))
    assert data["schema"] == SCHEMA_VERSION
    assert {"text", "sentences", "tokens", "entities", "quantities", "keyterms"} <= set(data)
    assert {"text", "score", "count", "label", "mentions"} <= set(data["keyterms"][0])
    assert [TEXT[s["start"] : s["end"]] for s in data["sentences"]] == [
        "Үкімет бағдарламаны бекітті.", "Оның құны 15 трлн теңге!"
    ]
    json.dumps(data, ensure_ascii=False)


def test_conllu_round_trip_keeps_tokens_and_sentences() -> None:
    doc = analyze(TEXT)
    back = from_conllu(to_conllu(doc))
    assert [t.text for t in back.tokens] == [t.text for t in doc.tokens]
    assert len(back.sentences) == len(doc.sentences)
    assert all(back.text[t.start : t.end] == t.text for t in back.tokens)


def test_conllu_in_reads_multiword_tokens() -> None:
    data = (
        "# sent_id = 1\n# text = Біз дайынбыз.\n"
        "1\tБіз\tбіз\tPRON\t_\tCase=Nom\t_\t_\t_\t_\n"
        "2-3\tдайынбыз\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
        "2\tдайын\tдайын\tADJ\t_\t_\t_\t_\t_\t_\n"
        "3\tбыз\tе\tAUX\t_\tNumber=Plur|Person=1\t_\t_\t_\t_\n"
        "4\t.\t.\tPUNCT\t_\t_\t_\t_\t_\t_\n\n"
    )
    doc = from_conllu(data)
    assert [t.text for t in doc.tokens] == ["Біз", "дайынбыз", "."]
    assert [a.lemma for a in doc.tokens[1].analyses] == ["дайын", "е"]
    assert doc.text == "Біз дайынбыз.\n"


def test_text_format_one_sentence_per_line() -> None:
    lines = to_text(analyze(TEXT)).splitlines()
    assert len(lines) == 2
    assert [item.split("/")[0] for item in lines[0].split()] == ["Үкімет", "бағдарламаны", "бекітті", "."]
    assert lines[0].split()[1] == "бағдарламаны/бағдарлама/NOUN"


@pytest.mark.parametrize("text", ["", TEXT, "Бір.\n\n«АҚШ-тың» 2,9 пайызы"])
@pytest.mark.parametrize("indent", [2, None])
def test_streamed_json_is_the_json_of_the_whole_dict(text: str, indent: int | None) -> None:
    doc = analyze(text)
    whole = {"source": "a.txt", **to_dict(doc)}
    sink = io.StringIO()
    write_json(doc, sink, indent=indent, head={"source": "a.txt"})
    assert sink.getvalue() == json.dumps(whole, ensure_ascii=False, indent=indent)
    assert to_json(doc, indent) == json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(VALUES, st.integers(0, 4))  # indent 0: line breaks without spaces, as the standard encoder writes them
def test_indented_json_is_the_standard_encoders(value: object, indent: int) -> None:
    assert _indented(value, " " * indent) == json.dumps(value, ensure_ascii=False, indent=indent)
