"""What a list of backups shows about one snapshot, and what a restore did."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from infusion_desk.core.i18n import translate
from infusion_desk.services.backup_directory import parse_name, size_of
from infusion_desk.services.backup_policy import reason_words
from infusion_desk.storage.blob_store import BlobStore
from infusion_desk.storage.snapshot import SnapshotError, read_snapshot


@dataclass(frozen=True)
class BackupInfo:
    """One snapshot, as a list of backups shows it."""

    path: Path
    taken_at: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    folder_name: str = ""
    size: int = 0  # bytes of the snapshot file itself (document bytes are shared)
    documents_size: int = 0  # bytes of the documents it refers to
    damaged: bool = False
    problem: str = ""

    @property
    def records(self) -> int:
        return sum(n for label, n in self.counts.items() if label != "In the trash")


@dataclass(frozen=True)
class RestoreOutcome:
    target: Path
    restored_from: BackupInfo
    safety_backup: BackupInfo | None  # the snapshot taken of what was replaced
    set_aside: Path | None  # a damaged file that could not be snapshotted, moved here instead
    missing_documents: list[str] = field(default_factory=list)



def describe(path: Path, blobs: BlobStore, *, check: bool = True,
             present: Callable[[str, int], bool] | None = None) -> BackupInfo:
    """Read one snapshot file: its counts, whether it is whole, and the documents it needs.

    With ``check``, SQLite's quick check of the file runs too (a snapshot already checked and
    unchanged since need not be). ``present`` says whether the store holds a fingerprint (of a
    given size); by default each file is looked at.
    """
    taken_from_name, reason_from_name = parse_name(path)
    present = present or blobs.has
    try:
        contents = read_snapshot(path, check=check)
    except (SnapshotError, OSError) as exc:
        return BackupInfo(path, taken_from_name, reason_from_name, damaged=True,
                          problem=translate("BackupInfo", "The backup file cannot be read "
                                                          "({error}).").format(error=exc))
    info = contents.info
    try:
        taken_at = datetime.fromisoformat(info["taken_at"])
    except (KeyError, ValueError):
        taken_at = taken_from_name
    problem = ""
    if contents.problems:
        problem = translate("BackupInfo", "The backup file is damaged.")
    else:
        absent = [sha for sha, size in contents.blobs if not present(sha, size)]
        packs = blobs.packs
        texts = [sha for sha, _size in contents.packs if not packs.has(sha)] if check else []
        if absent:
            problem = translate("BackupInfo", "%n documents are missing from the backup.", None,
                                len(absent))
        elif texts:
            problem = translate("BackupInfo", "The text of %n documents is missing from the "
                                              "backup.", None, len(texts))
    return BackupInfo(
        path=path,
        taken_at=taken_at,
        reason=info.get("reason", reason_from_name),
        counts=contents.counts,
        folder_name=info.get("folder_name", ""),
        size=size_of(path),
        documents_size=sum(size for _sha, size in contents.blobs),
        damaged=bool(problem),
        problem=problem,
    )


# ---------------------------------------------------------------- how the command line shows one
def backup_when(info: BackupInfo) -> str:
    return info.taken_at.strftime("%Y-%m-%d %H:%M")


def backup_line(info: BackupInfo) -> str:
    """One backup on one line: when, why, and what it holds (or what is wrong with it)."""
    reason = reason_words(info.reason)
    if info.damaged:
        return translate("BackupInfo", "{when}  {reason}  DAMAGED: {problem}").format(
            when=backup_when(info), reason=f"{reason:<26}", problem=info.problem)
    documents = info.counts.get("Document", 0)
    records = translate("BackupInfo", "%n records", None, info.records)
    papers = translate("BackupInfo", "%n documents", None, documents)
    return translate("BackupInfo", "{when}  {reason}  {records}, {documents}").format(
        when=backup_when(info), reason=f"{reason:<26}", records=records, documents=papers)
