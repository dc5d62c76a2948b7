"""Deictic dates resolved from the document's date (reference_date= / taldau analyze --date)."""
from __future__ import annotations

from datetime import date

import pytest

import taldau
from taldau.numbers.reference import absolute, as_date

ON = date(2024, 3, 15)


@pytest.mark.parametrize("relative, resolved", [
    ("-P1Y", "2023"), ("+P0Y", "2024"), ("+P1Y", "2025"),
    ("-P1M", "2024-02"), ("-P3M", "2023-12"), ("+P10M", "2025-01"),
    ("+P1W", "2024-W12"), ("-P1W", "2024-W10"),
    ("-P1D", "2024-03-14"), ("+P0D", "2024-03-15"), ("+P17D", "2024-04-01"),
    ("-P1CE", "19XX"), ("+P0CE", "20XX"),
    ("-P1Q", "2023-36"), ("+P0Q", "2024-33"), ("+P1Q", "2024-34"), ("+P4Q", "2025-33"),  # quarters, as EDTF writes them
    (["-P1Y", "+P0Y"], ["2023", "2024"]),
    ("-P1Y-11", "2023-11"), ("+P0Y-33", "2024-33"), ("+P1Y-01-01", "2025-01-01"),  # a month, quarter, day of it
    ("-P1Y-01/-P1Y-03", "2023-01/2023-03"), ("+P0Y/P9M", "2024/P9M"), ("R/P1Y", "R/P1Y"),  # ranges, intervals
    ("{-P1Y-09-03,-P1Y-09-04}", "{2023-09-03,2023-09-04}"), ("{1990,2000}", "{1990,2000}"),  # listed days
    ("-PY-10", "2023-10"), ("-PY-02", "2024-02"), ("-PY-03", "2023-03"),  # the last such month before 2024-03-15
    ("+PY-03", "2025-03"), ("+PY-04", "2024-04"), ("-PY-11/-PY-02", "2023-11/2024-02"),  # the next; across new year
    ("-P1W-5", "2024-W10-5"), ("+P0W-6", "2024-W11-6"), ("+P1W-1", "2024-W12-1"),  # a day of a pointed week
    ("-PW-4", "2024-03-14"), ("-PW-5", "2024-03-08"), ("+PW-5", "2024-03-22"), ("+PW-6", "2024-03-16"),  # nearest
    ("-PW-6/-PW-7", "2024-03-09/2024-03-10"), ("+PW-6/+PW-7", "2024-03-16/2024-03-17"),  # a run of weekdays
    ("2010/2012", "2010/2012"), ("XXXX-05", "XXXX-05"), ("XXXX-WXX-6", "XXXX-WXX-6"), ("P10Y", "P10Y"), (5, 5),  # kept
])
def test_shifts_become_dates(relative: object, resolved: object) -> None:
    assert absolute(relative, ON) == resolved


@pytest.mark.parametrize("text, value", [
    ("Былтыр экспорт өсті.", "2023"),
    ("Кеше Астанада жиын өтті.", "2024-03-14"),
    ("Өткен айда баға өсті.", "2024-02"),
    ("Өткен жылдың қарашасында баға өсті.", "2023-11"),
    ("Биылғы жылдың бірінші тоқсанында өсім болды.", "2024-33"),
    ("Былтырғы екінші жартыжылдықта өсім болды.", "2023-41"),
    ("Келесі жылдың 1 қаңтарынан бастап күшіне енеді.", "2025-01-01"),
    ("Былтырғы қарашада баға өсті.", "2023-11"),
    ("Өткен тоқсанда баға өсті.", "2023-36"),
    ("Өткен жылдың жазында құрғақшылық болды.", "2023-22"),  # a season of a deictic year
    ("Биылғы жазда құрғақшылық болды.", "2024-22"),
    ("Өткен аптаның жұмасында жиналыс өтті.", "2024-W10-5"),  # a weekday of a pointed week keeps its direction
    ("Келесі аптаның сәрсенбісінде көрме ашылады.", "2024-W12-3"),
    ("Өткен бейсенбіде жиналыс өтті.", "2024-03-14"),  # the nearest Thursday before the document's date
    ("Келесі сенбіде жәрмеңке болады.", "2024-03-16"),  # ... and the nearest Saturday after it
])
def test_analyze_with_the_document_date(text: str, value: str) -> None:
    dates = [q.value for q in taldau.analyze(text, reference_date="2024-03-15").quantities if q.kind == "date"]
    assert dates == [value]
    assert [q.value for q in taldau.analyze(text).quantities if q.kind == "date"] != [value]  # relative without it


def test_a_bad_reference_date_says_what_it_wants() -> None:
    with pytest.raises(ValueError, match="such as 2024-03-15"):
        taldau.analyze("Кеше.", reference_date="15.03.2024")


def test_both_ends_of_a_range_of_deictic_months_resolve() -> None:
    doc = taldau.analyze("Өткен жылдың қаңтарынан биылғы наурызға дейін баға өсті.", reference_date="2024-03-15")
    assert [q.value for q in doc.quantities] == [["2023-01", "2024-03"]]


def test_a_month_after_oetken_or_kelesi_resolves_to_that_years_month() -> None:
    doc = taldau.analyze("Өткен қазанда зауыт ашылды, келесі наурызда тағы бірі ашылады.", reference_date="2024-03-15")
    assert [q.value for q in doc.quantities if q.kind == "date"] == ["2023-10", "2025-03"]
    doc = taldau.analyze("Өткен қазанда зауыт ашылды, келесі наурызда тағы бірі ашылады.", reference_date="2024-12-01")
    assert [q.value for q in doc.quantities if q.kind == "date"] == ["2024-10", "2025-03"]  # the last October: this year's


@pytest.mark.parametrize("relative, on, resolved", [
    ("-PY-11/-PY-02", "2024-12-01", "2023-11/2024-02"),  # the last winter, not one ending after the document's date
    ("-PY-01/-PY-04", "2024-02-10", "2023-01/2023-04"),
    ("+PY-11/+PY-02", "2024-03-15", "2024-11/2025-02"),
])
def test_a_range_of_nearest_months_lies_wholly_before_or_after_the_date(relative: str, on: str, resolved: str) -> None:
    assert absolute(relative, as_date(on)) == resolved


@pytest.mark.parametrize("text, value", [
    ("2023 жылғы қараша – ақпан аралығында баға өсті.", "2023-11/2024-02"),  # across the new year
    ("Былтырғы қараша – ақпанда баға өсті.", "-P1Y-11/+P0Y-02"),
    ("2023 жылғы қаңтар – наурыз аралығында баға өсті.", "2023-01/2023-03"),
])
def test_a_month_range_crossing_the_new_year_ends_in_the_next_year(text: str, value: str) -> None:
    assert [q.value for q in taldau.analyze(text).quantities if q.kind == "date"] == [value]


def test_a_weekday_of_that_week_stays_unknown() -> None:
    """сол сенбіде "that Saturday" points back into the text, not to the document's date (the decoy)."""
    doc = taldau.analyze("Сол сенбіде жиналыс өтті.", reference_date="2024-03-15")
    assert [q.value for q in doc.quantities] == ["XXXX-WXX-6"]


def test_the_week_on_a_sunday_is_the_last_weekend() -> None:
    """өткен сенбі-жексенбі read on a Sunday is the weekend before, not yesterday and today."""
    assert absolute("-PW-6/-PW-7", date(2024, 3, 17)) == "2024-03-09/2024-03-10"
