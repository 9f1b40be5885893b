"""The shipped catalogue, and what the loader refuses (the schema test on every run)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from nabestaanden.domain.catalogue import DATED_RULES, MAX_QUOTE, THEMES, CatalogueError, term_marks
from nabestaanden.domain.catalogue_checks import find_cycle
from nabestaanden.domain.catalogue_loading import load_catalogue
from nabestaanden.resources import default_catalogue, resource_dir

# The minimum set of tasks in section 3 of the shared domain facts, under these ids.
REQUIRED_TASKS = (
    "aangifte_overlijden",
    "akte_uittreksels",
    "testament_zoeken",
    "contactpersoon_belastingdienst",
    "erfenis_keuze",
    "verklaring_van_erfrecht",
    "banken_melden",
    "aow_controleren",
    "anw_aanvragen",
    "wezenuitkering_aanvragen",
    "uwv_overlijdensuitkering",
    "pensioen_nabestaanden",
    "pensioen_samenwoner_melden",
    "toeslagen_inkomen_doorgeven",
    "toeslagen_10procentregeling",
    "toeslagen_definitieve_berekening",
    "nabestaandenmachtiging_aanvragen",
    "ib_aangifte_f",
    "erfbelasting_aangifte",
    "erfbelasting_voorlopige_aanslag",
    "zorgverzekering_controleren",
    "huurwoning",
    "duo_controleren",
    "onderneming_afwikkelen",
)
# Added by issue 14: gaps that cost families money.
GAP_TASKS = (
    "verzekeringen_nagaan",
    "werkgever_melden",
    "anw_overlijdensuitkering",
    "toeslagen_proefberekening",
    "toeslagen_herstel_nabestaanden",
    "ib_aangifte_partner",
    "auto_overschrijven",
)
# Section 4 of the shared domain facts: the glossary's minimum, as written there.
REQUIRED_TERMS = (
    "DigiD",
    "DigiD Machtigen",
    "machtigingscode",
    "gemachtigde",
    "nabestaandenmachtiging",
    "eHerkenning",
    "volmacht",
    "levenstestament",
    "boedelvolmacht",
    "MijnOverheid",
    "Berichtenbox",
    "BRP",
    "akte van overlijden",
    "bewindvoerder",
    "curator",
    "executeur",
    "erfgenaam",
    "erflater",
    "verklaring van erfrecht",
    "verklaring van executele",
    "CTR",
    "zuiver aanvaarden",
    "beneficiair aanvaarden",
    "verwerpen",
    "F-biljet",
    "aangifteformulier F",
    "voorlopige aanslag",
    "belastingrente",
    "toeslagpartner",
    "definitieve berekening",
    "10%-regeling",
    "Anw",
    "overlijdensuitkering",
    "partnerpensioen",
    "bijzonder partnerpensioen",
    "wezenpensioen",
    "UPO",
)


def test_the_tasks_for_the_gaps_of_issue_14_exist() -> None:
    tasks = default_catalogue().tasks
    assert [task_id for task_id in GAP_TASKS if task_id not in tasks] == []


def test_every_task_and_dated_rule_carries_a_quote_from_its_own_sources() -> None:
    for task in default_catalogue().tasks.values():
        assert task.evidence, task.id
        for item in task.evidence:
            assert item.source in task.sources and item.quote, task.id
        for rule in task.deadline:
            if rule.rule in DATED_RULES:
                assert rule.evidence is not None and rule.evidence.source in task.sources, task.id


def test_every_task_of_the_minimum_set_exists_under_its_id() -> None:
    missing = set(REQUIRED_TASKS) - set(default_catalogue().tasks)
    assert not missing


def test_every_task_and_organisation_has_sources_and_a_peildatum() -> None:
    catalogue = default_catalogue()
    entries = [*catalogue.tasks.values(), *catalogue.organisations.values()]
    for entry in entries:
        assert entry.sources, entry.id
        assert all(source.startswith("https://") for source in entry.sources), entry.id
        assert entry.peildatum.year >= 2024, entry.id
    for term in catalogue.glossary.values():
        assert term.sources and term.peildatum.year >= 2024, term.id
    for row in catalogue.aow_table:
        assert row.source.startswith("https://") and row.peildatum.year >= 2024


def test_every_glossary_term_of_the_facts_is_explained_in_dutch_and_english() -> None:
    catalogue = default_catalogue()
    for name in REQUIRED_TERMS:
        term = catalogue.find_term(name)
        assert term is not None, name
        assert term.nl and term.en and term.en_term


def test_every_term_marked_in_a_task_text_exists_in_the_glossary() -> None:
    catalogue = default_catalogue()
    marked = 0
    for task in catalogue.tasks.values():
        for text in task.texts():
            for shown, term_id in term_marks(text):
                marked += 1
                found = catalogue.glossary.get(term_id) if term_id else catalogue.find_term(shown)
                assert found is not None, (task.id, shown)
    assert marked > 30


def test_tasks_use_the_themes_of_the_issue_and_known_organisations() -> None:
    catalogue = default_catalogue()
    assert set(catalogue.themes) == set(THEMES)
    for task in catalogue.tasks.values():
        assert task.organisation in catalogue.organisations


def test_the_prerequisites_form_no_cycle() -> None:
    assert find_cycle(default_catalogue()) == []


def test_the_erfbelasting_term_depends_on_the_date_of_death_and_is_marked_to_verify() -> None:
    rules = default_catalogue().tasks["erfbelasting_aangifte"].deadline
    by_regime = {(rule.died_before, rule.died_on_or_after): rule for rule in rules}
    assert [(rule.count, rule.verification.to_verify) for rule in by_regime.values()] == [
        (8, False),
        (20, True),
    ]


def test_the_aow_table_has_a_row_per_year_with_2028_at_67_and_3_months() -> None:
    table = {row.year: row for row in default_catalogue().aow_table}
    assert (table[2026].years, table[2026].months) == (67, 0)
    assert (table[2028].years, table[2028].months) == (67, 3)
    assert table[2029].to_verify and table[2030].to_verify
    assert (table[2031].years, table[2031].months) == (67, 3)


# --- the loader refuses broken catalogues, naming the file and the key ---------------


@pytest.fixture
def editable_catalogue(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(resource_dir() / "catalogue", folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_pattern(folder: Path, name: str, pattern: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, new, text, count=1, flags=re.MULTILINE)
    assert count == 1, pattern
    path.write_text(changed, encoding="utf-8")


# The funeral rule of the first task: 6 working days, with its quote.
WORKING_DAYS_QUOTE = (
    r'(\{ rule = "working_days", count = 6, [^\n]*?evidence = \{ source = ")([^"]*)'
    r'(", quote = ")([^"]*)(" \})'
)


def problems(folder: Path) -> list[str]:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(folder)
    return caught.value.problems


def test_a_cycle_of_prerequisites_is_refused_and_shown(editable_catalogue: Path) -> None:
    edit(
        editable_catalogue,
        "tasks.toml",
        'organisation = "notaris"\napplies_when = "always"\ninformed_automatically = false\nwhy',
        'organisation = "notaris"\napplies_when = "always"\ninformed_automatically = false\n'
        'depends_on = ["erfenis_keuze"]\nwhy',
    )
    found = problems(editable_catalogue)
    assert any("kring" in problem and "testament_zoeken" in problem for problem in found)


def test_typos_unknown_facts_and_missing_sources_are_each_reported(
    editable_catalogue: Path,
) -> None:
    edit(editable_catalogue, "tasks.toml", 'applies_when = "income_aow"', 'applies_when = "aow"')
    edit(editable_catalogue, "tasks.toml", 'theme = "overig"', 'thema = "overig"')
    edit(
        editable_catalogue,
        "organisations.toml",
        'sources = ["https://www.uitvaart.nl/infotheek/huis-inboedel-auto/huis/huurwoning-na-overlijden"]',
        "sources = []",
    )
    found = problems(editable_catalogue)
    assert any(
        "task.aow_controleren.applies_when" in p and "onbekend feit 'aow'" in p for p in found
    )
    assert any(re.search(r"task\.\w+\.thema: onbekende sleutel", p) for p in found)
    assert any("organisation.verhuurder.sources" in p for p in found)


def test_an_unknown_glossary_mark_is_refused(editable_catalogue: Path) -> None:
    edit(editable_catalogue, "tasks.toml", "[[CTR]]", "[[Testamentenregister]]")
    found = problems(editable_catalogue)
    assert any("[[Testamentenregister]]" in problem for problem in found)


def test_a_confirmed_fact_cannot_carry_a_verify_note_and_vice_versa(
    editable_catalogue: Path,
) -> None:
    edit(
        editable_catalogue,
        "tasks.toml",
        'to_verify = true, verify_note = "Dat de brief',
        'to_verify = true, verify_note = "", extra = "Dat de brief',
    )
    found = problems(editable_catalogue)
    assert any("verify_note: zeg wat er nog te controleren is" in problem for problem in found)
    assert any("extra: onbekende sleutel" in problem for problem in found)


def test_a_deadline_rule_with_missing_parts_is_refused(editable_catalogue: Path) -> None:
    edit(
        editable_catalogue,
        "tasks.toml",
        '{ rule = "end_of_month", count = 2,',
        '{ rule = "end_of_month",',
    )
    found = problems(editable_catalogue)
    assert any("count: ontbreekt bij regel 'end_of_month'" in problem for problem in found)


def test_every_glossary_term_in_a_task_is_marked_at_least_once_in_that_task() -> None:
    catalogue = default_catalogue()
    names = sorted(
        (
            (name, term.id)
            for term in catalogue.glossary.values()
            for name in (term.term, *term.aliases)
        ),
        key=lambda pair: -len(pair[0]),
    )
    unmarked: list[tuple[str, str]] = []
    for task in catalogue.tasks.values():
        text = " ".join(task.texts())
        marked = {
            term_id or getattr(catalogue.find_term(shown), "id", "")
            for shown, term_id in term_marks(text)
        }
        plain = re.sub(r"\[\[[^\]]*\]\]", " ", text)
        for name, term_id in names:
            pattern = r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"
            if term_id not in marked and re.search(pattern, plain, re.IGNORECASE):
                unmarked.append((task.id, name))
    assert unmarked == []


def test_a_dated_rule_without_its_quote_is_refused(editable_catalogue: Path) -> None:
    edit_pattern(
        editable_catalogue,
        "tasks.toml",
        r'(\{ rule = "working_days", count = 6, [^\n]*?), evidence = \{[^}]*\} \}',
        r"\1 }",
    )
    found = problems(editable_catalogue)
    assert any(
        "task.aangifte_overlijden.deadline" in p and "evidence: ontbreekt" in p for p in found
    )


def test_a_quote_from_a_page_not_among_the_sources_is_refused(editable_catalogue: Path) -> None:
    edit_pattern(
        editable_catalogue,
        "tasks.toml",
        WORKING_DAYS_QUOTE,
        r"\1https://www.example.org/elders\3\4\5",
    )
    found = problems(editable_catalogue)
    assert any(
        "https://www.example.org/elders' staat niet bij de bronnen" in problem for problem in found
    )


def test_a_quote_longer_than_two_sentences_is_refused(editable_catalogue: Path) -> None:
    long_quote = "Dit is een zin die te vaak is herhaald. " * (MAX_QUOTE // 30)
    edit_pattern(editable_catalogue, "tasks.toml", WORKING_DAYS_QUOTE, rf"\1\2\3{long_quote}\5")
    found = problems(editable_catalogue)
    assert any("te lang" in problem and "één of twee zinnen" in problem for problem in found)


def test_a_task_without_any_quote_is_refused(editable_catalogue: Path) -> None:
    edit_pattern(
        editable_catalogue,
        "tasks.toml",
        r"(\[task\.testament_zoeken\](?:\n(?!\[).*)*?)\nevidence = \[\n(?:.*\n)*?\]",
        r"\1",
    )
    found = problems(editable_catalogue)
    assert any("task.testament_zoeken.evidence: ontbreekt" in problem for problem in found)


def test_an_address_quote_must_name_the_postcode(editable_catalogue: Path) -> None:
    edit(editable_catalogue, "organisations.toml", "Postbus 4510 6401 JA HEERLEN", "Postbus 4510")
    found = problems(editable_catalogue)
    assert any(
        "organisation.toeslagen.address.quote" in p and "noemt de postcode 6401 JA niet" in p
        for p in found
    )


def test_an_address_without_a_quote_must_be_marked_to_verify(editable_catalogue: Path) -> None:
    edit_pattern(
        editable_catalogue,
        "organisations.toml",
        r'^quote = "Gebruik voor het verzoek het formulier[^\n]*\n',
        "",
    )
    found = problems(editable_catalogue)
    assert any("organisation.toeslagen.address.quote: ontbreekt" in p for p in found)


def test_an_organisation_or_a_term_without_any_quote_is_refused(editable_catalogue: Path) -> None:
    for name, entry in (
        ("organisations.toml", "organisation.gemeente"),
        ("glossary.toml", "term.digid"),
    ):
        edit_pattern(
            editable_catalogue,
            name,
            rf"(\[{re.escape(entry)}\](?:\n(?!\[).*)*?)\nevidence = \[\n(?:.*\n)*?\]",
            r"\1",
        )
    found = problems(editable_catalogue)
    assert any("organisation.gemeente.evidence: ontbreekt" in problem for problem in found)
    assert any("term.digid.evidence: ontbreekt" in problem for problem in found)
