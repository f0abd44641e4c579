"""How a call of the history and a correction of it look: plain rich Text, never markup
(notes and names come from the database)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rich.text import Text

from canvass.i18n import t
from canvass.ui.formatting import LOCAL_TZ, outcome_label
from canvass.ui.text import safe_cell

if TYPE_CHECKING:
    from canvass.services.rows import HistoryCall, Revision

_INDENT = "  "


def _when(moment: datetime) -> str:
    local = moment.astimezone(LOCAL_TZ)
    return f"{local.day}/{local.month}/{local.year} {local:%H:%M}"


def _block(text: Text, label: str, value: str) -> None:
    """``label: value`` with every further line of ``value`` indented under it."""
    lines = value.strip().splitlines() or [""]
    text.append(f"\n{_INDENT}{label}: ", style="dim")
    text.append(lines[0])
    for line in lines[1:]:
        text.append(f"\n{_INDENT}  {line}")


def call_text(call: HistoryCall, says: Mapping[str, str], *, with_company: bool = False) -> Text:
    """One call in full: when, who, outcome (and whether corrected), comment, notes,
    the objections met (their ``says`` text when the library knows them)."""
    text = Text()
    if with_company:
        text.append(call.company_name, style="bold")
        text.append(" · ")
    text.append(f"{_when(call.started_at)} · {call.consultant} · ", style="dim")
    text.append(outcome_label(call.outcome) or t("call.unfinished"), style="bold")
    if call.revisions:
        text.append(f" · {t('history.corrected', count=call.revisions)}", style="italic")
    if call.comment.strip():
        _block(text, t("history.comment"), call.comment)
    if call.notes.strip():
        _block(text, t("history.notes"), call.notes)
    if call.objection_ids:
        used = " · ".join(says.get(one, one) for one in call.objection_ids)
        _block(text, t("history.objections"), used)
    return safe_cell(text)  # names, notes and comments: control characters shown


def _moment_text(value: str | None) -> str:
    return _when(datetime.fromisoformat(value)) if value else ""


def _part(name: str, value: Any) -> str:
    """A saved value of a revision as short text; ``—`` for none."""
    if value in (None, ""):
        return "—"
    if name == "outcome":
        return outcome_label(str(value))
    if name == "meeting":
        kind = t(f"wrapup_dialog.kind.{value.get('location_kind', 'company')}")
        return f"{_moment_text(value.get('starts_at'))}, {value.get('duration_min')} min, {kind}"
    if name == "callback":
        reason = str(value.get("reason") or "").strip()
        return " ".join(p for p in (_moment_text(value.get("due_at")), reason) if p)
    if name == "job_order":
        return str(value.get("title") or "")
    return " ".join(str(value).split())


#: The parts of a call a correction may change, in the order they are shown.
PARTS = ("outcome", "comment", "notes", "meeting", "callback", "job_order")


def revision_text(revision: Revision) -> Text:
    """``23/11/2026 12:00 · AB`` and one ``what: before → after`` line per changed part."""
    text = Text(f"{_when(revision.changed_at)} · {revision.consultant}", style="bold")
    for name in PARTS:
        before, after = revision.before.get(name), revision.after.get(name)
        if before == after:
            continue
        text.append(f"\n{_INDENT}{t(f'history.part.{name}')}: ", style="dim")
        text.append(_part(name, before))
        text.append(" → ", style="bold")
        text.append(_part(name, after))
    return safe_cell(text)
