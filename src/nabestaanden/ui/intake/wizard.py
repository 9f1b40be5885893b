"""The intake questions, page by page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from nabestaanden.domain import intake_steps, validation
from nabestaanden.domain.catalogue import Catalogue
from nabestaanden.domain.dossier import (
    Child,
    Partner,
    Situation,
)
from nabestaanden.ui.intake.answers import UNKNOWN, IntakeAnswers
from nabestaanden.ui.intake.contact_page import ContactPage
from nabestaanden.ui.intake.fields import DateField, IntakePage
from nabestaanden.ui.intake.money_pages import (
    AllowancesPage,
    DonePage,
    HousingPage,
    IncomePage,
    MoneyPage,
)
from nabestaanden.ui.intake.people_pages import ChildrenPage, DeceasedPage, PartnerPage, WillPage


class IntakeWizard(QWizard):
    """The intake questions for one dossier.

    Signals:
        save_requested(IntakeAnswers, str): save these answers and the step the
            family is on (one of intake_steps.STEPS, or intake_steps.DONE).
    """

    save_requested = Signal(object, str)

    def __init__(
        self,
        catalogue: Catalogue,
        answers: IntakeAnswers,
        start_step: str = "",
        parent: QWidget | None = None,
        fresh: bool = False,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("intake_wizard")
        self.setWindowTitle(self.tr("Vragen over de situatie"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Klaar: toon mijn lijst"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Later verder"))
        self._finished_saved = False
        self._fresh = False
        self._visited: set[str] = {intake_steps.STEPS[0]}
        self.deceased_page = DeceasedPage()
        self.contact_page = ContactPage()
        self.partner_page = PartnerPage()
        self.children_page = ChildrenPage()
        self.will_page = WillPage()
        self.income_page = IncomePage(catalogue)
        self.allowances_page = AllowancesPage()
        self.housing_page = HousingPage()
        self.money_page = MoneyPage()
        self.done_page = DonePage()
        self.pages: dict[str, IntakePage] = {}
        for page in (
            self.deceased_page,
            self.contact_page,
            self.partner_page,
            self.children_page,
            self.will_page,
            self.income_page,
            self.allowances_page,
            self.housing_page,
            self.money_page,
            self.done_page,
        ):
            page.finish()
            self.pages[page.key] = page
            self.addPage(page)
        self.load(answers, fresh)
        self.currentIdChanged.connect(self._on_page_changed)
        self._fit_to_text()
        self._start_step = start_step if start_step in intake_steps.STEPS else ""

    def _fit_to_text(self) -> None:
        """Room for the widest page (the longest answers) at any text size, within the
        screen: at twice the text size the window grows instead of cutting text off."""
        metrics = self.fontMetrics()
        widest = max(page.content.minimumSizeHint().width() for page in self.pages.values())
        width = max(widest + 8 * metrics.averageCharWidth(), 90 * metrics.averageCharWidth())
        height = 42 * metrics.lineSpacing()
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))

    # --- answers in and out -------------------------------------------------------------

    def load(self, answers: IntakeAnswers, fresh: bool = False) -> None:
        """Show these answers. ``fresh``: the questions were never opened for this
        dossier, so no choice is made for the family (no answer counts as "weet ik
        niet"), rather than reading "no partner" into an empty dossier."""
        situation = answers.situation
        unknown = set(situation.unknown)
        self.deceased_page.first_names.setText(answers.first_names)
        self.deceased_page.surname_prefix.setText(answers.surname_prefix)
        self.deceased_page.surname.setText(answers.surname)
        self.deceased_page.born.set_value(answers.date_of_birth)
        self.deceased_page.died.set_value(answers.date_of_death)
        self.deceased_page.lived_here.set_value("yes" if answers.lived_in_netherlands else "no")
        self.deceased_page.reported_by.set_value(situation.death_reported_by)
        self.contact_page.set_values(answers.contact)

        partner = situation.partner
        if partner is None:
            self.partner_page.partner.set_value(UNKNOWN if "partner" in unknown else "none")
        elif partner.relationship == "cohabiting" and "partner_relationship" in unknown:
            self.partner_page.partner.set_value("cohabiting_unsure")
        else:
            self.partner_page.partner.set_value(partner.relationship)
        self.partner_page.partner_born.set_value(partner.date_of_birth if partner else None)
        self.partner_page.partner_first_names.setText(partner.first_names if partner else "")
        self.partner_page.partner_surname_prefix.setText(partner.surname_prefix if partner else "")
        self.partner_page.partner_surname.setText(partner.surname if partner else "")
        if partner is not None and partner.incapacity_45:
            self.partner_page.incapacity.set_value("yes")
        elif "partner_incapacity" in unknown:
            self.partner_page.incapacity.set_value(UNKNOWN)
        elif partner is not None:
            self.partner_page.incapacity.set_value("no")
        else:
            self.partner_page.incapacity.set_value(None)

        if situation.children:
            self.children_page.has_children.set_value("yes")
        else:
            self.children_page.has_children.set_value(UNKNOWN if "children" in unknown else None)
        self.children_page.child_count.setValue(max(1, len(situation.children)))
        for index, (born, studying, _row) in enumerate(self.children_page.child_rows):
            child = situation.children[index] if index < len(situation.children) else Child()
            born.set_value(child.date_of_birth)
            studying.setChecked(child.studying)
            age = self.children_page.child_ages[index]
            age.setCurrentIndex(max(0, age.findData(child.age_band)))
        self.children_page.studying_unknown.setChecked("children_studying" in unknown)
        if situation.other_parent_deceased:
            self.children_page.other_parent.set_value("yes")
        elif situation.no_other_legal_parent:
            self.children_page.other_parent.set_value("none")
        else:
            self.children_page.other_parent.set_value(
                UNKNOWN
                if "other_parent_deceased" in unknown
                else "no"
                if situation.children
                else None
            )

        self.will_page.will.set_value(situation.will)
        for source, box in self.income_page.income.items():
            box.setChecked(source in situation.income)
        self.income_page.income_unknown.setChecked("income" in unknown)
        free_funds = []
        for fund in situation.pension_funds:
            if fund in self.income_page.funds:
                self.income_page.funds[fund].setChecked(True)
            else:
                free_funds.append(fund)
        self.income_page.other_funds.setText(", ".join(free_funds))
        self.income_page.funds_unknown.setChecked("pension_funds" in unknown)
        for allowance, box in self.allowances_page.allowances.items():
            box.setChecked(allowance in situation.allowances)
        self.allowances_page.allowances_unknown.setChecked("allowances" in unknown)
        if situation.allowance_holder is not None:
            self.allowances_page.holder.set_value(situation.allowance_holder)
        else:
            self.allowances_page.holder.set_value(UNKNOWN if situation.allowances else None)
        self.housing_page.housing.set_value(
            situation.housing or (UNKNOWN if situation.housing is None else None)
        )
        self.money_page.study_debt.set_value(
            "yes" if situation.study_debt else UNKNOWN if "study_debt" in unknown else "no"
        )
        self.money_page.car.set_value(
            "yes" if situation.car else UNKNOWN if "car" in unknown else "no"
        )
        self.allowances_page.herstel.set_value(
            "yes"
            if situation.toeslagen_herstel
            else UNKNOWN
            if "toeslagen_herstel" in unknown
            else "no"
        )
        self.money_page.estate.set_value(situation.estate_above_exemption)
        self._fresh = fresh
        if fresh:
            for group in (
                self.partner_page.partner,
                self.partner_page.incapacity,
                self.children_page.has_children,
                self.children_page.other_parent,
                self.will_page.will,
                self.allowances_page.holder,
                self.housing_page.housing,
                self.money_page.study_debt,
                self.money_page.car,
                self.allowances_page.herstel,
                self.money_page.estate,
            ):
                group.set_value(None)
        self.partner_page.update_details()
        self.children_page.update_rows()
        self.allowances_page.update_holder()

    def answers(self) -> IntakeAnswers:
        """The answers as they are now on all pages."""
        unknown: list[str] = []
        relationship = self.partner_page.partner.value()
        partner: Partner | None = None
        if relationship in (UNKNOWN, None):  # not answered counts as "weet ik niet"
            unknown.append("partner")
        elif relationship == "cohabiting_unsure":
            partner = Partner("cohabiting")
            unknown.append("partner_relationship")
        elif relationship not in (None, "none"):
            partner = Partner(relationship)
        if partner is not None:
            partner.date_of_birth = self.partner_page.partner_born.value()
            partner.first_names = self.partner_page.partner_first_names.text().strip()
            partner.surname_prefix = self.partner_page.partner_surname_prefix.text().strip()
            partner.surname = self.partner_page.partner_surname.text().strip()
            partner.incapacity_45 = self.partner_page.incapacity.value() == "yes"
            if self.partner_page.incapacity.value() in (None, UNKNOWN):
                unknown.append("partner_incapacity")

        children: list[Child] = []
        has_children = self.children_page.has_children.value()
        if has_children == "yes":
            count = self.children_page.child_count.value()
            for (born, studying, _row), age in zip(
                self.children_page.child_rows[:count],
                self.children_page.child_ages[:count],
                strict=True,
            ):
                children.append(Child(born.value(), studying.isChecked(), age.currentData()))
            if self.children_page.studying_unknown.isChecked():
                unknown.append("children_studying")
        elif has_children in (UNKNOWN, None):
            unknown.append("children")
        other_parent = self.children_page.other_parent.value()
        if has_children != "no" and other_parent in (UNKNOWN, None):
            unknown.append("other_parent_deceased")

        income = [source for source, box in self.income_page.income.items() if box.isChecked()]
        if self.income_page.income_unknown.isChecked() or self._unseen("inkomen", income):
            unknown.append("income")
        funds = [fund for fund, box in self.income_page.funds.items() if box.isChecked()]
        for name in self.income_page.other_funds.text().split(","):
            if name.strip() and name.strip() not in funds:
                funds.append(name.strip())
        if self.income_page.funds_unknown.isChecked() or self._unseen("inkomen", funds):
            unknown.append("pension_funds")
        allowances = [
            name for name, box in self.allowances_page.allowances.items() if box.isChecked()
        ]
        if self.allowances_page.allowances_unknown.isChecked() or self._unseen(
            "toeslagen", allowances
        ):
            unknown.append("allowances")
        holder = self.allowances_page.holder.value() if allowances else None
        herstel = self.allowances_page.herstel.value()
        if herstel in (UNKNOWN, None):
            unknown.append("toeslagen_herstel")
        study_debt = self.money_page.study_debt.value()
        if study_debt in (UNKNOWN, None):
            unknown.append("study_debt")
        car = self.money_page.car.value()
        if car in (UNKNOWN, None):
            unknown.append("car")
        housing = self.housing_page.housing.value()
        situation = Situation(
            will=self.will_page.will.value() or UNKNOWN,
            partner=partner,
            children=children,
            other_parent_deceased=other_parent == "yes" and has_children != "no",
            no_other_legal_parent=other_parent == "none" and has_children != "no",
            income=income,
            pension_funds=funds,
            allowances=allowances,
            allowance_holder=None if holder in (None, UNKNOWN) else holder,
            housing=None if housing in (None, UNKNOWN) else housing,
            toeslagen_herstel=herstel == "yes",
            study_debt=study_debt == "yes",
            car=car == "yes",
            estate_above_exemption=self.money_page.estate.value() or UNKNOWN,
            death_reported_by=self.deceased_page.reported_by.value() or "undertaker",
            unknown=unknown,
        )
        return IntakeAnswers(
            first_names=self.deceased_page.first_names.text().strip(),
            surname_prefix=self.deceased_page.surname_prefix.text().strip(),
            surname=self.deceased_page.surname.text().strip(),
            date_of_birth=self.deceased_page.born.value(),
            date_of_death=self.deceased_page.died.value(),
            lived_in_netherlands=self.deceased_page.lived_here.value() != "no",
            situation=situation,
            contact=self.contact_page.values(),
        )

    def _unseen(self, step: str, ticked: list[str]) -> bool:
        """A list of boxes the family has not seen yet (new questions, page not yet
        shown, nothing ticked): that is "weet ik niet", not "none of these"."""
        return self._fresh and step not in self._visited and not ticked

    # --- moving through the pages ---------------------------------------------------------

    def intake_steps_order(self) -> list[str]:
        """The pages' keys in the order the family goes through them."""
        return [page.key for page in self.pages.values()]

    def current_step(self) -> str:
        page = self.currentPage()
        return page.key if isinstance(page, IntakePage) else intake_steps.STEPS[0]

    def go_to_step(self, step: str) -> None:
        """Open the wizard at ``step`` with the pages before it in its history (so Back works)."""
        self.restart()
        while self.current_step() != step and self.currentId() != self.pageIds()[-1]:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break  # a page with an answer to fix first (a wrong date): stay there

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._start_step:
            step, self._start_step = self._start_step, ""
            self.go_to_step(step)

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if isinstance(page, IntakePage) and page.key == "overledene":
            return self._check_dates()
        if isinstance(page, IntakePage) and page.key == "uzelf":
            return self.contact_page.check()
        if isinstance(page, IntakePage) and page.key == "partner":
            return (
                self.partner_page.partner_born.check()
                or not self.partner_page.partner_details.isVisible()
            )
        if (
            isinstance(page, IntakePage)
            and page.key == "kinderen"
            and self.children_page.children_box.isVisible()
        ):
            ok = True
            for born, _studying, row in self.children_page.child_rows:
                if row.isVisible() and not born.check():
                    ok = False
            return ok
        return True

    def _check_dates(self) -> bool:
        if not (self.deceased_page.born.check() and self.deceased_page.died.check()):
            return False
        problems = validation.check_life_dates(
            self.deceased_page.born.value(), self.deceased_page.died.value(), date.today()
        )
        self.deceased_page.born.show_problem(problems.get("date_of_birth", ""))
        self.deceased_page.died.show_problem(problems.get("date_of_death", ""))
        return not problems

    def _on_page_changed(self, page_id: int) -> None:
        if page_id == -1 or self._finished_saved:
            return  # QWizard resets itself when it is closed: nothing to save then
        step = self.current_step()
        self._visited.add(step)
        if step == "klaar":
            self.done_page.summary.setText(self._summary_text())
        self.save_requested.emit(self.answers(), step)
        for date_field in self.findChildren(DateField):
            date_field.loaded = date_field.value()  # a wrong text now keeps what is saved

    def open_questions(self) -> list[str]:
        """The questions the plan will still wait for with these answers: the same ones
        the overview shows afterwards (an answer no task depends on is not one)."""
        from datetime import date

        from nabestaanden.domain.dossier import Dossier
        from nabestaanden.domain.plan import build_plan
        from nabestaanden.domain.rules import ASK_DATE_OF_DEATH

        answers = self.answers()
        dossier = Dossier(deceased=answers.deceased(), situation=answers.situation)
        questions = build_plan(dossier, self.catalogue, date.today()).open_questions()
        if answers.date_of_death is None and ASK_DATE_OF_DEATH not in questions:
            questions.insert(0, ASK_DATE_OF_DEATH)  # the overview asks for it first
        return questions

    def _summary_text(self) -> str:
        questions = self.open_questions()
        if not questions:
            return self.tr("U hebt alle vragen beantwoord.")
        if len(questions) == 1:
            intro = self.tr("Op 1 vraag weet u het antwoord nog niet:")
        else:
            intro = self.tr("Op {count} vragen weet u het antwoord nog niet:").format(
                count=len(questions)
            )
        listed = "\n".join(f"• {question}" for question in questions)
        after = self.tr(
            "Dat is niet erg. In de lijst staat bij de taken die ervan afhangen welke vraag "
            "nog open is."
        )
        return f"{intro}\n{listed}\n{after}"

    def accept(self) -> None:
        self._finished_saved = True
        self.save_requested.emit(self.answers(), intake_steps.DONE)
        super().accept()

    def reject(self) -> None:
        """ "Later verder": keep what was answered and where the family was."""
        if not self._finished_saved:
            self._finished_saved = True
            self.save_requested.emit(self.answers(), self.current_step())
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()
