"""Dependency syntax: every token gets a head and a UD relation as UD Kazakh-KTB annotates them.

    >>> from taldau.pipeline import Pipeline
    >>> doc = Pipeline(["morph", "tagger", "parser"])("Мен кітап оқыдым.")
    >>> [(t.text, doc.tokens[t.head].text, t.deprel) for t in doc.tokens]   # doctest: +SKIP
    [('Мен', 'оқыдым', 'nsubj'), ('кітап', 'оқыдым', 'obj'), ('оқыдым', 'оқыдым', 'root'), ('.', 'оқыдым', 'punct')]

A spaCy v3 transition-based parser, trained by `tools.syntax.train` on UD Kazakh-KTB and exported by
`tools.syntax.export`, reads each word's form and taldau's chosen reading (`features`); at run time numpy
alone computes it (`network`, `transitions`: the same heads and labels as spaCy); `tree` makes every
sentence one tree; `heads` and `labels` then keep the heads and relations that grammar and KTB's conventions
decide, whatever the parser said.
"""
