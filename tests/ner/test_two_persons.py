"""Two persons named side by side, the subject and the possessor after it, read as one name: the document tells them
apart by the other person's full name (sentences written for these tests)."""
import taldau


def persons(text: str) -> list[str]:
    return [e.text for e in taldau.analyze(text).entities if e.label == "PERSON"]


def test_a_given_name_after_a_full_name_is_another_person():
    text = ("Шоқан Уәлиханов Омбыда оқыды. Кейін Әлкей Марғұлан Шоқанның еңбектерін жинады. "
            "Марғұлан Шоқан мұрасын қорғады.")
    assert persons(text) == ["Шоқан Уәлиханов", "Әлкей Марғұлан", "Шоқанның", "Марғұлан", "Шоқан"]


def test_a_surname_written_first_stays_one_name():
    # the same person with the surname first; and a name no other person of the text begins with
    assert persons("Шоқан Уәлиханов Омбыда оқыды. Уәлиханов Шоқан Петербургке барды.") == [
        "Шоқан Уәлиханов", "Уәлиханов Шоқан"]
    assert persons("Әлкей Марғұлан Шоқанның еңбектерін жинады.") == ["Әлкей Марғұлан Шоқанның"]
