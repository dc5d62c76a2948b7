"""The ensembles of tools.ner.neural on spans written for these tests (no model needed)."""
from tools.ner.neural import combined, opens_name

TEXT = "Кеше « Жас Алаш » газеті мен Алматы әкімдігі жиналыс өткізді ."


def span(kind: str, words: str) -> tuple[str, int, int]:
    start = TEXT.index(words)
    return kind, start, start + len(words)


def test_opens_name_at_a_capital_or_a_quote():
    assert opens_name(TEXT, TEXT.index("Жас"))  # right after an opening quote, and a capital
    assert opens_name(TEXT, TEXT.index("«"))
    assert not opens_name(TEXT, TEXT.index("газеті"))


def test_union_adds_only_the_neural_names_that_overlap_none():
    crf = [{span("DATE", "Кеше"), span("GPE", "Алматы")}]
    neural = [{span("ORGANISATION", "Алматы әкімдігі"), span("ORGANISATION", "« Жас Алаш » газеті"),
               span("ORGANISATION", "жиналыс"), span("CARDINAL", "өткізді")}]
    out = combined(crf, neural, [TEXT])
    assert out["union"][0] == crf[0] | {span("ORGANISATION", "« Жас Алаш » газеті"), span("ORGANISATION", "жиналыс")}
    assert out["union capitalised"][0] == crf[0] | {span("ORGANISATION", "« Жас Алаш » газеті")}


def test_agreement_keeps_numbers_and_names_both_found():
    crf = [{span("DATE", "Кеше"), span("GPE", "Алматы"), span("ORGANISATION", "Жас Алаш")}]
    neural = [{span("GPE", "Алматы"), span("PERSON", "Жас Алаш")}]
    assert combined(crf, neural, [TEXT])["agreement"][0] == {span("DATE", "Кеше"), span("GPE", "Алматы")}
