"""The tables, as SQLAlchemy 2.0 typed declarative models.

Designed for the issues that follow: task progress is keyed by the catalogue's
stable task id; mandates have one row per service; letters keep their recipient
and their place in the register; every change leaves an audit entry. New needs add
columns by migration.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class AddressColumns:
    """Postal address columns shared by people and letter recipients."""

    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    house_number_addition: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")


class Dossier(Base):
    """One death and everything the family arranges for it."""

    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    situation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # The earliest deadline of an unfinished task, kept up to date on every change so
    # the dossier list can sort on it without building plans (migration 0003).
    next_deadline: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    next_deadline_task: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # Where the intake questions were left: "" not begun, "done" finished, else a page.
    intake_step: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The hash of the newest audit entry: the end of the chain (migration 0005).
    audit_head: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Who made it (migration 0009): at the office the database role, which may then
    # work in it without being given it; at home the computer's user.
    created_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    persons: Mapped[list[Person]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="Person.position"
    )
    tasks: Mapped[list[TaskProgress]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan"
    )
    mandates: Mapped[list[Mandate]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="Mandate.id"
    )
    letters: Mapped[list[Letter]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="Letter.id"
    )
    organisations: Mapped[list[OrganisationDetails]] = relationship(
        back_populates="dossier",
        cascade="all, delete-orphan",
        order_by="OrganisationDetails.position",
    )
    estate_items: Mapped[list[EstateItem]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="EstateItem.position"
    )
    documents_sent: Mapped[list[DocumentSent]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="DocumentSent.position"
    )
    # Removed with the dossier by the database (ON DELETE CASCADE), not entry by entry:
    # at the office nobody but the owner may remove an entry of the trail.
    audit: Mapped[list[AuditEntry]] = relationship(
        back_populates="dossier",
        cascade="all, delete-orphan",
        order_by="AuditEntry.id",
        passive_deletes=True,
    )


class Person(AddressColumns, Base):
    """The deceased, the contact person or an heir (``role``)."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    first_names: Mapped[str] = mapped_column(String(200), default="")
    surname_prefix: Mapped[str] = mapped_column(String(50), default="")
    surname: Mapped[str] = mapped_column(String(200), default="")
    bsn: Mapped[str] = mapped_column(String(20), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, default=None)
    date_of_death: Mapped[date | None] = mapped_column(Date, default=None)
    lived_in_netherlands: Mapped[bool] = mapped_column(Boolean, default=True)
    relation: Mapped[str | None] = mapped_column(String(30), default=None)
    # An heir's part as the will gives it ("1/2"; "" not entered), migration 0012.
    will_share: Mapped[str] = mapped_column(String(20), default="", server_default="")
    # A grandchild's parent, the child whose place it takes ("" otherwise), migration 0013.
    in_place_of: Mapped[str] = mapped_column(String(200), default="", server_default="")
    has_address: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(50), default="")

    dossier: Mapped[Dossier] = relationship(back_populates="persons")


class TaskProgress(Base):
    """Progress on one catalogue task; ``task_id`` is the catalogue's stable id."""

    __tablename__ = "task_progress"
    __table_args__ = (UniqueConstraint("dossier_id", "task_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20), default="todo")
    note: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    # Optimistic locking (migration 0008): up by one with every change of the row.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    dossier: Mapped[Dossier] = relationship(back_populates="tasks")


class Mandate(Base):
    """Who may act for the estate, on what legal basis, for how long."""

    __tablename__ = "mandate"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    holder_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    holder_organisation: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(String(40))
    evidence_document: Mapped[str] = mapped_column(String(200), default="")
    evidence_date: Mapped[date | None] = mapped_column(Date, default=None)
    evidence_reference: Mapped[str] = mapped_column(String(100), default="")
    duration: Mapped[str] = mapped_column(String(20))
    task_id: Mapped[str | None] = mapped_column(String(80), default=None)
    valid_from: Mapped[date | None] = mapped_column(Date, default=None)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="concept")
    status_since: Mapped[date | None] = mapped_column(Date, default=None)
    # Every status with its date and note, oldest first (migration 0004).
    history: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    # Optimistic locking (migration 0008): up by one with every change of the row.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    dossier: Mapped[Dossier] = relationship(back_populates="mandates")
    services: Mapped[list[MandateService]] = relationship(
        back_populates="mandate", cascade="all, delete-orphan"
    )


class MandateService(Base):
    """One service a mandate covers: an organisation, a type and the rights."""

    __tablename__ = "mandate_service"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mandate_id: Mapped[int] = mapped_column(
        ForeignKey("mandate.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(String(80), default=None)
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    service_type: Mapped[str] = mapped_column(String(20))
    rights: Mapped[list[str]] = mapped_column(JSON, default=list)

    mandate: Mapped[Mandate] = relationship(back_populates="services")


class Letter(AddressColumns, Base):
    """A letter produced for the dossier: the register of what was sent to whom."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    letter_type: Mapped[str] = mapped_column(String(80))
    task_id: Mapped[str | None] = mapped_column(String(80), default=None)
    organisation_id: Mapped[str | None] = mapped_column(String(80), default=None)
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient_department: Mapped[str] = mapped_column(String(200), default="")
    their_reference: Mapped[str] = mapped_column(String(100), default="")
    our_reference: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str | None] = mapped_column(Text, default=None)
    file_name: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    answer_received_on: Mapped[date | None] = mapped_column(Date, default=None)
    answer_expected_by: Mapped[date | None] = mapped_column(Date, default=None)
    # Everything printed, so a reprint is the same document (LetterContent.to_json).
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    # Optimistic locking (migration 0008): up by one with every change of the row.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    dossier: Mapped[Dossier] = relationship(back_populates="letters")


class OrganisationDetails(AddressColumns, Base):
    """The family's own details at an organisation: name, address, their reference."""

    __tablename__ = "organisation_details"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    has_address: Mapped[bool] = mapped_column(Boolean, default=False)
    reference: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    dossier: Mapped[Dossier] = relationship(back_populates="organisations")


class EstateItem(Base):
    """Something the deceased owned or owed on the date of death (migration 0011)."""

    __tablename__ = "estate_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    # Whole cents, exact on both engines (SQLite has no decimal type); None: not known.
    value_cents: Mapped[int | None] = mapped_column(BigInteger, default=None)
    value_basis: Mapped[str] = mapped_column(String(20), default="unknown")
    owned: Mapped[str] = mapped_column(String(20), default="alone")
    letter_id: Mapped[int | None] = mapped_column(
        ForeignKey("letter.id", ondelete="SET NULL"), default=None
    )

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    dossier: Mapped[Dossier] = relationship(back_populates="estate_items")


class DocumentSent(Base):
    """An original or copy of a document sent to an organisation (migration 0011)."""

    __tablename__ = "document_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    document: Mapped[str] = mapped_column(String(40))
    copy_kind: Mapped[str] = mapped_column(String(20), default="copy")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(String(300), default="")

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)

    dossier: Mapped[Dossier] = relationship(back_populates="documents_sent")


class AuditEntry(Base):
    """One change to a dossier: what, when, the old and the new value."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer, default=None)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    # The chain (migration 0005): the previous entry's hash, and this entry's hash over
    # that and its own fields, so an edited or removed entry shows (audit.verify).
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # Who made the change (migration 0007): the database role at the office, the
    # computer's user at home; "" for entries written before.
    actor: Mapped[str] = mapped_column(String(100), default="", server_default="")

    dossier: Mapped[Dossier] = relationship(back_populates="audit")


class RecoveryKeyRecord(Base):
    """The data folder's recovery key (migration 0006), kept so the sheet can be printed
    again; the database is encrypted, and its key derives from this one."""

    __tablename__ = "recovery_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # When the user said the sheet is put away; until then a reminder once a month.
    stored_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class DossierAccess(Base):
    """At the office: a member of staff given a dossier (migration 0009). Row-level
    security lets a medewerker or meekijker see only the dossiers given to them (or,
    for a medewerker, made by them, or all when the firm chooses so)."""

    __tablename__ = "dossier_access"
    __table_args__ = (UniqueConstraint("dossier_id", "member"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    member: Mapped[str] = mapped_column(String(100))


class OfficeSetting(Base):
    """A choice the firm makes for everyone (migration 0009), e.g. whether every
    medewerker sees every dossier (``medewerkers_alle_dossiers`` = ``ja``)."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), default="")
