"""One open dossier against a real store: plan, progress, letters, print, files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from nabestaanden.store import dossiers as dossier_store
from nabestaanden.store import letters as letter_store
from nabestaanden.store import mandates as mandate_store
from nabestaanden.store import mapping, models
from nabestaanden.store import persons as person_store
from nabestaanden.store.opening import OpenStore
from nabestaanden.ui.dossier.page import DossierPage
from nabestaanden.ui.letters.printing import print_pdf
from tests.support.pdf import read_pdf
from tests.support.stores import NOW


def pdf_text(data: bytes) -> str:
    return read_pdf(data).text if data else ""


def wait_idle(qtbot: QtBot, page: DossierPage) -> None:
    qtbot.waitUntil(lambda: not page.worker.busy(), timeout=10000)


def register(store: OpenStore, page: DossierPage) -> list[models.Letter]:
    assert page.dossier_id is not None
    with store.session() as session:
        return list(dossier_store.get_dossier(session, page.dossier_id).letters)


def make_first_letter(qtbot: QtBot, page: DossierPage) -> int:
    key = page.letters.current_offer_key()
    assert key is not None
    page.letters.make_button.click()
    qtbot.waitUntil(lambda: page.letters.shown_letter is not None, timeout=10000)
    wait_idle(qtbot, page)
    assert page.letters.shown_letter is not None
    return page.letters.shown_letter


def test_the_plan_and_the_letters_of_the_dossier_are_shown(page: DossierPage) -> None:
    assert page.state is not None
    assert page.dashboard.model.rowCount() > 0
    assert page.letters.offers.rowCount() == len(page.state.offers) > 0
    assert "Johanna" in page.heading.text()


def test_a_task_marked_done_is_stored_and_moves_the_next_deadline(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    [before] = store.summaries()
    assert before.next_deadline_task
    page.dashboard.select_task(before.next_deadline_task)
    page.dashboard.detail.status.setCurrentIndex(page.dashboard.detail.status.findData("done"))
    wait_idle(qtbot, page)
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, before.id))
    assert data.tasks[before.next_deadline_task].status == "done"
    [after] = store.summaries()
    assert after.next_deadline_task != before.next_deadline_task
    assert page.dashboard.detail.task_id == before.next_deadline_task  # still shown


def test_a_letter_is_made_registered_once_and_previewed(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    letter_id = make_first_letter(qtbot, page)
    assert page.letters.document.status() == QPdfDocument.Status.Ready
    assert page.letters.document.pageCount() >= 1
    assert "Johanna Maria van der Berg" in pdf_text(page.letters.pdf)
    assert [row.id for row in register(store, page)] == [letter_id]
    assert page.letters.register.rowCount() == 1
    make_first_letter(qtbot, page)  # the same letter again: its draft, not a new entry
    assert len(register(store, page)) == 1


def test_an_edited_body_is_stored_and_printed(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    letter_id = make_first_letter(qtbot, page)
    page.letters.select_letter(letter_id)
    page.letters.edit_button.click()
    wait_idle(qtbot, page)
    dialog = next(
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.objectName() == "letter_body_dialog" and widget.isVisible()
    )
    dialog.editor.setPlainText("Hierbij meld ik het overlijden van mijn moeder.\n\nMet dank.")  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "mijn moeder" in pdf_text(page.letters.pdf), timeout=10000)
    [row] = register(store, page)
    assert "mijn moeder" in letter_store.letter_content(row).body_text


def test_a_letter_prints_to_a_pdf_file_through_the_print_dialog(
    qtbot: QtBot, page: DossierPage, tmp_path: Path
) -> None:
    letter_id = make_first_letter(qtbot, page)
    page.letters.select_letter(letter_id)
    page.letters.print_button.click()
    dialog = next(
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QPrintDialog)
    )
    target = tmp_path / "afgedrukt.pdf"
    # No printer here: the dialog's own "Print to File (PDF)", as a user would choose it.
    qtbot.waitUntil(dialog.isVisible)
    printers = dialog.findChild(QComboBox, "printers")
    to_file = QCoreApplication.translate("QPrintDialog", "Print to File (PDF)")
    printers.setCurrentIndex(printers.findText(to_file))
    assert printers.currentIndex() >= 0
    name = dialog.findChild(QLineEdit, "filename")
    qtbot.waitUntil(lambda: name.isEnabled() and bool(name.text()))  # its default is set
    name.setText(str(target))
    with qtbot.waitSignal(page.message, timeout=10000, check_params_cb=printed_message):
        dialog.accept()
    printed = QPdfDocument()
    printed.load(str(target))
    assert printed.pageCount() == page.letters.document.pageCount()


def test_print_pdf_fills_the_page(tmp_path: Path, page: DossierPage, qtbot: QtBot) -> None:
    make_first_letter(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "brief.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf(page.letters.pdf, printer) >= 1
    assert target.stat().st_size > 10_000  # an A4 page at printing resolution, not empty


def test_sent_and_answered_are_recorded_in_the_register(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    letter_id = make_first_letter(qtbot, page)
    page.letters.select_letter(letter_id)
    assert not page.letters.answered_button.isEnabled()
    page.letters.sent_button.click()
    wait_idle(qtbot, page)
    [row] = register(store, page)
    assert row.sent_on == date.today()
    page.letters.select_letter(letter_id)
    assert page.letters.answered_button.isEnabled()
    assert not page.letters.edit_button.isEnabled()  # a sent letter is not edited
    page.letters.answered_button.click()
    wait_idle(qtbot, page)
    [row] = register(store, page)
    assert row.answer_received_on == date.today()


def test_saving_a_letter_writes_the_pdf_where_the_user_chose(
    qtbot: QtBot, page: DossierPage, tmp_path: Path
) -> None:
    letter_id = make_first_letter(qtbot, page)
    page.letters.select_letter(letter_id)
    page.letters.save_button.click()
    dialog = next(
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QFileDialog) and widget.objectName() == "save_letter_dialog"
    )
    target = tmp_path / "mijn brief.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert target.read_bytes() == page.letters.pdf


def test_the_save_dialog_starts_in_documents_names_the_letter_and_remembers_the_folder(
    qtbot: QtBot, page: DossierPage, tmp_path: Path
) -> None:
    import platformdirs

    from nabestaanden.ui.file_places import FilePlaces

    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    page.places = FilePlaces(settings)
    documents = Path(platformdirs.user_documents_dir())
    documents.mkdir(parents=True, exist_ok=True)

    def save_dialog() -> QFileDialog:
        page.letters.save_button.click()
        return next(
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QFileDialog)
            and widget.objectName() == "save_letter_dialog"
            and widget.isVisible()
        )

    letter_id = make_first_letter(qtbot, page)
    page.letters.select_letter(letter_id)
    dialog = save_dialog()
    assert Path(dialog.directory().absolutePath()) == documents  # not the program's folder
    assert page.state is not None
    record = next(r for r in page.state.records if r.letter_id == letter_id)
    proposed = Path(dialog.selectedFiles()[0]).name
    assert proposed.endswith(".pdf") and proposed != f"brief-{letter_id}.pdf"
    assert record.recipient.split()[0].casefold() in proposed  # by the organisation
    elsewhere = tmp_path / "post"
    elsewhere.mkdir()
    dialog.selectFile(str(elsewhere / "eerste.pdf"))
    dialog.accept()
    qtbot.waitUntil((elsewhere / "eerste.pdf").exists, timeout=10000)
    again = save_dialog()
    assert Path(again.directory().absolutePath()) == elsewhere  # the folder of last time
    again.reject()


def test_a_letter_made_before_the_name_changed_says_it_is_out_of_date(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from PySide6.QtCore import Qt

    from nabestaanden.domain.dossier import CONTACT
    from nabestaanden.operations import dossiers as dossier_actions
    from nabestaanden.resources import default_catalogue

    letter_id = make_first_letter(qtbot, page)
    dossier_actions.set_person_field(
        store, default_catalogue(), page.dossier_id or 0, CONTACT, "surname", "Jansen"
    )
    page.reload()
    register = page.letters.register

    def status() -> str:
        row = register.row_of(letter_id)
        return "" if row is None else str(register.index(row, register.SENT).data())

    qtbot.waitUntil(lambda: status() == "concept, verouderd", timeout=10000)
    row = register.row_of(letter_id) or 0
    tip = register.index(row, register.SENT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Maak de brief opnieuw" in tip


def test_all_letters_are_written_with_progress(
    qtbot: QtBot, page: DossierPage, tmp_path: Path, store: OpenStore
) -> None:
    folder = tmp_path / "brieven"
    page.write_all_letters(folder)
    wait_idle(qtbot, page)
    names = sorted(path.name for path in folder.iterdir())
    assert {"overzicht.pdf", "termijnen.pdf", "contacten.pdf"} <= set(names)
    assert not [name for name in names if name.endswith(".partial")]
    letters = [name for name in names if name[:2].isdigit()]
    assert len(letters) == len(register(store, page)) > 0


def test_a_cancelled_batch_leaves_no_half_written_file(
    qtbot: QtBot, page: DossierPage, tmp_path: Path
) -> None:
    folder = tmp_path / "brieven"
    page.write_all_letters(folder)
    stop = page.progress_dialog.findChild(QPushButton)
    assert stop is not None and stop.text() == "Stoppen"
    stop.click()  # as the user does: the worker stops before the next file
    wait_idle(qtbot, page)
    written = list(folder.iterdir()) if folder.exists() else []
    assert not [path for path in written if path.name.endswith(".partial")]
    for path in written:
        assert path.read_bytes().startswith(b"%PDF") and path.read_bytes().rstrip().endswith(
            b"%%EOF"
        )
    assert page.state is not None
    assert len(written) < len(page.state.offers) + 3  # stopped before the end
    assert page.letters.isEnabled()  # the view is usable again


def test_the_deadlines_go_to_a_calendar_file(
    qtbot: QtBot, page: DossierPage, tmp_path: Path
) -> None:
    target = tmp_path / "termijnen.ics"
    page.write_calendar(target)
    wait_idle(qtbot, page)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VALARM" in text
    # A calendar may end up in the cloud: never the deceased's name; without a name
    # given to the dossier, no name at all (not "(dossier 1)").
    assert "Johanna" not in text and "Berg" not in text
    assert "(dossier" not in text
    assert "SUMMARY:Uiterlijk: " in text


def test_a_note_typed_in_bursts_is_kept_as_typed(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from tests.support.window import key_clicks

    assert page.state is not None
    item = page.state.plan.items[0]
    page.dashboard.select_task(item.id)
    note = page.dashboard.detail.note
    page.window().activateWindow()
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    for burst in ("Gebeld met ", "de bank, ", "zij sturen een formulier."):
        key_clicks(qtbot, note, burst)
        qtbot.wait(800)  # a pause: the note is saved and the plan reloaded
        wait_idle(qtbot, page)
    assert note.toPlainText() == "Gebeld met de bank, zij sturen een formulier."
    page.dashboard.detail.flush()
    wait_idle(qtbot, page)
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, item_dossier(page)))
    assert data.tasks[item.id].note == "Gebeld met de bank, zij sturen een formulier."


def item_dossier(page: DossierPage) -> int:
    assert page.dossier_id is not None
    return page.dossier_id


def test_questions_opened_while_another_dossier_loads_belong_to_that_dossier(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    first = item_dossier(page)
    with store.session() as session:
        other = dossier_store.create_dossier(session, NOW)
        session.commit()
        second = other.id
        person_store.set_person_field(session, second, "deceased", "surname", "Bakker", NOW)
        session.commit()
    page.open(store, second)
    page.open_intake()  # asked before the second dossier has loaded
    qtbot.waitUntil(lambda: page.wizard is not None, timeout=10000)
    assert page.wizard is not None
    assert page.wizard.deceased_page.surname.text() == "Bakker"
    page.wizard.reject()
    wait_idle(qtbot, page)
    with store.session() as session:
        names = {
            dossier_id: mapping.to_domain(
                dossier_store.get_dossier(session, dossier_id)
            ).deceased.surname
            for dossier_id in (first, second)
        }
    assert names == {first: "Berg", second: "Bakker"}


def test_a_letter_preview_is_cleared_when_another_dossier_opens(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    make_first_letter(qtbot, page)
    with store.session() as session:
        other = dossier_store.create_dossier(session, NOW)
        session.commit()
        second = other.id
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.open(store, second)
    assert page.letters.shown_letter is None and page.letters.pdf == b""


def test_letters_for_a_folder_that_holds_files_go_into_a_new_folder_inside_it(
    qtbot: QtBot, page: DossierPage, tmp_path: Path
) -> None:
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "overzicht.pdf").write_bytes(b"van een ander dossier")
    page.write_all_letters(folder)
    wait_idle(qtbot, page)
    assert (folder / "overzicht.pdf").read_bytes() == b"van een ander dossier"
    [inner] = [path for path in folder.iterdir() if path.is_dir()]
    assert inner.name.startswith("brieven-")
    assert (inner / "overzicht.pdf").read_bytes().startswith(b"%PDF")


def test_the_letter_tables_are_sound_item_models(
    qtbot: QtBot, page: DossierPage, qtmodeltester: object
) -> None:
    make_first_letter(qtbot, page)
    qtmodeltester.check(page.letters.offers)  # type: ignore[attr-defined]
    qtmodeltester.check(page.letters.register)  # type: ignore[attr-defined]


def printed_message(text: str, _timeout: int) -> bool:
    return text == "De brief is naar de printer gestuurd."


def test_a_mandate_for_three_organisations_with_different_rights_then_revoked(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    page.tabs.setCurrentWidget(page.mandates)
    page.mandates.add_button.click()
    dialog = page.mandate_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.basis.setCurrentIndex(dialog.basis.findData("boedelvolmacht"))
    wanted = {"bank": ("inzien", "wijzigen"), "abp": ("inzien",), "zorgverzekeraar": ("aanvragen",)}
    for organisation, rights in wanted.items():
        row = dialog.services.row_of(organisation)
        dialog.services.set_chosen(row, True)
        for right in rights:
            dialog.services.set_right(row, right, True)
    dialog.duration.setCurrentIndex(dialog.duration.findData("geen_einddatum"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, page)
    with store.session() as session:
        [(number, mandate)] = mandate_store.mandate_rows(
            dossier_store.get_dossier(session, item_dossier(page))
        )
    assert {service.organisation: service.rights for service in mandate.services} == wanted
    assert mandate.status == "concept"
    # The new mandate is the current one, its details shown beside the list.
    qtbot.waitUntil(lambda: page.mandates.current_mandate() == number, timeout=5000)
    assert "boedelvolmacht" in page.mandates.history.toPlainText()

    page.mandates.revoke_button.click()
    status = page.mandate_status_dialog
    qtbot.waitUntil(status.isVisible)
    ok = status.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Intrekken"
    status.on.setText("01-01-2099")
    ok.click()  # a date in the future is refused, naming the field
    assert status.isVisible() and status.error.text().startswith("⚠ Datum:")
    status.on.setText(date.today().strftime("%d-%m-%Y"))
    status.note.setText("Volmacht niet meer nodig")
    ok.click()
    wait_idle(qtbot, page)
    with store.session() as session:
        [(_, mandate)] = mandate_store.mandate_rows(
            dossier_store.get_dossier(session, item_dossier(page))
        )
    assert [change.status for change in mandate.history] == ["concept", "ingetrokken"]
    assert mandate.history[-1].note == "Volmacht niet meer nodig"
    page.mandates.select(number)
    history = page.mandates.history.toPlainText()
    assert "concept" in history and "ingetrokken" in history
    assert "Volmacht niet meer nodig" in history
    assert not page.mandates.edit_button.isEnabled()  # a revoked mandate is not changed


def test_an_existing_mandate_is_changed_in_the_dialog_and_keeps_its_history(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from nabestaanden.domain.mandates import Evidence, Holder, grant

    mandate = grant(
        Holder(person="contact"),
        "verklaring_van_erfrecht",
        [("bank", "financien", ""), ("abp", "pensioen", "")],
        ["inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
        evidence=Evidence("verklaring van erfrecht", date(2026, 3, 30), "VVE-7"),
    ).with_status("actief", date(2026, 4, 2))
    with store.session() as session:
        number = mandate_store.save_mandate(session, item_dossier(page), mandate, NOW)
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    page.tabs.setCurrentWidget(page.mandates)
    page.mandates.select(number)
    page.mandates.edit_button.click()
    dialog = page.mandate_dialog
    qtbot.waitUntil(dialog.isVisible)
    # What was stored is shown: the holder, the basis, the evidence, the rights.
    assert dialog.holder.currentData() == "contact"
    assert dialog.basis.currentData() == "verklaring_van_erfrecht"
    assert dialog.evidence_reference.text() == "VVE-7"
    bank, abp = dialog.services.row_of("bank"), dialog.services.row_of("abp")
    assert dialog.services.rights(bank) == ("inzien",) and dialog.services.rights(abp) == (
        "inzien",
    )
    dialog.services.set_right(bank, "wijzigen", True)
    dialog.services.set_chosen(abp, False)
    dialog.duration.setCurrentIndex(dialog.duration.findData("tot_datum"))
    dialog.valid_from.setText("01-05-2026")
    dialog.until.setText("30-04-2026")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and "vóór ‘Geldt vanaf’" in dialog.error.text()
    dialog.until.setText("31-12-2026")
    dialog.note.setText("Origineel ligt bij de notaris")
    save.click()
    wait_idle(qtbot, page)
    with store.session() as session:
        rows = mandate_store.mandate_rows(dossier_store.get_dossier(session, item_dossier(page)))
    assert [row_number for row_number, _ in rows] == [number]  # changed, not added
    changed = rows[0][1]
    assert [(s.organisation, s.rights) for s in changed.services] == [
        ("bank", ("inzien", "wijzigen"))
    ]
    assert changed.valid_from == date(2026, 5, 1) and changed.valid_until == date(2026, 12, 31)
    assert changed.note == "Origineel ligt bij de notaris"
    assert [c.status for c in changed.history] == ["concept", "actief"]  # history kept


def test_a_holder_no_longer_in_the_dossier_is_not_swapped_for_another(
    qtbot: QtBot, page: DossierPage
) -> None:
    from nabestaanden.domain.mandates import Holder, grant
    from nabestaanden.ui.mandates.dialog import MandateDialog

    assert page.state is not None
    gone = grant(
        Holder(person="heir:9"),
        "boedelvolmacht",
        [("bank", "financien", "")],
        ["inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    dialog = MandateDialog(page.state.data, page.catalogue, ["bank"], date.today(), gone, page)
    qtbot.addWidget(dialog)
    assert dialog.holder.currentData() == "heir:9"
    assert dialog.mandate().holder == Holder(person="heir:9")


def test_the_mandate_dialog_names_what_is_missing(qtbot: QtBot, page: DossierPage) -> None:
    page.mandates.add_button.click()
    dialog = page.mandate_dialog
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and "kies minstens één organisatie" in dialog.error.text()
    dialog.services.set_chosen(dialog.services.row_of("bank"), True)
    save.click()
    assert "kies wat er mag" in dialog.error.text()
    for box in dialog.services.same_rights.values():
        box.setChecked(True)
    dialog.services.apply_to_chosen()  # the same rights for every organisation chosen
    dialog.duration.setCurrentIndex(dialog.duration.findData("tot_datum"))
    dialog.until.setText("31-02-2027")
    save.click()
    assert "Tot en met" in dialog.error.text()
    dialog.until.setText("31-12-2027")
    save.click()
    assert not dialog.isVisible()


def test_the_mandate_dialog_enables_only_what_applies_and_the_draft_button_says_why(
    qtbot: QtBot, page: DossierPage
) -> None:
    from nabestaanden.ui.mandates.dialog import MandateDialog

    assert "Kies eerst een machtiging" in page.mandates.draft_button.toolTip()
    page.mandates.add_button.click()
    dialog = page.mandate_dialog
    assert isinstance(dialog, MandateDialog)
    assert dialog.holder.currentData() == "contact"
    assert not dialog.holder_organisation.isEnabled()  # a person holds it: no firm's name
    dialog.holder.setCurrentIndex(dialog.holder.findData(""))  # an organisation
    assert dialog.holder_organisation.isEnabled()
    dialog.reject()


def test_the_mandate_pdfs_are_saved_from_the_register(
    qtbot: QtBot, page: DossierPage, store: OpenStore, tmp_path: Path
) -> None:
    from nabestaanden.domain.mandates import Holder, grant

    mandate = grant(
        Holder(person="contact"),
        "boedelvolmacht",
        [("bank", "financien", "ING")],
        ["inzien"],
        "geen_einddatum",
        date(2026, 4, 1),
    )
    with store.session() as session:
        number = mandate_store.save_mandate(session, item_dossier(page), mandate, NOW)
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    page.mandates.select(number)
    assert page.mandates.draft_button.isEnabled()
    overview, draft = tmp_path / "machtigingen.pdf", tmp_path / "boedelvolmacht.pdf"
    page.write_mandate_pdf(overview, None)
    page.write_mandate_pdf(draft, mandate)
    wait_idle(qtbot, page)
    assert "ING" in read_pdf(overview.read_bytes()).text
    assert "CONCEPT" in read_pdf(draft.read_bytes()).text


def test_the_dialog_keeps_each_service_with_its_own_name(qtbot: QtBot, page: DossierPage) -> None:
    from nabestaanden.domain.mandates import Holder, Mandate, Service
    from nabestaanden.ui.mandates.dialog import MandateDialog

    assert page.state is not None
    two_banks = Mandate(
        Holder(person="contact"),
        "boedelvolmacht",
        (
            Service("bank", "financien", ("inzien",), "ING"),
            Service("bank", "financien", ("wijzigen",), "Rabobank"),
        ),
        "geen_einddatum",
    ).with_status("concept", date(2026, 4, 1))
    dialog = MandateDialog(page.state.data, page.catalogue, ["bank"], date.today(), two_banks, page)
    qtbot.addWidget(dialog)
    # Opened and saved unchanged: both banks, each with its own rights.
    assert dialog.mandate().services == two_banks.services
    # A typed name the catalogue knows is that organisation; typed twice, one row.
    rows = dialog.services.table.rowCount()
    for typed in ("svb", "  SVB "):
        dialog.services.extra.setText(typed)
        dialog.services.add_extra()
    assert dialog.services.table.rowCount() == rows + 1
    svb = dialog.services.row_of("svb")
    dialog.services.set_right(svb, "inzien", True)
    assert Service("svb", "pensioen", ("inzien",), "") in dialog.mandate().services
    dialog.services.extra.setText("Notariskantoor Ébène")
    dialog.services.add_extra()
    dialog.services.extra.setText("notariskantoor  ébène")
    dialog.services.add_extra()
    assert dialog.services.table.rowCount() == rows + 2


def test_an_eenmalig_mandate_is_for_a_task_in_the_dossiers_list(
    qtbot: QtBot, page: DossierPage
) -> None:
    assert page.state is not None
    page.edit_mandate(None)
    dialog = page.mandate_dialog
    offered = [dialog.task.itemData(i) for i in range(1, dialog.task.count())]
    assert offered == [item.id for item in page.state.plan.items if not item.finished]
    assert len(offered) < len(page.catalogue.tasks)  # not every task in the catalogue
    dialog.reject()


def test_the_other_grouping_keeps_the_chosen_mandate(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from nabestaanden.domain.mandates import Holder, grant

    with store.session() as session:
        for organisation in ("bank", "abp"):
            mandate = grant(
                Holder(person="contact"),
                "anders",
                [(organisation, "financien", "")],
                ["inzien"],
                "geen_einddatum",
                date(2026, 4, 1),
                note=f"voor {organisation}",
            )
            number = mandate_store.save_mandate(session, item_dossier(page), mandate, NOW)
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    view = page.mandates
    view.select(number)
    view.grouping.setCurrentIndex(view.grouping.findData("organisation"))
    assert view.current_mandate() == number
    view.tree.clearSelection()
    view.tree.setCurrentIndex(view.model.index(0, 0))  # a group: no mandate
    view.grouping.setCurrentIndex(view.grouping.findData("holder"))
    assert view.current_mandate() is None
    assert view.history.toPlainText() == ""  # no details of a mandate no longer chosen


def test_a_second_holder_of_the_nabestaandenmachtiging_is_flagged_in_the_dialog(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from nabestaanden.domain.mandates import Holder, grant

    until = date.today() + timedelta(days=30)
    held = grant(
        Holder(organisation="Notariskantoor De Vries"),
        "nabestaandenmachtiging",
        [("belastingdienst", "belastingen", "")],
        ["aanvragen"],
        "tot_datum",
        date(2026, 4, 1),
        valid_until=until,
    )
    with store.session() as session:
        mandate_store.save_mandate(session, item_dossier(page), held, NOW)
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    page.tabs.setCurrentWidget(page.mandates)
    page.edit_mandate(None)
    dialog = page.mandate_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.basis_note.isVisible()
    dialog.basis.setCurrentIndex(dialog.basis.findData("nabestaandenmachtiging"))
    assert dialog.basis_note.isVisible()
    assert "iemand anders heeft deze machtiging al" in dialog.basis_note.text()
    dialog.holder.setCurrentIndex(dialog.holder.findData(""))
    dialog.holder_organisation.setText(" notariskantoor de vries")
    dialog.holder_organisation.editingFinished.emit()
    assert "iemand anders" not in dialog.basis_note.text()  # the same office
    # Another holder, but only after the first one's time: no clash.
    dialog.holder.setCurrentIndex(dialog.holder.findData("contact"))
    assert "iemand anders" in dialog.basis_note.text()
    dialog.valid_from.setText((until + timedelta(days=1)).strftime("%d-%m-%Y"))
    dialog.valid_from.editingFinished.emit()
    assert "iemand anders" not in dialog.basis_note.text()
    dialog.reject()


def test_a_status_cannot_be_dated_before_the_death(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from nabestaanden.domain.mandates import Holder, grant

    assert page.state is not None
    died = page.state.data.deceased.date_of_death
    assert died is not None
    mandate = grant(
        Holder(person="contact"),
        "anders",
        [("bank", "financien", "")],
        ["inzien"],
        "geen_einddatum",
        died,
    )
    with store.session() as session:
        number = mandate_store.save_mandate(session, item_dossier(page), mandate, NOW)
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    page.set_mandate_status(number, "actief")
    dialog = page.mandate_status_dialog
    dialog.on.setText(date(died.year - 1, 1, 1).strftime("%d-%m-%Y"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "vóór het overlijden" in dialog.error.text()
    dialog.reject()


def test_heirs_are_entered_in_the_window_and_can_then_hold_a_mandate(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    page.tabs.setCurrentWidget(page.mandates)
    page.mandates.heirs_button.click()
    dialog = page.heirs_dialog
    qtbot.waitUntil(dialog.isVisible)
    before = dialog.table.rowCount()
    dialog.add_heir()
    row = dialog.table.rowCount() - 1
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.click()  # an empty row is named, not saved
    assert dialog.isVisible() and f"Rij {row + 1}" in dialog.error.text()
    for column, text in enumerate(("Zoë", "", "Şahin")):
        dialog.table.item(row, column).setText(text)
    relation = dialog.table.cellWidget(row, 3)
    assert isinstance(relation, QComboBox)
    relation.setCurrentIndex(relation.findData("child"))
    save.click()
    wait_idle(qtbot, page)
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, item_dossier(page)))
    assert len(data.heirs) == before + 1
    assert data.heirs[-1].full_name == "Zoë Şahin" and data.heirs[-1].relation == "child"
    qtbot.waitUntil(lambda: "Zoë Şahin" in page.form.heirs_list.text(), timeout=5000)
    # The new heir can now be chosen as the holder of a mandate.
    page.edit_mandate(None)
    holders = [
        page.mandate_dialog.holder.itemText(i) for i in range(page.mandate_dialog.holder.count())
    ]
    assert "Zoë Şahin (erfgenaam)" in holders
    page.mandate_dialog.reject()


def test_an_heir_who_holds_a_mandate_is_not_removed(
    qtbot: QtBot, page: DossierPage, store: OpenStore
) -> None:
    from nabestaanden.domain.dossier import Heir
    from nabestaanden.domain.mandates import Holder, grant

    with store.session() as session:
        person_store.set_heirs(session, item_dossier(page), [(None, Heir("Jan", "", "Berg"))], NOW)
        session.commit()
    with store.session() as session:
        mandate = grant(
            Holder(person="heir:0"),
            "boedelvolmacht",
            [("bank", "financien", "")],
            ["inzien"],
            "geen_einddatum",
            date(2026, 4, 1),
        )
        number = mandate_store.save_mandate(session, item_dossier(page), mandate, NOW)
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    page.edit_heirs()
    dialog = page.heirs_dialog
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 1
    assert "Jan Berg heeft een machtiging die nog loopt" in dialog.error.text()
    dialog.reject()
    # Revoked, the mandate no longer holds the heir on the list.
    with store.session() as session:
        mandate_store.set_mandate_status(
            session, item_dossier(page), number, "ingetrokken", NOW.date(), NOW
        )
        session.commit()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    page.edit_heirs()
    dialog = page.heirs_dialog
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, page)
    with store.session() as session:
        data = mapping.to_domain(dossier_store.get_dossier(session, item_dossier(page)))
    assert data.heirs == []
    assert data.mandates[0].holder.organisation == "Jan Berg (geen erfgenaam meer)"


def test_a_disk_that_fails_on_reading_is_reported_once_not_retried_without_end(
    qtbot: QtBot, page: DossierPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stick pulled out: the load fails, the family is told, and the page does not
    keep reading again (each failed read would add another warning)."""
    from nabestaanden.operations import dossiers as dossier_actions
    from nabestaanden.store.errors import DiskError

    calls: list[int] = []

    def unreadable(*_args: object) -> None:
        calls.append(1)
        raise DiskError("Het bestand met uw gegevens kon niet worden gelezen.")

    monkeypatch.setattr(dossier_actions, "open_dossier", unreadable)
    page.reload()
    qtbot.waitUntil(lambda: bool(calls) and not page.worker.busy(), timeout=5000)
    qtbot.wait(300)  # time enough for a loop to show itself
    assert len(calls) == 1
    assert "niet worden gelezen" in page.last_warning


def test_a_refused_status_is_explained_in_english_in_english_mode(
    qtbot: QtBot, page: DossierPage
) -> None:
    from nabestaanden.ui.mandates.status_dialog import MandateStatusDialog
    from nabestaanden.ui.settings.language import install_language
    from tests.support.examples import bank_mandate

    app = QCoreApplication.instance()
    assert app is not None
    mandate = bank_mandate(date(2026, 4, 1))
    install_language(app, "en")
    try:
        dialog = MandateStatusDialog(mandate, "actief", date(2026, 11, 29), page)
        dialog.on.setText("01-01-2030")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert "is in the future" in dialog.error.text()
        assert "Date:" in dialog.error.text()
        dialog.reject()
    finally:
        install_language(app, "nl")
