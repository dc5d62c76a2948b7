"""A small rule engine over tokens: predicates, combinators, a parser.

    from taldau.rules import Parser, eq, opt, rule, stem
    PERCENT = rule(NUMBER, stem({"пайыз", "процент"})).interpret(lambda n, unit: n)
    for m in Parser([("percent", PERCENT)]).findall(tokens): ...

Predicates (`taldau.rules.predicates`) test one token: text, lower case, stem + Kazakh ending,
shape, regex, and lemma / POS / features when the morphology has run. Combinators
(`taldau.rules.combinators`, over the node of `taldau.rules.grammar`) build sequences, choices, optional
parts and repetitions with an interpretation into values. The parser (`taldau.rules.parser`) finds the leftmost longest matches.
"""
from taldau.rules.combinators import longest, opt, or_, repeat, rule
from taldau.rules.grammar import Rule
from taldau.rules.lookaround import ahead, behind, context
from taldau.rules.parser import Match, Parser
from taldau.rules.predicates import (
    DIGITS, Predicate, Stemmed, custom, eq, feat, in_, is_title, lemma, pos, regex, shape, stem,
)

__all__ = [
    "Rule", "rule", "or_", "opt", "repeat", "longest", "ahead", "behind", "context", "Parser", "Match",
    "DIGITS", "Predicate", "Stemmed", "eq", "in_", "stem", "regex", "shape", "is_title", "lemma", "pos", "feat",
    "custom",
]
