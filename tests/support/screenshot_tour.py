"""Walk the app as a new user would, on a real screen, and photograph every step.

Run as ``python -m tests.support.screenshot_tour DATA_DIR OUT_DIR SCALE [LANGUAGE]`` on a real X
server (QT_QPA_PLATFORM=xcb), with an empty DATA_DIR and a keyring. SCALE is the text
size in percent (100 or 200). Writes ``welcome.png``, ``wizard-NN-<page>.png`` for each
intake page, ``dashboard.png``, ``tasks.png``, ``letters.png``, ``mandates.png``,
``mandate-dialog.png``, ``mandates-filled.png``, ``mandate-status.png``, ``heirs-dialog.png``,
``tasks-who.png``, ``glossary.png``, the recovery and backup dialogs and
``conflict-dialog.png``
into OUT_DIR, prints one line ``shot NAME clipped=N`` per picture (N: widgets whose
text does not fit, listed on ``clip`` lines) and exits 0 when all were taken.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QWidget

from nabestaanden.app import build_window, create_application
from nabestaanden.domain.dossier import Child, Partner, Situation
from nabestaanden.paths import resolve_paths, restrict_new_files
from nabestaanden.ui.intake.answers import IntakeAnswers
from nabestaanden.ui.settings.appearance import Appearance
from tests.support.clipping import clipped_texts

STEP_MS = 400


def main() -> int:
    data_dir, out, scale = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    language = sys.argv[4] if len(sys.argv) > 4 else "nl"
    out.mkdir(parents=True, exist_ok=True)
    restrict_new_files()
    paths = resolve_paths(data_dir)
    paths.ensure()
    Appearance(text_scale=scale, language=language).save(
        QSettings(str(paths.settings), QSettings.Format.IniFormat)
    )
    app = create_application()
    window = build_window(paths)
    window.resize(1280, 800)
    window.show()
    outcome = {"code": 2}
    steps: list[Callable[[], None]] = []

    def shoot(name: str, widget: QWidget | None = None) -> None:
        target = widget or window
        picture = target.screen().grabWindow(target.winId())
        picture.save(str(out / f"{name}.png"), "PNG")
        problems = clipped_texts(target)
        room = target.screen().availableGeometry()
        frame = target.frameGeometry()
        if not room.contains(frame):  # a window larger than the screen cuts text off too
            problems.append(f"window {frame.getRect()} outside the screen {room.getRect()}")
        print(f"shot {name} clipped={len(problems)}", flush=True)
        for problem in problems:
            print(f"clip {name}: {problem}", flush=True)

    def run_next() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(STEP_MS, run_next)
        else:
            outcome["code"] = 0
            window.close()
            app.quit()

    died = date.today() - timedelta(days=40)

    def welcome() -> None:
        shoot("welcome")
        window.create_dossier()

    def wizard_pages() -> None:
        page = window.page
        wizard = page.wizard if page is not None else None
        if wizard is None:  # not open yet: try again on the next step
            steps.insert(0, wizard_pages)
            return
        wizard.load(
            IntakeAnswers(
                first_names="Zoë Anna",
                surname_prefix="van der",
                surname="Wiśniewska-Şahin",
                date_of_birth=date(1956, 4, 2),
                date_of_death=died,
                situation=Situation(
                    will="unknown",
                    partner=Partner("married", date(1962, 8, 19)),
                    children=[Child(date(2009, 6, 30), False)],
                    income=["aow", "pension"],
                    pension_funds=["abp"],
                    allowances=["huurtoeslag", "zorgtoeslag"],
                    allowance_holder="deceased",
                    housing="rent",
                    unknown=["study_debt"],
                ),
            )
        )
        own = [
            (lambda number=number, key=key: wizard_page(number, key))
            for number, key in enumerate(wizard.pages, start=1)
        ]
        steps[0:0] = [*own, finish_wizard]

    def wizard_page(number: int, key: str) -> None:
        page = window.page
        wizard = page.wizard if page is not None else None
        assert wizard is not None
        if wizard.current_step() != key:
            wizard.next()
        QTimer.singleShot(STEP_MS // 2, lambda: shoot(f"wizard-{number:02d}-{key}", wizard))

    def finish_wizard() -> None:
        page = window.page
        assert page is not None and page.wizard is not None
        page.wizard.accept()

    def recovery_sheet() -> None:
        dialog = window.sheet_dialog  # shown after the first dossier's questions
        assert dialog is not None, "no recovery sheet after the first dossier"
        shoot("recovery-sheet", dialog)
        dialog.stored.setChecked(True)
        dialog.accept()

    def recover_dialog() -> None:
        from nabestaanden.ui.window.recover_dialog import RecoverDialog

        dialog = RecoverDialog(
            True,
            "Deze herstelsleutel past niet bij de gegevens in "
            + str(paths.data_dir)
            + ". Er is niets veranderd.",
            window,
        )
        dialog.show()

        def shot_and_close() -> None:
            shoot("recover-dialog", dialog)
            dialog.reject()

        QTimer.singleShot(STEP_MS // 2, shot_and_close)

    def dashboard() -> None:
        shoot("dashboard")
        page = window.page
        assert page is not None and page.state is not None
        first = page.state.plan.next_steps()[0]
        page.dashboard.select_task(first.id)

    def tasks() -> None:
        shoot("tasks")
        page = window.page
        assert page is not None
        page.tabs.setCurrentWidget(page.letters)
        key = page.letters.current_offer_key()
        if key:
            page.make_letter(key)

    def letters() -> None:
        shoot("letters")
        page = window.page
        assert page is not None
        page.tabs.setCurrentWidget(page.mandates)

    def mandates() -> None:
        shoot("mandates")
        page = window.page
        assert page is not None
        page.mandates.add_button.click()

    def mandate_dialog() -> None:
        page = window.page
        assert page is not None
        dialog = page.mandate_dialog
        dialog.basis.setCurrentIndex(dialog.basis.findData("boedelvolmacht"))
        for organisation, rights in (
            ("bank", ("inzien", "wijzigen")),
            ("abp", ("inzien",)),
            ("belastingdienst", ("aanvragen",)),
        ):
            row = dialog.services.row_of(organisation)
            dialog.services.set_chosen(row, True)
            for right in rights:
                dialog.services.set_right(row, right, True)
        dialog.duration.setCurrentIndex(dialog.duration.findData("tot_datum"))
        dialog.until.setText((died + timedelta(days=365)).strftime("%d-%m-%Y"))
        shoot("mandate-dialog", dialog)
        dialog._accept()  # as the Opslaan button: checked, then saved

    def mandates_filled() -> None:
        page = window.page
        assert page is not None and page.state is not None
        shoot("mandates-filled")
        number = page.state.mandates[0][0]
        page.mandates.select(number)
        page.mandates.active_button.click()

    def mandate_status() -> None:
        page = window.page
        assert page is not None
        dialog = page.mandate_status_dialog
        shoot("mandate-status", dialog)
        dialog._accept()  # as its OK button: active from today
        page.edit_heirs()

    def heirs() -> None:
        page = window.page
        assert page is not None
        dialog = page.heirs_dialog
        dialog.add_heir()
        for column, text in enumerate(("Łukasz", "van", "Dijk")):
            item = dialog.table.item(0, column)
            if item is not None:
                item.setText(text)

        def shot_and_close() -> None:  # once the new row is drawn
            shoot("heirs-dialog", dialog)
            dialog.reject()
            page.tabs.setCurrentIndex(1)  # Taken
            page.dashboard.select_task("banken_melden")

        QTimer.singleShot(STEP_MS // 2, shot_and_close)

    def tasks_who() -> None:
        shoot("tasks-who")
        window.show_term("nabestaandenmachtiging")

    def glossary() -> None:
        shoot("glossary")
        window.show_backups()

    def backups() -> None:
        dialog = window.backup_dialog
        assert dialog is not None
        shoot("backup-dialog", dialog)
        dialog.reject()
        colleague_and_user_change_one_note()

    def colleague_and_user_change_one_note() -> None:
        """A colleague saves the note of the task on screen; the user then types one."""
        from nabestaanden.operations.progress import set_task_progress

        page = window.page
        assert page is not None and page.store is not None and page.dossier_id is not None
        set_task_progress(
            page.store,
            page.catalogue,
            page.dossier_id,
            "banken_melden",
            note="Anna: ING gebeld, formulier komt per post.",
        )
        page.dashboard.detail.note.setPlainText("Brief aan de ING verstuurd op maandag.")
        page.dashboard.detail.flush()

    def conflict() -> None:
        page = window.page
        assert page is not None and page.conflict_dialog is not None
        shoot("conflict-dialog", page.conflict_dialog)
        page.conflict_dialog.choose("merged")
        window.show_office_settings()

    def office_dialog() -> None:
        from PySide6.QtWidgets import QLineEdit, QPushButton

        dialog = window.office_dialog
        assert dialog is not None
        field = dialog.findChild(QLineEdit, "office_url")
        field.setText("postgresql+psycopg://a.jansen@db.kantoor.nl/nabestaanden")
        dialog.findChild(QPushButton, "office_save").click()  # no TLS: the reason shown

        def shot_and_close() -> None:  # once the message and the new size are drawn
            shoot("office-dialog", dialog)
            dialog.reject()

        QTimer.singleShot(STEP_MS // 2, shot_and_close)

    def office_password() -> None:
        from nabestaanden.ui.settings.office_dialog import OfficePasswordDialog

        dialog = OfficePasswordDialog(
            "a.jansen@db.kantoor.nl:5432/nabestaanden",
            "a.jansen",
            "De server van a.jansen@db.kantoor.nl:5432/nabestaanden vraagt het wachtwoord "
            "van de rol 'a.jansen', of het gegeven wachtwoord klopt niet.",
            window,
        )
        dialog.show()

        def shot_and_close() -> None:
            shoot("office-password", dialog)
            dialog.reject()

        QTimer.singleShot(STEP_MS // 2, shot_and_close)

    def estate_open() -> None:
        page = window.page
        assert page is not None
        window.toggle_glossary(False)  # the tab as it looks without the glossary beside it
        page.tabs.setCurrentWidget(page.estate)
        page.edit_estate_item(None)

    def estate_dialog() -> None:
        page = window.page
        assert page is not None
        dialog = page.estate_dialog
        shoot("estate-dialog", dialog)
        dialog.description.setText("Spaarrekening bij de Rabobank, Łukasz en Anna")
        dialog.value.setText("12.345,67")
        dialog.value.textEdited.emit("12.345,67")
        dialog.accept()

    def estate() -> None:
        shoot("estate")
        window.show_term("nabestaandenmachtiging")

    steps.extend(
        [
            welcome,
            wizard_pages,
            recovery_sheet,
            recover_dialog,
            dashboard,
            tasks,
            letters,
            mandates,
            mandate_dialog,
            mandates_filled,
            mandate_status,
            heirs,
            tasks_who,
            estate_open,
            estate_dialog,
            estate,
            glossary,
            backups,
            conflict,
            office_dialog,
            office_password,
        ]
    )
    window.dossiers_loaded.connect(lambda: QTimer.singleShot(STEP_MS, run_next))
    QTimer.singleShot(0, window.start)
    QTimer.singleShot(90000, app.quit)
    app.exec()
    return outcome["code"]


if __name__ == "__main__":
    raise SystemExit(main())
