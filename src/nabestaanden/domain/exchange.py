"""Read and write the dossier exchange format (``docs/dossier-format.md``): version 2
is written; versions 1 and 2 are read.

Reading checks the whole document and collects one problem per mistake, each with
its JSON path (``situation.partner.date_of_birth: geen datum``), so a user can fix a
file in one go. Nothing is returned unless the whole document is valid.

Longer than 400 lines, on purpose: the reader is one class that walks the whole
format and names each problem by its path; split over modules, the format's rules
and the paths that name them would drift apart. Writing is the short part at the end.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Final, TypeVar

from nabestaanden.domain import intake_steps, validation
from nabestaanden.domain.dossier import (
    AGE_BANDS,
    ALLOWANCE_HOLDERS,
    ALLOWANCES,
    DEATH_REPORTERS,
    HOUSING,
    INCOME_SOURCES,
    RELATIONS,
    RELATIONSHIPS,
    TASK_STATUSES,
    UNKNOWABLE,
    YES_NO_UNKNOWN,
    Address,
    Child,
    Contact,
    Deceased,
    Dossier,
    Heir,
    OrganisationDetails,
    Partner,
    Situation,
    TaskProgress,
)
from nabestaanden.domain.exchange_base import (
    FormatError,
    Problem,
    describe,
    join,
)
from nabestaanden.domain.exchange_estate import EstateReading, estate_json
from nabestaanden.domain.exchange_letters import LetterReading, letter_json
from nabestaanden.domain.mandate_rules import FILE_NAMES, history_problems, mandate_problems
from nabestaanden.domain.mandates import (
    CONTACT_HOLDER,
    DURATIONS,
    LEGAL_BASES,
    RIGHTS,
    SERVICE_TYPES,
    STATUSES,
    Evidence,
    Holder,
    Mandate,
    Service,
    StatusChange,
)
from nabestaanden.domain.plain_errors import json_reason, os_reason

FORMAT_ID: Final = "nabestaanden-dossier/2"
FORMAT_V1: Final = "nabestaanden-dossier/1"
READABLE_FORMATS: Final = (FORMAT_V1, FORMAT_ID)
__all__ = ["FORMAT_ID", "FormatError", "Problem", "load_dossier_file", "read_dossier"]

T = TypeVar("T")

_TOP_KEYS_V1: Final = (
    "format",
    "deceased",
    "situation",
    "contact",
    "heirs",
    "mandates",
    "tasks",
    "organisations",
)
_TOP_KEYS: Final = (*_TOP_KEYS_V1, "title", "intake_step", "archived", "letters", "estate")
_ORGANISATION_KEYS: Final = ("organisation", "name", "department", "address", "reference", "phone")
_NAME_KEYS: Final = ("first_names", "surname_prefix", "surname")
_PARTNER_KEYS: Final = ("relationship", "date_of_birth", "incapacity_45", *_NAME_KEYS)
_ADDRESS_KEYS: Final = ("street", "number", "addition", "postcode", "city", "country")
_TASK_ID: Final = re.compile(r"[a-z0-9_]+")


class _Reader(LetterReading, EstateReading):
    """Walks a parsed JSON document and collects problems instead of stopping at one."""

    # --- parts of the document -------------------------------------------------------

    def address(self, value: object, path: str) -> Address:
        obj = self.mapping(value, path, _ADDRESS_KEYS)
        if obj is None:
            return Address()
        country = self.text(obj, "country", path) or "NL"
        country = self.checked(join(path, "country"), country, validation.normalize_country)
        postcode = self.text(obj, "postcode", path)
        if len(country) == 2:
            postcode = self.checked(
                join(path, "postcode"),
                postcode,
                lambda text: validation.normalize_postcode(text, country),
            )
        return Address(
            street=self.text(obj, "street", path),
            number=self.text(obj, "number", path),
            addition=self.text(obj, "addition", path),
            postcode=postcode,
            city=self.text(obj, "city", path),
            country=country,
        )

    def deceased(self, value: object, path: str) -> Deceased:
        keys = (
            *_NAME_KEYS,
            "bsn",
            "date_of_birth",
            "date_of_death",
            "address",
            "lived_in_netherlands",
        )
        obj = self.mapping(value, path, keys)
        if obj is None:
            return Deceased()
        born = self.day(obj, "date_of_birth", path)
        died = self.day(obj, "date_of_death", path)
        for field_name, message in validation.check_life_dates(born, died, self.today).items():
            self.problem(join(path, field_name), message)
        address = obj.get("address")
        return Deceased(
            first_names=self.text(obj, "first_names", path),
            surname_prefix=self.text(obj, "surname_prefix", path),
            surname=self.text(obj, "surname", path),
            bsn=self.checked(
                join(path, "bsn"), self.text(obj, "bsn", path), validation.normalize_bsn
            ),
            date_of_birth=born,
            date_of_death=died,
            address=Address() if address is None else self.address(address, join(path, "address")),
            lived_in_netherlands=self.boolean(obj, "lived_in_netherlands", path, True),
        )

    def contact(self, value: object, path: str) -> Contact:
        keys = (*_NAME_KEYS, "relation", "address", "phone", "email", "iban")
        obj = self.mapping(value, path, keys)
        if obj is None:
            return Contact()
        address = obj.get("address")
        return Contact(
            first_names=self.text(obj, "first_names", path),
            surname_prefix=self.text(obj, "surname_prefix", path),
            surname=self.text(obj, "surname", path),
            relation=self.choice(obj, "relation", path, RELATIONS, None, nullable=True),
            address=Address() if address is None else self.address(address, join(path, "address")),
            phone=self.text(obj, "phone", path),
            email=self.checked(
                join(path, "email"), self.text(obj, "email", path), validation.normalize_email
            ),
            iban=self.checked(
                join(path, "iban"), self.text(obj, "iban", path), validation.normalize_iban
            ),
        )

    def heir(self, value: object, path: str) -> Heir:
        obj = self.mapping(
            value, path, (*_NAME_KEYS, "relation", "address", "will_share", "in_place_of")
        )
        if obj is None:
            return Heir()
        address = obj.get("address")
        will_share = self.text(obj, "will_share", path)
        if will_share:
            from nabestaanden.domain.estate_shares import parse_share

            try:
                part = parse_share(will_share)
                will_share = f"{part.numerator}/{part.denominator}"
            except ValueError as error:
                self.problem(join(path, "will_share"), str(error))
        relation = self.choice(obj, "relation", path, RELATIONS, None, nullable=True)
        in_place_of = " ".join(self.text(obj, "in_place_of", path).split())
        if in_place_of and relation != "grandchild":
            self.problem(
                join(path, "in_place_of"),
                "alleen bij een kleinkind (relation 'grandchild'): de naam van het kind "
                "van de overledene wiens plaats het inneemt",
            )
        return Heir(
            first_names=self.text(obj, "first_names", path),
            surname_prefix=self.text(obj, "surname_prefix", path),
            surname=self.text(obj, "surname", path),
            relation=relation,
            address=None if address is None else self.address(address, join(path, "address")),
            will_share=will_share,
            in_place_of=in_place_of,
        )

    def organisation(self, value: object, path: str) -> OrganisationDetails:
        obj = self.mapping(value, path, _ORGANISATION_KEYS)
        if obj is None:
            return OrganisationDetails()
        organisation = self.text(obj, "organisation", path)
        name = self.text(obj, "name", path)
        if not organisation and not name:
            self.problem(path, "vul 'organisation' (een id uit de catalogus) of 'name' in")
        address = obj.get("address")
        return OrganisationDetails(
            organisation=organisation,
            name=name,
            department=self.text(obj, "department", path),
            address=None if address is None else self.address(address, join(path, "address")),
            reference=self.text(obj, "reference", path),
            phone=self.text(obj, "phone", path),
        )

    def partner(self, value: object, path: str) -> Partner | None:
        if value is None:
            return None
        obj = self.mapping(value, path, _PARTNER_KEYS)
        if obj is None:
            return None
        if "relationship" not in obj:
            self.problem(
                join(path, "relationship"), "ontbreekt; kies uit " + describe(RELATIONSHIPS)
            )
        born = self.day(obj, "date_of_birth", path)
        if born is not None and born > self.today:
            self.problem(join(path, "date_of_birth"), "de geboortedatum ligt in de toekomst")
        return Partner(
            relationship=self.choice(obj, "relationship", path, RELATIONSHIPS, "married")
            or "married",
            date_of_birth=born,
            incapacity_45=self.boolean(obj, "incapacity_45", path, False),
            first_names=self.text(obj, "first_names", path),
            surname_prefix=self.text(obj, "surname_prefix", path),
            surname=self.text(obj, "surname", path),
        )

    def situation(self, value: object, path: str) -> Situation:
        keys = (
            "will",
            "partner",
            "children",
            "other_parent_deceased",
            "no_other_legal_parent",
            "income",
            "pension_funds",
            "allowances",
            "allowance_holder",
            "toeslagen_herstel",
            "housing",
            "study_debt",
            "car",
            "estate_above_exemption",
            "death_reported_by",
            "unknown",
        )
        obj = self.mapping(value, path, keys)
        if obj is None:
            return Situation()
        children: list[Child] = []
        for index, item in enumerate(self.items(obj, "children", path)):
            child_path = join(join(path, "children"), index)
            child = self.mapping(item, child_path, ("date_of_birth", "studying", "age_band"))
            if child is not None:
                children.append(
                    Child(
                        self.day(child, "date_of_birth", child_path),
                        self.boolean(child, "studying", child_path, False),
                        self.choice(child, "age_band", child_path, tuple(AGE_BANDS), "") or "",
                    )
                )
        funds: list[str] = []
        for index, item in enumerate(self.items(obj, "pension_funds", path)):
            if not isinstance(item, str) or not item.strip():
                self.problem(
                    join(join(path, "pension_funds"), index),
                    "moet de naam of code van een pensioenfonds zijn",
                )
            elif item.strip() not in funds:
                funds.append(item.strip())
        unknown = self.choices(obj, "unknown", path, UNKNOWABLE)
        if "car" not in obj and "car" not in unknown:
            unknown.append("car")  # a file from before the car question: never "no car"
        return Situation(
            will=self.choice(obj, "will", path, YES_NO_UNKNOWN, "unknown") or "unknown",
            partner=self.partner(obj.get("partner"), join(path, "partner")),
            children=children,
            other_parent_deceased=self.boolean(obj, "other_parent_deceased", path, False),
            no_other_legal_parent=self.boolean(obj, "no_other_legal_parent", path, False),
            income=self.choices(obj, "income", path, INCOME_SOURCES),
            pension_funds=funds,
            allowances=self.choices(obj, "allowances", path, ALLOWANCES),
            allowance_holder=self.choice(
                obj, "allowance_holder", path, ALLOWANCE_HOLDERS, None, nullable=True
            ),
            toeslagen_herstel=self.boolean(obj, "toeslagen_herstel", path, False),
            housing=self.choice(obj, "housing", path, HOUSING, None, nullable=True),
            study_debt=self.boolean(obj, "study_debt", path, False),
            car=self.boolean(obj, "car", path, False),
            death_reported_by=self.choice(
                obj, "death_reported_by", path, DEATH_REPORTERS, "undertaker"
            )
            or "undertaker",
            estate_above_exemption=self.choice(
                obj, "estate_above_exemption", path, YES_NO_UNKNOWN, "unknown"
            )
            or "unknown",
            unknown=unknown,
        )

    def tasks(self, value: object, path: str) -> dict[str, TaskProgress]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(path, "moet een object zijn met per taak de voortgang")
            return {}
        result: dict[str, TaskProgress] = {}
        for task_id, item in value.items():
            item_path = join(path, task_id)
            if not _TASK_ID.fullmatch(task_id):
                self.problem(item_path, "een taak-id bestaat uit kleine letters, cijfers en _")
                continue
            obj = self.mapping(item, item_path, ("status", "note", "done_on", "started_on"))
            if obj is None:
                continue
            result[task_id] = TaskProgress(
                status=self.choice(obj, "status", item_path, TASK_STATUSES, "todo") or "todo",
                note=self.text(obj, "note", item_path),
                done_on=self.day(obj, "done_on", item_path),
                started_on=self.day(obj, "started_on", item_path),
            )
        return result

    def dossier(self, document: object) -> Dossier:
        version_1 = isinstance(document, dict) and document.get("format") == FORMAT_V1
        obj = self.mapping(document, "", _TOP_KEYS_V1 if version_1 else _TOP_KEYS)
        if obj is None:
            return Dossier()
        if "format" not in obj:
            self.problem("format", f"ontbreekt; verwacht '{FORMAT_ID}'")
        elif obj["format"] not in READABLE_FORMATS:
            self.problem("format", f"onbekende versie {obj['format']!r}; verwacht '{FORMAT_ID}'")
        if "deceased" not in obj:
            self.problem("deceased", "ontbreekt; elk dossier hoort bij een overledene")
        heirs = [
            self.heir(item, join("heirs", index))
            for index, item in enumerate(self.items(obj, "heirs", ""))
        ]
        deceased = self.deceased(obj.get("deceased", {}), "deceased")
        mandates = [
            self.mandate(item, join("mandates", index), len(heirs), deceased.date_of_death)
            for index, item in enumerate(self.items(obj, "mandates", ""))
        ]
        contact = obj.get("contact")
        situation = obj.get("situation")
        return Dossier(
            deceased=deceased,
            situation=Situation() if situation is None else self.situation(situation, "situation"),
            contact=Contact() if contact is None else self.contact(contact, "contact"),
            heirs=heirs,
            tasks=self.tasks(obj.get("tasks"), "tasks"),
            organisations=[
                self.organisation(item, join("organisations", index))
                for index, item in enumerate(self.items(obj, "organisations", ""))
            ],
            mandates=[mandate for mandate in mandates if mandate is not None],
            title=self.text(obj, "title", ""),
            intake_step=self.choice(obj, "intake_step", "", intake_steps.KNOWN, "done") or "",
            archived=self.boolean(obj, "archived", "", False),
            letters=self.letters(obj),
            estate=self.estate(obj.get("estate")),
        )

    # --- mandates ----------------------------------------------------------------------

    def holder(self, value: object, path: str, heirs: int) -> Holder:
        obj = self.mapping(value, path, ("person", "organisation"))
        if obj is None:
            return Holder()
        person = self.text(obj, "person", path)
        organisation = self.text(obj, "organisation", path)
        if bool(person) == bool(organisation):
            self.problem(path, "geef een persoon (person) of een organisatie (organisation)")
        elif person and person != CONTACT_HOLDER:
            number = person.removeprefix("heir:")
            if not (person.startswith("heir:") and number.isdigit() and int(number) < heirs):
                self.problem(
                    join(path, "person"),
                    "moet 'contact' zijn of 'heir:N' voor de erfgenaam op plaats N in heirs "
                    "(vanaf 0)",
                )
        return Holder(person, organisation)

    def service(self, value: object, path: str) -> Service | None:
        obj = self.mapping(value, path, ("organisation", "name", "type", "rights"))
        if obj is None:
            return None
        organisation = self.text(obj, "organisation", path)
        if not organisation:
            self.problem(join(path, "organisation"), "ontbreekt; de organisatie of haar naam")
        service_type = self.choice(obj, "type", path, SERVICE_TYPES, "overig") or "overig"
        rights = self.choices(obj, "rights", path, RIGHTS)  # none: see mandate_problems
        return Service(
            organisation,
            service_type,
            tuple(right for right in RIGHTS if right in rights),
            self.text(obj, "name", path),
        )

    def mandate(self, value: object, path: str, heirs: int, died: date | None) -> Mandate | None:
        keys = (
            "holder",
            "legal_basis",
            "evidence",
            "services",
            "duration",
            "task",
            "valid_from",
            "valid_until",
            "history",
            "note",
        )
        obj = self.mapping(value, path, keys)
        if obj is None:
            return None
        if "holder" not in obj:
            self.problem(join(path, "holder"), "ontbreekt; wie mag dit doen?")
        holder = self.holder(obj.get("holder", {}), join(path, "holder"), heirs)
        if "legal_basis" not in obj:
            self.problem(join(path, "legal_basis"), f"ontbreekt; kies uit {describe(LEGAL_BASES)}")
        basis = self.choice(obj, "legal_basis", path, LEGAL_BASES, "anders") or "anders"
        evidence = Evidence()
        if obj.get("evidence") is not None:
            evidence_path = join(path, "evidence")
            found = self.mapping(obj["evidence"], evidence_path, ("document", "date", "reference"))
            if found is not None:
                evidence = Evidence(
                    self.text(found, "document", evidence_path),
                    self.day(found, "date", evidence_path),
                    self.text(found, "reference", evidence_path),
                )
        services: list[tuple[int, Service]] = []  # with their places in the file
        for index, item in enumerate(self.items(obj, "services", path)):
            service = self.service(item, join(join(path, "services"), index))
            if service is not None:
                services.append((index, service))
        if "duration" not in obj:
            self.problem(join(path, "duration"), f"ontbreekt; kies uit {describe(DURATIONS)}")
        duration = self.choice(obj, "duration", path, DURATIONS, "geen_einddatum")
        duration = duration or "geen_einddatum"
        history: list[tuple[int, StatusChange]] = []
        for index, item in enumerate(self.items(obj, "history", path)):
            change_path = join(join(path, "history"), index)
            change = self.mapping(item, change_path, ("status", "date", "note"))
            if change is None:
                continue
            status = self.choice(change, "status", change_path, STATUSES, "concept") or "concept"
            on = self.day(change, "date", change_path)
            if on is None:
                self.problem(join(change_path, "date"), "ontbreekt; geef de datum als JJJJ-MM-DD")
                continue
            history.append(
                (index, StatusChange(status, on, self.text(change, "note", change_path)))
            )
        mandate = Mandate(
            holder=holder,
            legal_basis=basis,
            services=tuple(service for _index, service in services),
            duration=duration,
            evidence=evidence,
            task=self.text(obj, "task", path) or None,
            valid_from=self.day(obj, "valid_from", path),
            valid_until=self.day(obj, "valid_until", path),
            history=tuple(change for _index, change in history),
            note=self.text(obj, "note", path),
        )
        # The same rules as the window's (mandate_rules), with the file's field names.
        for problem in mandate_problems(mandate, FILE_NAMES):
            if problem.field == "holder":
                continue  # said above, more precisely for a file (person or organisation)
            field_path = problem.field
            if field_path.startswith("services["):
                number, _, rest = field_path.removeprefix("services[").partition("]")
                field_path = f"services[{services[int(number)][0]}]{rest}"
            self.problem(join(path, field_path), problem.message)
        for place, problem in history_problems(mandate.history, self.today, died):
            message = problem.message
            if died is not None and problem.field == "date" and mandate.history[place].on < died:
                message += (
                    " Klopt de datum van overlijden (deceased.date_of_death; in de app: tab "
                    "Gegevens)?"
                )
            change_path = join(join(path, "history"), history[place][0])
            self.problem(join(change_path, problem.field), message)
        return mandate


def read_dossier(document: object, today: date) -> Dossier:
    """Turn a parsed JSON document into a dossier, or raise :class:`FormatError`.

    Args:
        document: the result of ``json.load``.
        today: the date against which "not in the future" is checked.
    """
    reader = _Reader(today)
    dossier = reader.dossier(document)
    if reader.problems:
        raise FormatError(reader.problems)
    return dossier


def load_dossier_file(path: Path, today: date) -> Dossier:
    """Read a dossier from a JSON file; every problem is reported as :class:`FormatError`."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FormatError(
            [Problem("", f"Het bestand {path} kan niet worden gelezen: {os_reason(error)}.")]
        ) from None
    return read_dossier(parse_json(raw, str(path)), today)


def parse_json(raw: bytes, source: str) -> object:
    """The JSON document in a file's bytes (UTF-8, a byte order mark allowed).

    Raise:
        FormatError: not UTF-8 text, or not JSON (with the line and column).
    """
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FormatError([Problem("", f"{source} is geen tekstbestand in UTF-8.")]) from None
    except json.JSONDecodeError as error:
        raise FormatError(
            [
                Problem(
                    "",
                    f"{source} is geen geldige JSON: regel {error.lineno}, kolom {error.colno}: "
                    f"{json_reason(error.msg)}.",
                )
            ]
        ) from None


def _date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _address(address: Address) -> dict[str, str]:
    return {key: getattr(address, key) for key in _ADDRESS_KEYS}


def write_dossier(dossier: Dossier) -> dict[str, Any]:
    """The exchange-format document for a dossier (the inverse of :func:`read_dossier`)."""
    deceased = dossier.deceased
    situation = dossier.situation
    contact = dossier.contact
    partner = situation.partner
    document: dict[str, Any] = {
        "format": FORMAT_ID,
        "title": dossier.title,
        "intake_step": dossier.intake_step,
        "archived": dossier.archived,
        "deceased": {
            "first_names": deceased.first_names,
            "surname_prefix": deceased.surname_prefix,
            "surname": deceased.surname,
            "bsn": deceased.bsn,
            "date_of_birth": _date(deceased.date_of_birth),
            "date_of_death": _date(deceased.date_of_death),
            "address": _address(deceased.address),
            "lived_in_netherlands": deceased.lived_in_netherlands,
        },
        "situation": {
            "will": situation.will,
            "partner": None
            if partner is None
            else {
                "relationship": partner.relationship,
                "date_of_birth": _date(partner.date_of_birth),
                "incapacity_45": partner.incapacity_45,
                "first_names": partner.first_names,
                "surname_prefix": partner.surname_prefix,
                "surname": partner.surname,
            },
            "children": [_child_json(child) for child in situation.children],
            "other_parent_deceased": situation.other_parent_deceased,
            "no_other_legal_parent": situation.no_other_legal_parent,
            "income": list(situation.income),
            "pension_funds": list(situation.pension_funds),
            "allowances": list(situation.allowances),
            "allowance_holder": situation.allowance_holder,
            "toeslagen_herstel": situation.toeslagen_herstel,
            "housing": situation.housing,
            "study_debt": situation.study_debt,
            "car": situation.car,
            "estate_above_exemption": situation.estate_above_exemption,
            "unknown": list(situation.unknown),
        },
        "contact": {
            "first_names": contact.first_names,
            "surname_prefix": contact.surname_prefix,
            "surname": contact.surname,
            "relation": contact.relation,
            "address": _address(contact.address),
            "phone": contact.phone,
            "email": contact.email,
            "iban": contact.iban,
        },
        "heirs": [_heir_json(heir) for heir in dossier.heirs],
        "mandates": [_mandate_json(mandate) for mandate in dossier.mandates],
        "tasks": {
            task_id: {
                "status": progress.status,
                "note": progress.note,
                "done_on": _date(progress.done_on),
                "started_on": _date(progress.started_on),
            }
            for task_id, progress in sorted(dossier.tasks.items())
        },
        "organisations": [
            {
                "organisation": details.organisation,
                "name": details.name,
                "department": details.department,
                "address": None if details.address is None else _address(details.address),
                "reference": details.reference,
                "phone": details.phone,
            }
            for details in dossier.organisations
        ],
        "letters": [letter_json(letter) for letter in dossier.letters],
    }
    if not dossier.estate.empty:  # written only when there is one: older apps read the rest
        document["estate"] = estate_json(dossier.estate)
    if situation.death_reported_by != "undertaker":  # the default: written when it differs
        document["situation"]["death_reported_by"] = situation.death_reported_by
    return document


def _child_json(child: Child) -> dict[str, Any]:
    written: dict[str, Any] = {
        "date_of_birth": _date(child.date_of_birth),
        "studying": child.studying,
    }
    if child.age_band:  # written only when given: older apps read the rest
        written["age_band"] = child.age_band
    return written


def _heir_json(heir: Heir) -> dict[str, Any]:
    written: dict[str, Any] = {
        "first_names": heir.first_names,
        "surname_prefix": heir.surname_prefix,
        "surname": heir.surname,
        "relation": heir.relation,
        "address": None if heir.address is None else _address(heir.address),
    }
    if heir.will_share:  # written only when entered: older apps read the rest
        written["will_share"] = heir.will_share
    if heir.in_place_of:
        written["in_place_of"] = heir.in_place_of
    return written


def _mandate_json(mandate: Mandate) -> dict[str, Any]:
    holder: dict[str, str] = (
        {"person": mandate.holder.person}
        if mandate.holder.is_person
        else {"organisation": mandate.holder.organisation}
    )
    return {
        "holder": holder,
        "legal_basis": mandate.legal_basis,
        "evidence": {
            "document": mandate.evidence.document,
            "date": _date(mandate.evidence.issued_on),
            "reference": mandate.evidence.reference,
        },
        "services": [
            {
                "organisation": service.organisation,
                "name": service.name,
                "type": service.service_type,
                "rights": list(service.rights),
            }
            for service in mandate.services
        ],
        "duration": mandate.duration,
        "task": mandate.task,
        "valid_from": _date(mandate.valid_from),
        "valid_until": _date(mandate.valid_until),
        "history": [
            {"status": change.status, "date": change.on.isoformat(), "note": change.note}
            for change in mandate.history
        ],
        "note": mandate.note,
    }
