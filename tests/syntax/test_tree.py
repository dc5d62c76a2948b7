"""taldau.syntax.tree: whatever heads a parser returns, one tree per sentence."""
from hypothesis import given, strategies as st

from taldau.syntax.tree import pieces, repair


def climb(heads: list[int], i: int, root: int) -> int:
    """Where climbing the heads from `i` stops: the root, or the first token seen twice (a cycle)."""
    seen, j = set(), i
    while j != root and j not in seen:
        seen.add(j)
        j = heads[j]
    return j


def reaches_root(heads: list[int], root: int) -> bool:
    return all(climb(heads, i, root) == root for i in range(len(heads)))


@given(st.lists(st.integers(-3, 30), min_size=1, max_size=30), st.data())
def test_repair_makes_one_tree(heads, data):
    deprels = data.draw(st.lists(st.sampled_from(["root", "nsubj", "punct", "obj"]), min_size=len(heads),
                                 max_size=len(heads)))
    fixed, relations = repair(heads, deprels)
    roots = [i for i, h in enumerate(fixed) if h == i]
    assert len(roots) == 1 and relations[roots[0]] == "root"
    assert relations.count("root") == 1
    assert reaches_root(fixed, roots[0])


def test_repair_keeps_a_tree_as_it_is():
    heads, deprels = [2, 2, 2, 2], ["nsubj", "obj", "root", "punct"]
    assert repair(heads, deprels) == (heads, deprels)


def test_repair_hangs_a_second_root_under_the_first_labelled_root():
    assert repair([0, 1, 2], ["nsubj", "root", "root"]) == ([1, 1, 1], ["parataxis", "root", "parataxis"])


@given(st.integers(0, 1000), st.integers(1, 200))
def test_pieces_cover_every_token_once(size, limit):
    spans = pieces(size, limit)
    assert [i for a, b in spans for i in range(a, b)] == list(range(size))
    assert all(0 < b - a <= limit for a, b in spans)


def climbing_repair(heads: list[int], deprels: list[str]) -> tuple[list[int], list[str]]:
    """The plain way `repair` breaks cycles: climb from every token afresh; the memo must change nothing."""
    from taldau.syntax.tree import _attached

    heads, deprels = list(heads), list(deprels)
    root = next(i for i, h in enumerate(heads) if h == i)
    for i in range(len(heads)):
        j = climb(heads, i, root)
        if j != root:
            heads[j], deprels[j] = root, _attached(deprels[j])
    return heads, deprels


@given(st.lists(st.integers(0, 29), min_size=2, max_size=30), st.data())
def test_repair_breaks_cycles_where_climbing_from_each_token_would(heads, data):
    heads = [h % len(heads) for h in heads]
    heads[0] = 0  # one root, so that the climb is all that differs
    heads = [h if h != i or i == 0 else 0 for i, h in enumerate(heads)]
    deprels = data.draw(st.lists(st.sampled_from(["nsubj", "punct", "obj"]), min_size=len(heads),
                                 max_size=len(heads)))
    deprels[0] = "root"
    assert repair(heads, deprels) == climbing_repair(heads, deprels)
