"""tools.syntax.relatives: a Turkish sentence as the parser is taught it (a sentence written for this test)."""
from taldau.pipeline import Pipeline
from tools.syntax.relatives import features, gold_tokens
from tools.syntax.treebank import read

# "Çocuklar okula gitmişler." with the copula clitic split off, as UD Turkish writes it
TURKISH = """# sent_id = test_1
# text = Çocuklar okula gitmişler.
1	Çocuklar	çocuk	NOUN	_	Case=Nom|Number=Plur|Person=3	3	nsubj	_	_
2	okula	okul	NOUN	_	Case=Dat|Number=Sing|Person=3	3	obl	_	_
3-4	gitmişler	_	_	_	_	_	_	_	SpaceAfter=No
3	gitmiş	git	VERB	_	Evident=Nfh|Polarity=Pos|Tense=Past	0	root	_	_
4	ler	i	AUX	_	Number=Plur|Person=3|Tense=Pres	3	cop	_	_
5	.	.	PUNCT	_	_	3	punct	_	_

"""


def _taldau(text: str) -> tuple[str, str]:
    """(UPOS, FEATS) of the reading taldau chooses in context for the first word of a Kazakh phrase."""
    token = Pipeline(["morph", "tagger"])(text).tokens[0]
    return token.upos, token.feats or ""


def test_features_are_written_as_taldau_writes_kazakh():
    assert ("NOUN", features({"Case": "Nom", "Number": "Sing", "Person": "3"}, "NOUN")) == _taldau("кітап")
    assert ("NOUN", features({"Case": "Dat", "Number": "Plur", "Person": "3"}, "NOUN")) == _taldau("балаларға")
    assert ("DET", features({"PronType": "Art"}, "DET")) == _taldau("бір жақсы кітап")
    assert ("NUM", features({"NumType": "Card"}, "NUM")) == _taldau("екі кітап")
    assert features({"Case": "Nom", "Degree": "Pos"}, "ADJ") == ""
    assert "Number[psor]=Plur,Sing" in features({"Case": "Loc", "Person[psor]": "3"}, "NOUN")
    assert features({"VerbForm": "Vnoun", "Case": "Acc"}, "VERB") == "Case=Acc|VerbForm=Ger"
    finite = features({"Person": "1", "Number": "Sing", "Tense": "Past", "Polarity": "Pos"}, "VERB")
    assert finite == "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"


def test_gold_tokens_follow_the_surface_and_keep_only_shapes(tmp_path):
    path = tmp_path / "tr_test.conllu"
    path.write_text(TURKISH, encoding="utf-8")
    sentence = next(read(path, relabel=True))
    tokens = gold_tokens(sentence)
    assert [t.text for t in tokens] == ["Xxxxx", "xxxx", "xxxx", "."]  # a multiword token is one token
    assert [t.upos for t in tokens] == ["NOUN", "NOUN", "VERB", "PUNCT"]  # the word that links it to the tree
    assert tokens[1].feats == "Case=Dat"
    assert all(t.end - t.start == len(t.text) for t in tokens)
    assert [t.text for t in gold_tokens(sentence, lexical=True)] == ["Çocuklar", "okula", "gitmişler", "."]
    assert [t.lemma for t in gold_tokens(sentence, lexical=True)][:2] == ["çocuk", "okul"]
