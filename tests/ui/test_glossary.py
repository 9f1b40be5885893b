"""The glossary panel ("Begrippen") and linked_html, on the catalogue shipped with the app."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from nabestaanden.domain.catalogue import Catalogue, GlossaryTerm, Verification, plain_text
from nabestaanden.resources import default_catalogue
from nabestaanden.ui.glossary.models import TermIdRole
from nabestaanden.ui.glossary.panel import GlossaryPanel
from nabestaanden.ui.glossary.text import dutch_long_date, fold, linked_html, short_explanation

# The five ways of acting for someone that the glossary must tell apart.
ACTING_FOR_SOMEONE = (
    "digid",
    "digid_machtigen",
    "machtigingscode",
    "nabestaandenmachtiging",
    "volmacht",
)


@pytest.fixture
def catalogue() -> Catalogue:
    return default_catalogue()


@pytest.fixture
def panel(qtbot: QtBot, catalogue: Catalogue) -> GlossaryPanel:
    widget = GlossaryPanel(catalogue)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_ids(panel: GlossaryPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, 0).data(TermIdRole) for row in range(proxy.rowCount())]


def current_list_id(panel: GlossaryPanel) -> str | None:
    index = panel.list.currentIndex()
    return index.data(TermIdRole) if index.isValid() else None


def small_catalogue(*terms: GlossaryTerm) -> Catalogue:
    index = {name.casefold(): term.id for term in terms for name in (term.term, *term.aliases)}
    return Catalogue(
        themes={},
        tasks={},
        organisations={},
        glossary={term.id: term for term in terms},
        aow_table=(),
        _term_index=index,
    )


def make_term(term_id: str, term: str, nl: str, aliases: tuple[str, ...] = ()) -> GlossaryTerm:
    return GlossaryTerm(
        id=term_id,
        term=term,
        aliases=aliases,
        nl=nl,
        en_term=term,
        en="",
        see_also=(),
        sources=("https://example.org/bron",),
        peildatum=date(2026, 3, 15),
        verification=Verification(),
    )


# The list and the search ----------------------------------------------------------------


def test_lists_every_term_sorted(panel: GlossaryPanel, catalogue: Catalogue) -> None:
    assert panel.objectName() == "glossary_panel"
    assert panel.model.rowCount() == len(catalogue.glossary)
    assert panel.proxy.rowCount() == len(catalogue.glossary)
    shown = visible_ids(panel)
    assert sorted(shown) == sorted(catalogue.glossary)
    terms = [catalogue.glossary[term_id].term for term_id in shown]
    assert terms == sorted(terms, key=fold)


def test_widgets_have_names_for_tests_and_screen_readers(panel: GlossaryPanel) -> None:
    assert panel.search.objectName() == "glossary_search"
    assert panel.search.accessibleName() == "Zoek een begrip"
    assert panel.search.placeholderText() == "Zoek een begrip…"
    assert panel.search.isClearButtonEnabled()
    assert panel.list.objectName() == "glossary_list"
    assert panel.list.accessibleName() == "Begrippen"
    assert panel.text.objectName() == "glossary_text"
    assert not panel.text.openLinks()


def test_search_keeps_the_term_and_hides_unrelated_ones(qtbot: QtBot, panel: GlossaryPanel) -> None:
    qtbot.keyClicks(panel.search, "machtigingscode")
    shown = visible_ids(panel)
    assert "machtigingscode" in shown
    assert "erfbelasting" not in shown
    assert "aow" not in shown
    assert panel.current_term_id() == "machtigingscode"
    assert "machtigingscode" in panel.text.toPlainText()


def test_search_ignores_case_and_finds_aliases(qtbot: QtBot, panel: GlossaryPanel) -> None:
    qtbot.keyClicks(panel.search, "ERFENIS")
    # "erfenis" is an alias of nalatenschap: a fit on the name comes before the explanations
    assert visible_ids(panel)[0] == "nalatenschap"


@pytest.mark.parametrize(
    ("search", "term_id"),
    [
        ("executele", "verklaring_van_executele"),
        ("beneficiaire", "beneficiair_aanvaarden"),
        ("bénéficiaire", "beneficiair_aanvaarden"),
        ("power of attorney", "volmacht"),
        ("digid machtiging", "digid_machtigen"),
    ],
)
def test_search_finds(panel: GlossaryPanel, search: str, term_id: str) -> None:
    panel.search.setText(search)
    assert term_id in visible_ids(panel)


def test_search_ignores_accents_in_the_catalogue(
    qtbot: QtBot, panel: GlossaryPanel, catalogue: Catalogue
) -> None:
    def accented_words(term: GlossaryTerm) -> list[str]:
        words = " ".join((term.term, *term.aliases, term.en_term, plain_text(term.nl))).split()
        return [
            word.strip(".,:;()'\"")
            for word in words
            if any(unicodedata.combining(char) for char in unicodedata.normalize("NFD", word))
        ]

    # An accent in the term itself if the catalogue has one, else in an explanation.
    candidates = sorted(
        ((term, word) for term in catalogue.glossary.values() for word in accented_words(term)),
        key=lambda pair: pair[1] not in pair[0].term,
    )
    if not candidates:
        pytest.skip("no glossary text in the catalogue has an accented letter")
    term, word = candidates[0]
    typed = "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)
    )
    assert typed.isascii()
    assert typed != word
    qtbot.keyClicks(panel.search, typed)
    assert term.id in visible_ids(panel)


def test_no_result_says_so(panel: GlossaryPanel) -> None:
    panel.show_term("digid")
    panel.search.setText("xyzzy <b>")
    assert panel.proxy.rowCount() == 0
    assert panel.current_term_id() is None
    assert "Geen begrip gevonden voor ‘xyzzy <b>’." in panel.text.toPlainText()
    panel.search.clear()
    assert panel.proxy.rowCount() == panel.model.rowCount()
    assert panel.current_term_id() == "digid"  # the last term comes back


# One term --------------------------------------------------------------------------------


def test_show_term_shows_the_explanation_and_links(
    qtbot: QtBot, panel: GlossaryPanel, catalogue: Catalogue
) -> None:
    term = catalogue.glossary["digid"]
    with qtbot.waitSignal(panel.term_shown) as blocker:
        panel.show_term("digid")
    assert blocker.args == ["digid"]
    assert current_list_id(panel) == "digid"
    text = panel.text.toPlainText()
    assert term.term in text
    assert short_explanation(term) in text
    assert f"In het Engels: {term.en_term}" in text
    assert "Zie ook" in text
    assert dutch_long_date(term.peildatum) in text
    page = panel.text.toHtml()
    assert term.see_also
    for other_id in term.see_also:
        assert f'href="begrip:{other_id}"' in page
        assert catalogue.glossary[other_id].term in text
    for url in term.sources:
        assert url in text
    if not term.verification.to_verify:
        assert "Te controleren" not in text


def test_show_term_clears_a_search_that_hides_it(panel: GlossaryPanel) -> None:
    panel.search.setText("machtigingscode")
    assert "erfbelasting" not in visible_ids(panel)
    panel.show_term("erfbelasting")
    assert panel.search.text() == ""
    assert current_list_id(panel) == "erfbelasting"
    assert panel.current_term_id() == "erfbelasting"


def test_show_term_ignores_unknown_ids(panel: GlossaryPanel) -> None:
    panel.show_term("digid")
    panel.show_term("bestaat_niet")
    assert panel.current_term_id() == "digid"


def test_a_begrip_link_switches_to_that_term(qtbot: QtBot, panel: GlossaryPanel) -> None:
    panel.show_term("digid")
    with qtbot.waitSignal(panel.term_shown) as blocker:
        panel.text.anchorClicked.emit(QUrl("begrip:digid_machtigen"))
    assert blocker.args == ["digid_machtigen"]
    assert current_list_id(panel) == "digid_machtigen"
    panel.open_link(QUrl("begrip:machtigingscode"))
    assert panel.current_term_id() == "machtigingscode"
    assert current_list_id(panel) == "machtigingscode"


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_web_link_goes_to_the_users_browser(panel: GlossaryPanel, catalogue: Catalogue) -> None:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")  # type: ignore[arg-type]
    try:
        panel.show_term("digid")
        source = catalogue.glossary["digid"].sources[0]
        panel.text.anchorClicked.emit(QUrl(source))
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert [url.toString() for url in catcher.urls] == [source]
    assert panel.current_term_id() == "digid"


def test_a_term_to_verify_says_so(panel: GlossaryPanel, catalogue: Catalogue) -> None:
    to_verify = [term for term in catalogue.glossary.values() if term.verification.to_verify]
    if not to_verify:
        pytest.skip("no glossary term in the catalogue is marked to_verify")
    for term in to_verify:
        panel.show_term(term.id)
        text = panel.text.toPlainText()
        assert "Te controleren:" in text
        assert term.verification.note in text


def test_peildatum_in_dutch() -> None:
    assert dutch_long_date(date(2026, 3, 15)) == "15 maart 2026"


# Keyboard ----------------------------------------------------------------------------------


def _focus(qtbot: QtBot, panel: GlossaryPanel) -> None:
    panel.activateWindow()
    panel.search.setFocus()
    qtbot.waitUntil(panel.search.hasFocus)


def test_down_from_the_search_goes_into_the_list(qtbot: QtBot, panel: GlossaryPanel) -> None:
    _focus(qtbot, panel)
    qtbot.keyClicks(panel.search, "notaris")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.list.hasFocus()
    assert current_list_id(panel) == "notaris"
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)  # from the first row back to the search
    assert panel.search.hasFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""


def test_moving_in_the_list_and_enter_show_the_term(qtbot: QtBot, panel: GlossaryPanel) -> None:
    _focus(qtbot, panel)
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    first, second = visible_ids(panel)[:2]
    assert panel.current_term_id() == first
    with qtbot.waitSignal(panel.term_shown) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert blocker.args == [second]
    # Enter shows the current row even when moving there showed nothing (signals blocked).
    selection = panel.list.selectionModel()
    selection.blockSignals(True)
    panel.list.setCurrentIndex(panel.proxy.index(5, 0))
    selection.blockSignals(False)
    assert panel.current_term_id() == second
    with qtbot.waitSignal(panel.term_shown) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args == [visible_ids(panel)[5]]


def test_tab_order_is_search_list_text(qtbot: QtBot, panel: GlossaryPanel) -> None:
    _focus(qtbot, panel)
    qtbot.keyClick(panel.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.list
    qtbot.keyClick(panel.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.text


# The models ----------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, panel: GlossaryPanel) -> None:
    qtmodeltester.check(panel.model)
    panel.search.setText("erfenis")
    qtmodeltester.check(panel.proxy)


# linked_html -----------------------------------------------------------------------------


def test_linked_html_escapes_and_links(catalogue: Catalogue) -> None:
    assert catalogue.find_term("verklaring van erfrecht") is not None
    assert "erfgenaam" in catalogue.glossary
    result = linked_html(
        "Kosten < 100 & meer: [[verklaring van erfrecht]], [[erfgenamen|erfgenaam]]"
        " en [[geen begrip]].",
        catalogue,
    )
    assert result.startswith("<p>Kosten &lt; 100 &amp; meer: ")
    assert '<a href="begrip:verklaring_van_erfrecht" title="' in result
    assert '<a href="begrip:erfgenaam" title="' in result
    assert ">erfgenamen</a>" in result
    assert " en geen begrip.</p>" in result
    assert "[[" not in result
    assert "begrip:geen" not in result


def test_linked_html_titles_and_paragraphs() -> None:
    catalogue = small_catalogue(
        make_term("kort", "kort", 'Een "korte" uitleg <b>. Tweede zin.', aliases=("korte",)),
        make_term("lang", "lang", "Zie ook [[korte|kort]]."),
    )
    result = linked_html("Eerste & [[kort]].\n\nTweede\nregel.\n\n\n", catalogue)
    assert result == (
        '<p>Eerste &amp; <a href="begrip:kort"'
        ' title="Een &quot;korte&quot; uitleg &lt;b&gt;.">kort</a>.</p>'
        "<p>Tweede<br>regel.</p>"
    )
    # A mark inside a glossary text is linked too, and left out of the tooltip.
    assert short_explanation(catalogue.glossary["lang"]) == "Zie ook korte."
    assert linked_html("", catalogue) == ""
    assert linked_html("[[onbekend|bestaat_niet]]", catalogue) == "<p>onbekend</p>"


def test_glossary_texts_with_marks_are_linked_in_the_panel(qtbot: QtBot) -> None:
    catalogue = small_catalogue(
        make_term("kort", "kort", "Korte uitleg."),
        make_term("lang", "lang", "Zie ook [[korte|kort]]."),
    )
    panel = GlossaryPanel(catalogue)
    qtbot.addWidget(panel)
    panel.show_term("lang")
    assert 'href="begrip:kort"' in panel.text.toHtml()
    assert "[[" not in panel.text.toPlainText()
    panel.search.setText("korte")  # the explanation is searched without its marks
    assert "lang" in [
        panel.proxy.index(row, 0).data(TermIdRole) for row in range(panel.proxy.rowCount())
    ]


# What the catalogue promises -------------------------------------------------------------


@pytest.mark.parametrize(
    "term_id",
    ACTING_FOR_SOMEONE,
)
def test_acting_for_someone_terms_explain_the_difference(
    catalogue: Catalogue, term_id: str
) -> None:
    """DigiD, DigiD Machtigen, machtigingscode, nabestaandenmachtiging and volmacht:
    each one's Dutch text names at least one of the other four (term or alias)."""
    for known in ACTING_FOR_SOMEONE:
        assert known in catalogue.glossary
    text = f" {fold(plain_text(catalogue.glossary[term_id].nl))} "
    others = [catalogue.glossary[other] for other in ACTING_FOR_SOMEONE if other != term_id]
    mentioned = [
        other.id
        for other in others
        if any(f" {fold(name)} " in text for name in (other.term, *other.aliases))
    ]
    assert mentioned, f"{term_id}: names none of {[other.id for other in others]}"
