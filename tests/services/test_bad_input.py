"""Whatever is typed into any field of any record, the service layer never crashes: a value is
stored as typed (lone surrogates, which no file can hold, as U+FFFD) or refused with a plain
FolderError that changes nothing."""

from __future__ import annotations

import enum
import typing
from collections.abc import Iterator
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from folder_engines import ENGINES, place_on
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infusion_desk.core.errors import FolderError
from infusion_desk.core.records import RECORD_TYPES, Document, Profile, Record, Request
from infusion_desk.core.text import clean_text
from infusion_desk.services import Folder
from infusion_desk.storage.mapping import KEPT_ON_UPDATE

EVERY_CATEGORY = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
                  "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc",
                  "Cf", "Cs", "Co", "Cn"]
SPECIAL = [
    "",
    "\x00",
    "before\x00after",
    "\x07\x08\x1b[31mred\x7f",
    "\u202eevil override\u202c and \u200f",
    "שלום, مرحبا بالعالم",
    "🧑‍⚕️💉🏥 family 👨‍👩‍👧",
    "\ud800",
    "half \udfff a pair",
    "e\u0301 combining",
    "\ufeffBOM",
    "line\r\nbreaks\u2028and\u2029more",
    "x" * 1_000_000,
    "é" * 300_000 + "\ud83d",
]
TEXT = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(st.characters(codec=None, categories=EVERY_CATEGORY), max_size=200),
)
DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
DATETIMES = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59))
NUMBERS = st.one_of(st.integers(), st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, -(2**63)]))
KINDS: list[type[Any]] = [*RECORD_TYPES.values(), Profile]


@pytest.fixture(scope="module", params=ENGINES)
def folder(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Folder]:
    """One folder for every example (making one per example is slow), on each engine: a folder
    file, and a folder shared on the test PostgreSQL server."""
    place = place_on(request.param, tmp_path_factory.mktemp("bad-input"), request)
    with place.create() as opened:
        yield opened
        assert opened.check().ok  # after everything, still sound


def values_for(cls: type[Any], draw: st.DrawFn, text: str, *, numbers: bool) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):
        hint = hints[f.name]
        args = set(typing.get_args(hint)) | {hint}
        if f.name in ("id", "sha256", "size", "added_at", "document_ids"):
            continue
        if str in args:
            values[f.name] = text
        elif datetime in args:
            values[f.name] = draw(DATETIMES)
        elif date in args:  # a date a record must have (a deadline's) is always given
            values[f.name] = draw(st.none() | DATES if type(None) in args else DATES)
        elif bool in args:
            values[f.name] = draw(st.booleans())
        elif int in args:
            values[f.name] = draw(NUMBERS) if numbers else None if type(None) in args else 0
        else:
            members = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
            if members:
                values[f.name] = draw(st.sampled_from(list(members[0])))
    return values


def text_fields(record: Any) -> list[str]:
    return [f.name for f in fields(record) if isinstance(getattr(record, f.name), str)
            and not isinstance(getattr(record, f.name), enum.Enum)]


def expected(record: Any) -> Any:
    """What reading it back should give: the same, with text made storable."""
    return replace(record, **{n: clean_text(getattr(record, n)) for n in text_fields(record)})


def store(folder: Folder, record: Any) -> Any:
    if isinstance(record, Profile):
        folder.records.save_profile(record)
        return folder.profile()
    if isinstance(record, Document):
        saved = folder.records.add_document(
            record, b"bytes of " + record.title.encode("utf-8", "replace")).value
    else:
        saved = folder.records.add(record).value
    return folder.get(type(saved), saved.id)


def assert_plain_refusal(error: FolderError) -> None:
    message = str(error)
    assert message and "Traceback" not in message and "\n" not in message


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(kind=st.sampled_from(KINDS), text=TEXT, data=st.data())
def test_any_text_and_any_date_in_every_field_round_trips(
    folder: Folder, kind: type[Any], text: str, data: st.DataObject
) -> None:
    record = kind(**values_for(kind, data.draw, text, numbers=False))
    got = store(folder, record)
    want = expected(record)
    if isinstance(record, Document):
        want = replace(want, sha256=got.sha256, size=got.size, added_at=got.added_at, id=got.id,
                       read_state=got.read_state, text_source=got.text_source)  # (the store's)
    elif not isinstance(record, Profile):
        want = replace(want, id=got.id)
    assert got == want
    if text.strip():
        folder.search(text[:200])  # any words, even these, can be looked for
    if not isinstance(record, Profile):
        edited = folder.records.update(replace(got, **{  # and edited, trashed and brought back
            name: text[::-1] for name in text_fields(got) if name not in ("sha256", "media_type")
        })).value
        kept = {name: getattr(got, name) for name in KEPT_ON_UPDATE.get(kind, ())}
        assert folder.get(kind, got.id) == replace(expected(edited), **kept)
        folder.records.trash(kind, got.id)
        folder.records.restore(kind, got.id)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), data=st.data())
def test_any_number_is_stored_or_refused_plainly_and_changes_nothing(
    folder: Folder, kind: type[Any], data: st.DataObject
) -> None:
    record = kind(**values_for(kind, data.draw, "numbers", numbers=True))
    if isinstance(record, Request):
        record = replace(record, document_ids=tuple(data.draw(st.lists(NUMBERS, max_size=3))))
    before = folder.counts()
    profile_before = folder.profile()
    try:
        got = store(folder, record)
    except FolderError as exc:
        assert_plain_refusal(exc)
        assert folder.counts() == before
        assert folder.profile() == profile_before
        return
    # A document's reading state and text source are the store's to set (text given with no
    # source recorded is "from the file"), as in the round trip above.
    stores_own = ("read_state", "text_source") if isinstance(record, Document) else ()
    for f in fields(record):
        if f.name not in ("id", "version", "sha256", "size", "added_at", "document_ids",
                          *stores_own):
            assert getattr(got, f.name) == getattr(record, f.name), f.name


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(record_id=NUMBERS, kind=st.sampled_from(list(RECORD_TYPES.values())))
def test_any_record_number_is_found_or_refused_plainly(
    folder: Folder, record_id: int, kind: type[Record]
) -> None:
    before = folder.counts()
    for action in (folder.get, folder.records.trash, folder.records.restore):
        try:
            action(kind, record_id)
        except FolderError as exc:
            assert_plain_refusal(exc)
            assert folder.counts() == before


def test_a_huge_document_title_and_text_are_kept_whole(folder: Folder) -> None:
    title = "Letter " + "🧾" * 500_000
    text = "".join(f"line {n} of the statement " for n in range(40_000)) + " PA-77123"
    saved = folder.records.add_document(Document(title=title, text=text), b"%PDF").value
    assert saved.id is not None
    assert folder.get(Document, saved.id).title == title
    assert [h.record_id for h in folder.search("PA-77123") if h.record_id == saved.id]


def test_the_folder_path_itself_may_hold_any_letters(tmp_path: Path) -> None:
    path = tmp_path / "Nguyễn Thị 🏥 #1 ?&% O'Brien.infusiondesk"
    with Folder.create(path) as folder:
        folder.records.save_profile(Profile(patient_name="Nguyễn Thị Hồng Nhung"))
    with Folder.open(path) as folder:
        assert folder.profile().patient_name == "Nguyễn Thị Hồng Nhung"
