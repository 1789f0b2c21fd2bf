"""A folder's tally and a copy's comparison in plain words: what ``infusion-desk check`` and
``infusion-desk copy`` print, and what the window says after a copy."""

from __future__ import annotations

from infusion_desk.core.i18n import translate
from infusion_desk.services.folder_copy import CopyComparison, FolderTally, KindCount


def count_words(count: KindCount) -> str:
    if count.trashed:
        return translate("CopyWords", "{live} (and {trashed} in the trash)").format(
            live=count.live, trashed=count.trashed)
    return str(count.live)


def tally_lines(tally: FolderTally) -> list[str]:
    """One line per kind of record: how many, and how many of them are in the trash."""
    return [f"{kind.label}: {count_words(count)}" for kind, count in tally.kinds.items()]


def comparison_lines(comparison: CopyComparison) -> list[str]:
    """What the copy holds against the folder copied: first whether all arrived, then what
    differs (each kind, each document), then the copy's tally."""
    lines: list[str] = []
    documents = len(comparison.source.documents)
    if comparison.same:
        lines.append(translate(
            "CopyWords",
            "Everything arrived: the copy holds the same number of each kind of record (in "
            "the trash too), and each of its {documents} documents has the same fingerprint, "
            "its bytes read back and checked.").format(documents=documents))
    else:
        lines.append(translate(
            "CopyWords",
            "The copy is not the same as the folder. Keep using the folder, and do not delete "
            "it."))
    for kind, source, copy in comparison.counts_differ:
        lines.append(translate(
            "CopyWords", "{kind}: {source} in the folder, {copy} in the copy.").format(
                kind=kind.label, source=count_words(source), copy=count_words(copy)))
    lines += [translate("CopyWords", "Document “{title}” is not the same in the copy.").format(
        title=title) for title in comparison.documents_differ]
    lines += [translate(
        "CopyWords",
        "Document “{title}” was already damaged in the folder (its bytes do not match its "
        "fingerprint); it was copied as it is.").format(title=title)
              for title in comparison.damaged_in_source]
    if not comparison.ids_kept:
        lines.append(translate(
            "CopyWords",
            "The server gave the records new numbers (other folders there use the old ones); "
            "every link between them was kept."))
    return lines + tally_lines(comparison.copy)
