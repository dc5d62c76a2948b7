"""Deictic dates made absolute from the document's date: with 2024-03-15, былтыр (-P1Y) -> 2023,
кеше (-P1D) -> 2024-03-14, келесі аптада (+P1W) -> 2024-W12, өткен аптаның жұмасында (-P1W-5) -> 2024-W10-5,
өткен жұмада (-PW-5, the nearest Friday before) -> 2024-03-08, өткен тоқсанда (-P1Q, taldau's own designator:
ISO 8601 has no quarters) -> 2023-36, өткен ғасырда (-P1CE) -> 19XX, өткен жылдың
қарашасында (-P1Y-11) -> 2023-11.

Without a date they stay signed ISO 8601 durations (docs/schema.md); values of any other form are kept."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from taldau.component import Component
from taldau.doc import Doc, Quantity

_SHIFT = re.compile(r"([+-])P(\d+)(Y|Q|M|W|D|CE)")
_IN_YEAR = re.compile(r"([+-]P\d+Y)(-\d\d(?:-\d\d)?)")  # өткен жылдың қарашасында: -P1Y-11, a month of that year
_NEAREST = re.compile(r"([+-])PY-(\d\d)(-\d\d)?")  # өткен қазанда: -PY-10, the nearest such month before or after
_IN_WEEK = re.compile(r"([+-]P\d+W)-([1-7])")  # өткен аптаның жұмасында: -P1W-5, a day of that week
_NEAREST_DAY = re.compile(r"([+-])PW-([1-7])")  # өткен жұмада "last Friday": -PW-5, the nearest such day before or after


def _nearest_range(parts: list[str], on: date) -> list[str]:
    """Months in order, the nearest such run before `on` (өткен қараша – ақпан, -PY-11/-PY-02 on 2024-12-01:
    2023-11/2024-02, the last February first) or after it (келесі, +PY: the next first month first)."""
    found = [_NEAREST.fullmatch(part) for part in parts]
    months, days = [int(m.group(2)) for m in found], [m.group(3) or "" for m in found]
    years = [0] * len(months)
    if found[0].group(1) == "-":
        years[-1] = on.year - (months[-1] >= on.month)
        for i in range(len(months) - 2, -1, -1):
            years[i] = years[i + 1] - (months[i] > months[i + 1])
    else:
        years[0] = on.year + (months[0] <= on.month)
        for i in range(1, len(months)):
            years[i] = years[i - 1] + (months[i] < months[i - 1])
    return [f"{y:04d}-{m:02d}{d}" for y, m, d in zip(years, months, days)]


def _nearest_days(days: list[re.Match], on: date) -> list[str]:
    """Two weekdays in order, the nearest such run before `on` (өткен сенбі-жексенбі, -PW-6/-PW-7 on a Sunday: the
    last weekend, not yesterday and today) or after it: one end is the nearest such day, the other a few days off."""
    first, last = (int(m.group(2)) for m in days)
    if days[0].group(1) == "-":
        end = date.fromisoformat(str(absolute(days[1].group(), on)))
        return [(end - timedelta(days=last - first)).isoformat(), end.isoformat()]
    start = date.fromisoformat(str(absolute(days[0].group(), on)))
    return [start.isoformat(), (start + timedelta(days=last - first)).isoformat()]


def as_date(value: date | str) -> date:
    """A date, or an ISO 8601 date string (2024-03-15); anything else is a ValueError saying so."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"reference date {value!r} is not a date such as 2024-03-15") from None


def absolute(value: object, on: date) -> object:
    """`value` resolved against `on` when it is a shift from the document's date (or a range of them)."""
    if isinstance(value, list):
        return [absolute(v, on) for v in value]
    if not isinstance(value, str):
        return value
    if "/" in value:  # a range or a start with its duration: -P1Y-01/-P1Y-03, +P0Y/P9M; -PY-11/-PY-02, one winter
        parts = value.split("/")
        if all(_NEAREST.fullmatch(part) for part in parts):
            return "/".join(_nearest_range(parts, on))
        if len(parts) == 2 and all(days := [_NEAREST_DAY.fullmatch(part) for part in parts]):
            return "/".join(_nearest_days(days, on))
        return "/".join(str(absolute(part, on)) for part in parts)
    if value.startswith("{") and value.endswith("}"):  # listed days: {-P1Y-09-03,-P1Y-09-04}
        return "{" + ",".join(str(absolute(part, on)) for part in value[1:-1].split(",")) + "}"
    if nearest := _NEAREST.fullmatch(value):  # -PY-10: the last October before `on`; +PY-03: the next March
        sign, month, day = nearest.group(1), int(nearest.group(2)), nearest.group(3) or ""
        year = on.year - (month >= on.month) if sign == "-" else on.year + (month <= on.month)
        return f"{year:04d}-{month:02d}{day}"
    if within := _IN_YEAR.fullmatch(value):
        return f"{absolute(within.group(1), on)}{within.group(2)}"
    if week := _IN_WEEK.fullmatch(value):  # an ISO week date: 2024-W10-5
        return f"{absolute(week.group(1), on)}-{week.group(2)}"
    if nearest := _NEAREST_DAY.fullmatch(value):
        day = int(nearest.group(2))
        step = (on.isoweekday() - day) % 7 or 7 if nearest.group(1) == "-" else -((day - on.isoweekday()) % 7 or 7)
        return (on - timedelta(days=step)).isoformat()
    match = _SHIFT.fullmatch(value)
    if match is None:
        return value
    sign, amount, unit = match.groups()
    n = int(amount) * (-1 if sign == "-" else 1)
    if unit == "Y":
        return f"{on.year + n:04d}"
    if unit == "Q":  # өткен тоқсанда (-P1Q): a quarter as EDTF writes it, 2024-33 .. 2024-36
        quarters = on.year * 4 + (on.month - 1) // 3 + n
        return f"{quarters // 4:04d}-{33 + quarters % 4}"
    if unit == "M":
        months = on.year * 12 + on.month - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "W":
        year, week, _ = (on + timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "D":
        return (on + timedelta(days=n)).isoformat()
    return f"{(on.year - 1) // 100 + n:02d}XX"  # CE: centuries; 2024 is in the 21st, years 20XX


def resolve(doc: Doc, on: date | str) -> Doc:
    """The doc with its deictic dates absolute from `on`, the document's date (kept in doc.meta)."""
    day = as_date(on)
    quantities = tuple(q if q.kind != "date" else _resolved(q, day) for q in doc.quantities)
    return replace(doc, quantities=quantities, meta={**doc.meta, "reference_date": day.isoformat()})


def _resolved(quantity: Quantity, on: date) -> Quantity:
    value = absolute(quantity.value, on)
    return quantity if value == quantity.value else replace(quantity, value=value)


class DocumentDate(Component):
    """Pipeline component: `Pipeline([*available(), DocumentDate("2024-03-15")])` (taldau analyze --date)."""

    name = "dates"
    requires = ("quantities",)
    assigns = ("quantities",)

    def __init__(self, on: date | str) -> None:
        super().__init__()
        self.on = as_date(on)

    def __call__(self, doc: Doc) -> Doc:
        return resolve(doc, self.on)
