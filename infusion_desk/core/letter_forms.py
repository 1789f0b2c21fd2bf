"""A letter's form of labels and values put back together when OCR read it as two columns.

Letters print their facts as a small form: "Member ID" with its value beside it. When the
labels and the values stand far apart (a phone photo, a wide form), Tesseract reads the column
of values and then the column of labels, or the other way round::

    Walter Brennan          Member
    03/14/1947              Date of birth
    BBP815628049     …      Member ID
    BBP-PA-5463-7321        Authorization #

:func:`form_pairs` finds a run of three or more lines that are each a known label alone, takes
the same number of lines just before it (or, failing that, just after it), and pairs them in
order, each pair written as one line ("Member ID BBP815628049") — but only when every pair
makes sense (a date beside a date's label, a number beside a number's label, no digits beside
a name's label) and at least two pairs could be checked. Otherwise nothing is paired: a wrong
pairing would put a wrong value in front of her.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from infusion_desk.core.text import fold

MIN_RUN = 3

_DATE_LABELS = (r"date of birth|birth date|dob|fecha de nacimiento|approved from|approved through"
                r"|approved (to|until)|valid from|valid through|approved period|aprobad[oa] desde"
                r"|aprobad[oa] hasta|periodo aprobado|date of service|service date"
                r"|fecha de servicio|start date|end date|fecha de inicio"
                r"|fecha de (fin|vencimiento)")
_NUMBER_LABELS = (r"member id( number)?|member (number|no\.?|#)|id del? miembro"
                  r"|numero de (identificacion )?(de(l)? )?miembro|medicare number"
                  r"|(prior )?authori[sz]ation( number| no\.?| #| id)?|auth #"
                  r"|numero de (la )?autorizacion( previa)?|reference( number| #)?"
                  r"|numero de referencia|case (number|#)|numero de caso|claim (number|#)"
                  r"|numero de (reclamo|reclamacion)|account (number|#)|numero de cuenta"
                  r"|invoice (number|#)|numero de factura|group (number|#)|numero de grupo"
                  r"|quantity( approved)?|cantidad( aprobada)?")
_NAME_LABELS = (r"member|member name|miembro|nombre|name|patient|paciente|prescriber"
                r"|prescribing doctor|medico|doctor|provider|proveedor")
_FREE_LABELS = (r"drug( or service)?( requested)?|service requested|medication|medicamento"
                r"( o servicio)?( solicitado)?|servicio|plan|plan name")


def _label(kind: str) -> re.Pattern[str]:
    return re.compile(rf"^[^\w]*(?:{kind})\s*[:#.]?\s*$")


_KINDS = (("date", _label(_DATE_LABELS)), ("number", _label(_NUMBER_LABELS)),
          ("name", _label(_NAME_LABELS)), ("free", _label(_FREE_LABELS)))
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2},? \d{4}\b"
                   r"|\b\d{1,2} (de )?[a-z]+ (de )?\d{4}\b")


def _kind_of(line: str) -> str | None:
    folded = fold(line)
    return next((kind for kind, pattern in _KINDS if pattern.match(folded)), None)


def _fits(kind: str, value: str) -> bool | None:
    """Whether ``value`` can stand beside a label of ``kind``; None where that says nothing."""
    folded = fold(value)
    has_digit = any(ch.isdigit() for ch in value)
    if kind == "date":
        return _DATE.search(folded) is not None
    if kind == "number":
        return has_digit and _DATE.fullmatch(folded.strip()) is None
    if kind == "name":
        return not has_digit and _kind_of(value) is None
    return None if _kind_of(value) is None else False


def form_pairs(lines: Sequence[str]) -> list[str]:
    """``lines`` with, after each run of labels read apart from their values, one line
    "label value" per label (see the module). Lines are never removed."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate([*lines, ""]):
        if line and _kind_of(line):
            start = index if start is None else start
        elif start is not None:
            if index - start >= MIN_RUN:
                runs.append((start, index))
            start = None
    out = list(lines)
    for first, end in reversed(runs):  # from the end: inserting keeps earlier places right
        labels = lines[first:end]
        out[end:end] = (_paired(labels, lines[max(0, first - len(labels)):first])
                        or _paired(labels, lines[end:end + len(labels)]))
    return out


def _paired(labels: Sequence[str], values: Sequence[str]) -> list[str]:
    if len(values) != len(labels) or not all(values):
        return []
    checked = 0
    for label, value in zip(labels, values, strict=True):
        kind = _kind_of(label)
        fits = _fits(kind, value) if kind else False
        if fits is False:
            return []
        checked += fits is True
    if checked < 2:
        return []
    return [f"{label.rstrip(' :')} {value}" for label, value in zip(labels, values, strict=True)]
