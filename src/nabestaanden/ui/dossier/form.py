"""The form for one dossier: the deceased's facts and the contact person's details.

Every field is checked as the user types, with a Dutch message under it, and saved
as soon as the user pauses or leaves the field: there is no save button to forget.
A value that does not pass its check is still saved as typed (nothing is lost), and
its message stays until it is fixed; a date is saved only once it is a real date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nabestaanden.domain import validation
from nabestaanden.domain.dossier import (
    CONTACT,
    DECEASED,
    RELATION_LABELS,
    RELATIONS,
    FieldValue,
)

SAVE_DELAY_MS = 400


@dataclass(frozen=True)
class FieldSpec:
    role: str
    name: str
    label: str
    kind: str = "text"  # text, bsn, date, postcode, country, email, iban, relation, bool
    placeholder: str = ""
    help: str = ""


def _address_fields(role: str) -> tuple[FieldSpec, ...]:
    return (
        FieldSpec(role, "street", "Straat"),
        FieldSpec(role, "house_number", "Huisnummer"),
        FieldSpec(role, "house_number_addition", "Toevoeging"),
        FieldSpec(role, "postcode", "Postcode", "postcode", "1234 AB"),
        FieldSpec(role, "city", "Plaats"),
        FieldSpec(role, "country", "Land", "country", "NL"),
    )


DECEASED_FIELDS = (
    FieldSpec(DECEASED, "first_names", "Voornamen"),
    FieldSpec(DECEASED, "surname_prefix", "Tussenvoegsel", placeholder="bijvoorbeeld van der"),
    FieldSpec(DECEASED, "surname", "Achternaam"),
    FieldSpec(
        DECEASED,
        "bsn",
        "BSN",
        "bsn",
        "9 cijfers",
        "Het burgerservicenummer staat op het paspoort, de ID-kaart of de akte.",
    ),
    FieldSpec(DECEASED, "date_of_birth", "Geboortedatum", "date", "dd-mm-jjjj"),
    FieldSpec(DECEASED, "date_of_death", "Datum van overlijden", "date", "dd-mm-jjjj"),
    *_address_fields(DECEASED),
    FieldSpec(
        DECEASED,
        "lived_in_netherlands",
        "Woonde in Nederland",
        "bool",
        help="Woonde de overledene in het buitenland? Dan krijgt geen enkele "
        "organisatie automatisch bericht.",
    ),
)

CONTACT_FIELDS = (
    FieldSpec(CONTACT, "first_names", "Voornamen"),
    FieldSpec(CONTACT, "surname_prefix", "Tussenvoegsel"),
    FieldSpec(CONTACT, "surname", "Achternaam"),
    FieldSpec(CONTACT, "relation", "Relatie tot de overledene", "relation"),
    *_address_fields(CONTACT),
    FieldSpec(CONTACT, "phone", "Telefoon"),
    FieldSpec(CONTACT, "email", "E-mail", "email", "naam@voorbeeld.nl"),
    FieldSpec(
        CONTACT,
        "iban",
        "IBAN",
        "iban",
        "NL91 ABNA 0417 1643 00",
        "Het rekeningnummer waarop organisaties geld kunnen terugbetalen.",
    ),
)


class _TextField:
    """A line edit with its message label, its check and its save timer."""

    def __init__(self, spec: FieldSpec, form: DossierForm) -> None:
        self.spec = spec
        self.form = form
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{spec.role}_{spec.name}")
        self.edit.setAccessibleName(f"{form.role_label(spec.role)}: {spec.label}")
        if spec.placeholder:
            self.edit.setPlaceholderText(spec.placeholder)
        if spec.help:
            self.edit.setToolTip(spec.help)
        self.message = QLabel()
        self.message.setObjectName(f"{spec.role}_{spec.name}_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f;")
        self.message.hide()
        self.timer = QTimer(self.edit)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)
        self.saved_value: FieldValue = None

    def widget(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        return box

    def show_value(self, value: FieldValue) -> None:
        self.saved_value = value
        if isinstance(value, date):
            text = validation.format_date(value)
        elif self.spec.kind == "iban" and value:
            try:
                text = validation.format_iban(validation.normalize_iban(str(value)))
            except validation.InvalidValue:
                text = str(value)
        else:
            text = "" if value is None else str(value)
        self.edit.setText(text)
        self.check()

    def _on_edited(self, _text: str) -> None:
        self.check()
        self.form.after_field_change(self.spec)
        self.timer.start()

    def _on_finished(self) -> None:
        self.timer.stop()
        self.save()
        normalized = self.normalized()
        if isinstance(normalized, str) and normalized != self.edit.text():
            display = normalized
            if self.spec.kind == "iban" and normalized:
                display = validation.format_iban(normalized)
            if display != self.edit.text():
                self.edit.setText(display)

    def normalized(self) -> FieldValue:
        """The value to store: normalized when valid, as typed otherwise."""
        text = self.edit.text().strip()
        if self.spec.kind == "date":
            if not text:
                return None
            try:
                return validation.parse_date(text)
            except validation.InvalidValue:
                return self.saved_value  # keep the last real date
        if not text:
            return ""
        check = self._checker()
        if check is None:
            return text
        try:
            return check(text)
        except validation.InvalidValue:
            return text

    def _checker(self) -> Callable[[str], str] | None:
        kind = self.spec.kind
        if kind == "bsn":
            return validation.normalize_bsn
        if kind == "iban":
            return validation.normalize_iban
        if kind == "email":
            return validation.normalize_email
        if kind == "country":
            return validation.normalize_country
        if kind == "postcode":
            country = self.form.country_of(self.spec.role)
            return lambda text: validation.normalize_postcode(text, country)
        return None

    def problem(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.spec.kind == "date":
            try:
                validation.parse_date(text)
            except validation.InvalidValue as error:
                return str(error)
            return self.form.date_problem(self.spec)
        check = self._checker()
        if check is None:
            return None
        try:
            check(text)
        except validation.InvalidValue as error:
            return str(error)
        return None

    def check(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText("⚠ " + problem)
            self.message.show()
            self.edit.setAccessibleDescription(problem)
        else:
            self.message.clear()
            self.message.hide()
            self.edit.setAccessibleDescription("")

    def save(self) -> None:
        value = self.normalized()
        if value != self.saved_value:
            self.saved_value = value
            self.form.field_edited.emit(self.spec.role, self.spec.name, value)
        self.form.after_field_change(self.spec)


class DossierForm(QWidget):
    """Form for the deceased and the contact person of one dossier.

    Signals:
        field_edited(role, field, value): a field's value changed and must be saved.
    """

    field_edited = Signal(str, str, object)
    heirs_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossier_form")
        self._text_fields: dict[tuple[str, str], _TextField] = {}
        self._relation = QComboBox()
        self._lived_in_nl = QCheckBox(self.tr("Ja, de overledene woonde in Nederland"))
        self.dossier_id: int | None = None
        self._loading = False

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Alles wat u invult, wordt meteen bewaard op deze computer, versleuteld. "
                "Weet u iets nog niet? Laat het dan leeg en vul het later in."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._group(self.tr("De overledene"), DECEASED_FIELDS))
        layout.addWidget(
            self._group(
                self.tr("Contactpersoon (u, of wie de brieven ondertekent)"), CONTACT_FIELDS
            )
        )
        heirs = QGroupBox(self.tr("Erfgenamen"))
        heirs_layout = QVBoxLayout(heirs)
        self.heirs_list = QLabel()
        self.heirs_list.setObjectName("heirs_list")
        self.heirs_list.setWordWrap(True)
        heirs_layout.addWidget(self.heirs_list)
        self.heirs_button = QPushButton(self.tr("Erfgenamen aanpassen…"))
        self.heirs_button.setObjectName("edit_heirs")
        self.heirs_button.clicked.connect(self.heirs_requested)
        heirs_layout.addWidget(self.heirs_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(heirs)
        self.show_heirs([])
        layout.addStretch(1)

    def role_label(self, role: str) -> str:
        return self.tr("Overledene") if role == DECEASED else self.tr("Contactpersoon")

    def _group(self, title: str, specs: tuple[FieldSpec, ...]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in specs:
            label = QLabel(spec.label)
            if spec.kind == "relation":
                self._relation.setObjectName("contact_relation")
                self._relation.setAccessibleName(f"{self.role_label(spec.role)}: {spec.label}")
                self._relation.addItem(self.tr("(nog niet gekozen)"), None)
                for relation in RELATIONS:
                    self._relation.addItem(RELATION_LABELS[relation], relation)
                self._relation.currentIndexChanged.connect(self._relation_changed)
                label.setBuddy(self._relation)
                form.addRow(label, self._relation)
            elif spec.kind == "bool":
                self._lived_in_nl.setObjectName("deceased_lived_in_netherlands")
                self._lived_in_nl.setAccessibleName(f"{self.role_label(spec.role)}: {spec.label}")
                self._lived_in_nl.setToolTip(spec.help)
                self._lived_in_nl.toggled.connect(self._lived_in_nl_changed)
                label.setBuddy(self._lived_in_nl)
                form.addRow(label, self._lived_in_nl)
            else:
                field = _TextField(spec, self)
                self._text_fields[(spec.role, spec.name)] = field
                label.setBuddy(field.edit)
                form.addRow(label, field.widget())
        return group

    def show_heirs(self, names: list[str]) -> None:
        """The heirs' names, as the dossier has them (edited in a dialog of their own)."""
        self.heirs_list.setText(
            ", ".join(names)
            if names
            else self.tr(
                "Nog geen erfgenamen ingevuld. U hebt ze nodig voor machtigingen en voor "
                "een boedelvolmacht."
            )
        )

    def field(self, role: str, name: str) -> QLineEdit:
        return self._text_fields[(role, name)].edit

    def message(self, role: str, name: str) -> str:
        label = self._text_fields[(role, name)].message
        return label.text() if label.isVisibleTo(self) else ""

    def load(self, dossier_id: int, values: dict[tuple[str, str], FieldValue]) -> None:
        """Show a dossier; ``values`` maps (role, field) to the stored value."""
        self.flush()  # what was typed meanwhile belongs to the dossier shown until now
        self._loading = True
        try:
            self.dossier_id = dossier_id
            for key, field in self._text_fields.items():
                field.timer.stop()
                field.show_value(values.get(key))
            relation = values.get((CONTACT, "relation"))
            self._relation.setCurrentIndex(max(0, self._relation.findData(relation)))
            self._lived_in_nl.setChecked(bool(values.get((DECEASED, "lived_in_netherlands"), True)))
            for field in self._text_fields.values():
                field.check()
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save fields whose save timer is still running (before switching dossier)."""
        for field in self._text_fields.values():
            if field.timer.isActive():
                field.timer.stop()
                field.save()

    def country_of(self, role: str) -> str:
        text = self._text_fields[(role, "country")].edit.text().strip()
        return text.upper() or "NL"

    def date_problem(self, spec: FieldSpec) -> str | None:
        def value(name: str) -> date | None:
            try:
                return validation.parse_date(self._text_fields[(DECEASED, name)].edit.text())
            except validation.InvalidValue:
                return None

        problems = validation.check_life_dates(
            value("date_of_birth"), value("date_of_death"), date.today()
        )
        return problems.get(spec.name)

    def after_field_change(self, spec: FieldSpec) -> None:
        """Re-check the fields whose check depends on the one just changed."""
        if spec.kind == "date":
            for name in ("date_of_birth", "date_of_death"):
                self._text_fields[(DECEASED, name)].check()
        if spec.kind == "country":
            self._text_fields[(spec.role, "postcode")].check()

    def _relation_changed(self, _index: int) -> None:
        if not self._loading and self.dossier_id is not None:
            self.field_edited.emit(CONTACT, "relation", self._relation.currentData())

    def _lived_in_nl_changed(self, checked: bool) -> None:
        if not self._loading and self.dossier_id is not None:
            self.field_edited.emit(DECEASED, "lived_in_netherlands", checked)
