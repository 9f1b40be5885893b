"""Deadlines and the Dutch sentence that explains each one."""

from __future__ import annotations

from datetime import date

from nabestaanden.domain.conditions import NO, YES, Outcome
from nabestaanden.domain.deadlines import compute_available_from, compute_deadline
from nabestaanden.resources import default_catalogue

CATALOGUE = default_catalogue()


def deadline_of(task_id: str, died: date | None, **facts: Outcome) -> tuple[date | None, str, bool]:
    def fact(name: str) -> Outcome:
        return facts.get(name, NO if name == "lived_abroad" else YES)

    result = compute_deadline(CATALOGUE.tasks[task_id], died, fact, CATALOGUE)
    return result.day, result.explanation, result.verification.to_verify


def test_erfbelasting_is_8_months_for_deaths_before_2026() -> None:
    day, text, to_verify = deadline_of("erfbelasting_aangifte", date(2025, 12, 31))
    assert day == date(2026, 8, 31)
    assert text.startswith("8 maanden na de datum van overlijden (31 december 2025): 31 augustus")
    assert not to_verify


def test_erfbelasting_is_20_months_from_2026_and_marked_to_verify() -> None:
    day, text, to_verify = deadline_of("erfbelasting_aangifte", date(2026, 1, 1))
    assert day == date(2027, 9, 1)
    assert "20 maanden" in text
    assert to_verify


def test_a_shorter_month_gives_its_last_day_and_says_so() -> None:
    day, text, _ = deadline_of("erfbelasting_aangifte", date(2026, 8, 31))
    assert day == date(2028, 4, 30)
    assert "Die maand heeft geen 31e dag; dan geldt de laatste dag van de maand." in text


def test_the_lease_ends_at_the_end_of_the_second_month_when_nobody_stays() -> None:
    day, text, _ = deadline_of(
        "huurwoning", date(2026, 3, 15), partner_married=NO, partner_cohabiting=NO
    )
    assert day == date(2026, 5, 31)
    assert text.startswith("Het einde van de 2e maand na de maand van overlijden (maart 2026)")


def test_fixed_dates_in_the_year_after_death() -> None:
    day, text, to_verify = deadline_of("ib_aangifte_f", date(2026, 12, 30))
    assert day == date(2027, 5, 1)
    assert text.startswith("1 mei van het jaar na het overlijden (overleden in 2026): 1 mei 2027.")
    assert to_verify
    # The machtiging itself can be asked for at once; only the online return waits for 1 March.
    task = CATALOGUE.tasks["nabestaandenmachtiging_aanvragen"]
    assert compute_available_from(task, date(2026, 12, 30)) is None
    assert "meteen" in task.what_to_do
    assert "online pas vanaf 1 maart" in task.deadline[-1].note


def test_the_voorlopige_aanslag_keeps_the_8_months_until_the_20_months_are_confirmed() -> None:
    # Belastingrente starts after 8 months; the 20 months for deaths from 2026 are unconfirmed,
    # so the app advises the earlier date and marks it.
    day, text, to_verify = deadline_of("erfbelasting_voorlopige_aanslag", date(2025, 3, 15))
    assert day == date(2025, 11, 15)
    assert not to_verify
    day, text, to_verify = deadline_of("erfbelasting_voorlopige_aanslag", date(2026, 3, 15))
    assert day == date(2026, 11, 15)
    assert "20 maanden" in text
    assert to_verify


def test_the_aangifte_deadline_names_the_weekday_and_skipped_holidays() -> None:
    day, text, _ = deadline_of("aangifte_overlijden", date(2026, 4, 30))
    assert day == date(2026, 5, 11)  # Fri 1, Mon 4, (Tue 5 holiday), Wed 6 … Mon 11 May
    assert "maandag 11 mei 2026" in text
    assert "Bevrijdingsdag (5 mei 2026)" in text


def test_an_unknown_condition_picks_the_stricter_rule_and_names_the_question() -> None:
    from nabestaanden.domain.conditions import unknown

    day, text, _ = deadline_of(
        "erfenis_keuze", date(2026, 3, 15), child_under_18=unknown("Wat zijn de geboortedata?")
    )
    assert day == date(2026, 6, 15)
    assert text.endswith("Dit hangt nog af van uw antwoord op: Wat zijn de geboortedata?")
    assert deadline_of("erfenis_keuze", date(2026, 3, 15), child_under_18=Outcome(False))[0] is None


def test_without_a_date_of_death_the_deadline_says_what_to_fill_in() -> None:
    day, text, _ = deadline_of("ib_aangifte_f", None)
    assert day is None
    assert "Vul de datum van overlijden in" in text


def test_a_deadline_on_a_weekend_or_holiday_says_to_be_early() -> None:
    day, text, _ = deadline_of("erfbelasting_aangifte", date(2025, 4, 25))
    assert day == date(2025, 12, 25)
    assert text.endswith(
        "Let op: dat is Eerste Kerstdag, een feestdag. Zorg dat het vóór die dag geregeld is."
    )
    day, text, _ = deadline_of("ib_aangifte_f", date(2026, 6, 1))
    assert day == date(2027, 5, 1)  # a Saturday
    assert "Let op: dat is een zaterdag." in text
    _, text, _ = deadline_of("erfbelasting_aangifte", date(2026, 3, 16))  # Monday 16 Nov 2027
    assert "Let op" not in text


def test_a_spouse_keeps_renting_and_a_cohabitant_must_act_within_6_months() -> None:
    # Art. 7:268 BW: a spouse continues the lease (lid 1); a cohabitant for 6 months, after
    # that only with the landlord's consent or a claim filed within those months (lid 2).
    day, text, to_verify = deadline_of("huurwoning", date(2026, 3, 15), partner_cohabiting=NO)
    assert day is None
    assert text.startswith("Woont u als echtgenoot of geregistreerd partner in de woning?")
    assert not to_verify
    day, text, _ = deadline_of("huurwoning", date(2026, 3, 15), partner_married=NO)
    assert day == date(2026, 9, 15)
    assert "kantonrechter" in text and "schriftelijke toestemming" in text
    # Nobody continues the lease: it ends at the end of the 2nd month after the month of death.
    day, _, _ = deadline_of(
        "huurwoning", date(2026, 3, 15), partner_married=NO, partner_cohabiting=NO
    )
    assert day == date(2026, 5, 31)
