"""SQLAlchemy tables of the folder file. Only the storage package sees these rows.

The schema itself is created and changed only by the Alembic revisions in ``migrations/``; these
classes describe the current head for the ORM, and a test checks that the two agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from infusion_desk.storage.stored_text import StoredText


class Base(DeclarativeBase):
    pass


class TimestampedMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # Revision 0007: one more at each change; a save over an older version is told, not made.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ProfileRow(Base):
    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_name: Mapped[str] = mapped_column(StoredText, default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    therapy: Mapped[str] = mapped_column(StoredText, default="")
    treats: Mapped[str] = mapped_column(StoredText, default="")
    allergies: Mapped[str] = mapped_column(StoredText, default="")
    prescriber: Mapped[str] = mapped_column(StoredText, default="")
    infusion_provider: Mapped[str] = mapped_column(StoredText, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    planned_duration: Mapped[str] = mapped_column(StoredText, default="")
    planned_end: Mapped[date | None] = mapped_column(Date)
    dosing_schedule: Mapped[str] = mapped_column(StoredText, default="")
    access_line: Mapped[str] = mapped_column(StoredText, default="")
    nursing_schedule: Mapped[str] = mapped_column(StoredText, default="")
    next_appointment_on: Mapped[date | None] = mapped_column(Date)
    next_appointment_with: Mapped[str] = mapped_column(StoredText, default="")
    notes: Mapped[str] = mapped_column(StoredText, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class PlanRow(TimestampedMixin, Base):
    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payer: Mapped[str] = mapped_column(StoredText, default="")
    rank: Mapped[str] = mapped_column(String(20))
    plan_type: Mapped[str] = mapped_column(String(40))
    plan_name: Mapped[str] = mapped_column(StoredText, default="")
    member_id: Mapped[str] = mapped_column(StoredText, default="")
    group_number: Mapped[str] = mapped_column(StoredText, default="")
    member_phone: Mapped[str] = mapped_column(StoredText, default="")
    pa_phone: Mapped[str] = mapped_column(StoredText, default="")
    pa_fax: Mapped[str] = mapped_column(StoredText, default="")
    policyholder: Mapped[str] = mapped_column(StoredText, default="")
    effective_from: Mapped[date | None] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(StoredText, default="")


class ContactRow(TimestampedMixin, Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(StoredText, default="")
    role: Mapped[str] = mapped_column(StoredText, default="")
    organization: Mapped[str] = mapped_column(StoredText, default="")
    phone: Mapped[str] = mapped_column(StoredText, default="")
    fax: Mapped[str] = mapped_column(StoredText, default="")
    email: Mapped[str] = mapped_column(StoredText, default="")
    hours: Mapped[str] = mapped_column(StoredText, default="")
    needs_from_us: Mapped[str] = mapped_column(StoredText, default="")
    notes: Mapped[str] = mapped_column(StoredText, default="")


class StepRow(TimestampedMixin, Base):
    __tablename__ = "steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(StoredText, default="")
    status: Mapped[str] = mapped_column(String(40))
    waiting_on: Mapped[str] = mapped_column(StoredText, default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    reference_number: Mapped[str] = mapped_column(StoredText, default="")
    approved_from: Mapped[date | None] = mapped_column(Date)
    approved_to: Mapped[date | None] = mapped_column(Date)
    approved_quantity: Mapped[str] = mapped_column(StoredText, default="")
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(StoredText, default="")


class BlobRow(Base):
    """The bytes of a document, stored once per SHA-256 and never changed."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentRow(TimestampedMixin, Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(StoredText, default="")
    kind: Mapped[str] = mapped_column(String(40))
    document_date: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    sender: Mapped[str] = mapped_column(StoredText, default="")
    notes: Mapped[str] = mapped_column(StoredText, default="")
    original_name: Mapped[str] = mapped_column(StoredText, default="")
    media_type: Mapped[str] = mapped_column(StoredText, default="")
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    preview_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    # Text it has besides its pages (an archive's list of files); a document whose text is its
    # pages' keeps it only in ``document_pages`` (revision 0004), and it is searched from there.
    text: Mapped[str] = mapped_column(StoredText, default="")
    # None from revision 0005 on: made from the bytes when one is shown
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))
    added_at: Mapped[datetime | None] = mapped_column(DateTime)
    read_state: Mapped[str] = mapped_column(String(20), default="not_needed", index=True)
    text_source: Mapped[str] = mapped_column(String(10), default="none")
    read_note: Mapped[str] = mapped_column(StoredText, default="")
    # Extra words it is found by: number runs a picture's reader split, joined up (storage's own)
    search_words: Mapped[str] = mapped_column(StoredText, default="")


class DocumentPageRow(Base):
    """The text of one page of a document, so a search can open the page a word is on."""

    __tablename__ = "document_pages"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(StoredText, default="")
    source: Mapped[str] = mapped_column(String(10), default="none")  # core.ocr.TextSource
    words: Mapped[str | None] = mapped_column(StoredText)  # JSON: the words read and their boxes
    image_width: Mapped[int | None] = mapped_column(Integer)  # the picture that was read
    image_height: Mapped[int | None] = mapped_column(Integer)
    # Its text is its PDF's own text layer, kept only there (``text`` empty) and found through
    # ``page_bodies`` (revision 0005; see storage.page_bodies).
    text_in_blob: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class PageBodyEntryRow(Base):
    """An entry of the index of PDF pages' text (``page_bodies``): whose page it is, and whether
    that page still holds the text it was made from. Keys are never used again."""

    __tablename__ = "page_body_entries"
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 - SQLAlchemy's own
    key: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(Integer, index=True)
    page: Mapped[int] = mapped_column(Integer)
    live: Mapped[bool] = mapped_column(Boolean, default=True)


class CallRow(TimestampedMixin, Base):
    __tablename__ = "calls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    called_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    direction: Mapped[str] = mapped_column(String(10))
    organization: Mapped[str] = mapped_column(StoredText, default="")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    person: Mapped[str] = mapped_column(StoredText, default="")
    phone: Mapped[str] = mapped_column(StoredText, default="")
    reference_number: Mapped[str] = mapped_column(StoredText, default="")
    summary: Mapped[str] = mapped_column(StoredText, default="")
    outcome: Mapped[str] = mapped_column(StoredText, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))


class RequestRow(TimestampedMixin, Base):
    __tablename__ = "requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    what: Mapped[str] = mapped_column(StoredText, default="")
    requested_on: Mapped[date | None] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(StoredText, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    submitted_by: Mapped[str] = mapped_column(StoredText, default="")
    submitted_to: Mapped[str] = mapped_column(StoredText, default="")
    method: Mapped[str | None] = mapped_column(String(20))
    confirmation_number: Mapped[str] = mapped_column(StoredText, default="")
    confirmed_on: Mapped[date | None] = mapped_column(Date)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(StoredText, default="")


class QuestionRow(TimestampedMixin, Base):
    __tablename__ = "questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(StoredText, default="")
    ask_whom: Mapped[str] = mapped_column(StoredText, default="")
    status: Mapped[str] = mapped_column(String(20))
    answer: Mapped[str] = mapped_column(StoredText, default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    answered_call_id: Mapped[int | None] = mapped_column(
        ForeignKey("calls.id", ondelete="SET NULL")
    )
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id", ondelete="SET NULL"))
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))


request_documents = Table(
    "request_documents",
    Base.metadata,
    Column("request_id", ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True),
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)


class DeadlineRow(TimestampedMixin, Base):
    """A deadline (revision 0006): its links are kept as the other records' are (SET NULL)."""

    __tablename__ = "deadlines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(StoredText, default="")
    to_do: Mapped[str] = mapped_column(StoredText, default="")
    concerns: Mapped[str] = mapped_column(StoredText, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"))
    step_id: Mapped[int | None] = mapped_column(ForeignKey("steps.id", ondelete="SET NULL"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id", ondelete="SET NULL"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    rule_key: Mapped[str] = mapped_column(StoredText, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)


class FolderSettingsRow(Base):
    """The folder's own settings (revision 0006), one row like the profile: the random key its
    calendar events are named by, made once, and how long before an approval ends to renew."""

    __tablename__ = "folder_settings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder_key: Mapped[str] = mapped_column(StoredText)
    renewal_lead_days: Mapped[int] = mapped_column(Integer, default=14)
