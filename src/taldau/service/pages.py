"""The HTML the service shows a person: the page with its form, search results and error pages."""
from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import urlencode

from taldau.corpus import Hit

PAGE_SIZE = 20
_PAGE = Path(__file__).with_name("page.html")


def page(body: str = "", query: str | None = None, text: str = "") -> str:
    """The page: the analysis form (keeping `text`), the search form when there is a corpus, then `body`."""
    search = "" if query is None else (
        '<form action="/search.html" method="get" role="search"><h2>Search the corpus</h2>'
        f'<input name="q" value="{escape(query, quote=True)}" placeholder="мұнай, «мұнай бағасы»..." size="40"'
        ' aria-label="search"> <button>Search</button></form>' + _ACTORS_FORM)
    html = _PAGE.read_text(encoding="utf-8")
    return html.replace("{{text}}", escape(text)).replace("{{search}}", search).replace("{{body}}", body)


_ACTORS_FORM = ('<form action="/actors.html" method="get"><h2>Who wants what</h2><input name="name" '
                'placeholder="US, Ресей, Ресей үкіметі..." size="40" aria-label="actor"> <button>Stances</button></form>')


def stances(name: str, groups: list) -> str:
    """What the corpus says `name` wants: one row per kind and target lemma, with counts and sources."""
    if not groups:
        return f'<p class="total">The corpus says nothing about what {escape(name)} wants.</p>'
    rows = "".join(f"<tr><td>{escape(g.kind)}</td><td>{escape(g.target)}</td><td>{g.count}</td>"
                   f"<td>{escape(' | '.join(g.examples))}</td>"
                   f"<td>{escape(', '.join(sorted({s.source or '' for s in g.sources})))}</td></tr>" for g in groups)
    return (f"<h2>What the corpus says {escape(name)} wants</h2><table><tr><th>kind</th><th>target</th>"
            f"<th>count</th><th>as written</th><th>sources</th></tr>{rows}</table>")


def error_page(status: int, reason: str, has_corpus: bool) -> str:
    return page(f'<p class="error" role="alert"><strong>Error {status}:</strong> {escape(reason)}</p>',
                "" if has_corpus else None)


def unique(hits: list[Hit]) -> list[Hit]:
    """The hits without repeats of one sentence text (the same sentence in several documents), best first."""
    seen: set[str] = set()
    return [h for h in hits if not (h.text in seen or seen.add(h.text))]


def results(query: str, hits: list[Hit], number: int, total: int | None, exact: bool = True) -> str:
    """Page `number` (from 1) of the de-duplicated hits, with the total (`exact`: of distinct sentences;
    else of hits, repeats included, or unknown) and links to the other pages."""
    shown = hits[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    if not shown:
        return f'<p class="total">No sentence has {escape(query)}.</p>'
    first = (number - 1) * PAGE_SIZE + 1
    if total is None:
        counted = f"more than {len(hits) - 1} sentences"
    else:
        counted = f"{total} sentences" + ("" if exact else " (counting repeats)")
    items = "".join(f"<li><small>{escape(h.source or '')}</small> {h.marked('<mark>', '</mark>', escape)}</li>"
                    for h in shown)
    links = []
    if number > 1:
        links.append(f'<a rel="prev" href="/search.html?{urlencode({"q": query, "page": number - 1})}">← previous</a>')
    if total is None or number * PAGE_SIZE < total:
        links.append(f'<a rel="next" href="/search.html?{urlencode({"q": query, "page": number + 1})}">next →</a>')
    return (f'<p class="total">{counted}; {first}–{first + len(shown) - 1} shown</p>'
            f'<ol start="{first}">{items}</ol><nav class="pages">{" ".join(links)}</nav>')
