"""The company card beside the script: who you are calling and what happened before."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from textual.content import Content
from textual.widgets import Static

from canvass.domain.phone import format_phone
from canvass.i18n import t
from canvass.ui.formatting import danish_number, outcome_label
from canvass.ui.steady import show
from canvass.ui.text import safe_content

if TYPE_CHECKING:
    from canvass.services.rows import ColleagueCallback, CompanyCard, PastCall

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
_NOTE_WIDTH = 48


def _short(text: str, width: int = _NOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def colleague_callback_text(callback: ColleagueCallback) -> str:
    """``"SL ringer tilbage 4/12 kl. 10"`` (with the reason, when there is one)."""
    when = callback.due_at.astimezone(LOCAL_TZ)
    clock = f"{when:%H}" if when.minute == 0 else f"{when:%H.%M}"
    text = t(
        "card.colleague_callback",
        initials=callback.initials,
        date=f"{when.day}/{when.month}",
        time=clock.lstrip("0") or "0",
    )
    reason = _short(callback.reason, 32)
    return f"{text} · {reason}" if reason else text


def card_content(
    card: CompanyCard,
    objections: list[str],
    script: str = "",
    phase_times: list[tuple[str, str]] | None = None,
    says: Mapping[str, str] | None = None,
) -> Content:
    """The card's text: warnings, facts, contact, this call — time per phase, objections
    met, the script in use — and then every past call in full. ``says`` gives the text
    of an objection by its id (the library's), for the objections of past calls."""
    lines: list[Content] = []
    if card.ad_protected:
        lines.append(Content.styled(f" ⛔ {t('call.ad_protected')} ", "bold reverse $error"))
    if card.do_not_call:
        lines.append(Content.styled(f" ✋ {t('call.do_not_call')} ", "bold reverse $error"))
    for callback in card.colleague_callbacks:  # a colleague's promise: theirs to keep
        lines.append(Content.styled(f"☎ {colleague_callback_text(callback)}", "bold $warning"))
    lines.append(Content.styled(card.name, "bold"))
    facts = [
        f"CVR {card.cvr}" if card.cvr else "",
        format_phone(card.phone or ""),
    ]
    lines.append(Content(" · ".join(f for f in facts if f)))
    if card.address_line:
        lines.append(Content(card.address_line))
    about = [card.industry or ""]
    if card.employees is not None:
        about.append(t("call.employees", count=danish_number(card.employees)))
    if card.segment:
        about.append(t("call.segment", segment=card.segment))
    lines.append(Content(" · ".join(a for a in about if a)))
    if card.key_account:
        lines.append(Content.styled(f"★ {t('call.key_account')}", "bold $warning"))
    lines.append(Content(""))
    lines.append(Content.styled(t("call.contact"), "bold $text-accent"))
    if card.contacts:
        for contact in card.contacts:
            role = f" ({contact.role})" if contact.role else ""
            phone = f" · {format_phone(contact.phone)}" if contact.phone else ""
            current = contact is card.contact and len(card.contacts) > 1  # the one on the call
            lines.append(
                Content.styled(f"▸ {contact.name}{role}{phone}", "bold")
                if current
                else Content(f"{contact.name}{role}{phone}")
            )
    else:
        lines.append(Content.styled(t("call.no_contact"), "$text-muted"))
    if phase_times:
        lines.append(Content(""))
        lines.append(Content.styled(t("call.phase_times"), "bold $text-accent"))
        lines.extend(Content(f"  {name:<14} {spent:>5}") for name, spent in phase_times)
    if objections:
        lines.append(Content(""))
        lines.append(Content.styled(t("call.objections_in_call"), "bold $text-accent"))
        lines.extend(Content(f"  {_short(text)}") for text in objections)
    if script:
        lines.append(Content(""))
        lines.append(Content.styled(t("call.script"), "bold $text-accent"))
        lines.append(Content(script))
    # Last: the full history can be long, and this call's facts must stay in view.
    lines.append(Content(""))
    lines.append(Content.styled(t("call.past_calls"), "bold $text-accent"))
    if not card.past_calls:
        lines.append(Content.styled(t("call.never_called"), "$text-muted"))
    for past in card.past_calls:
        lines.extend(_past_call(past, says or {}))
    return Content("\n").join(lines)


def _past_call(past: PastCall, says: Mapping[str, str]) -> list[Content]:
    """One earlier call in full: when, who, outcome, comment, notes, objections used."""
    when = past.started_at.astimezone(LOCAL_TZ)
    head = [
        (f"{when:%d/%m/%Y %H:%M} {past.consultant} ", "$text-muted"),
        (outcome_label(past.outcome) or t("call.unfinished"), "bold"),
    ]
    if past.corrected:
        head.append((f" · {t('call.corrected')}", "italic $text-muted"))
    lines = [Content.assemble(*head)]
    if past.comment.strip():
        lines.append(Content(f"  {past.comment.strip()}"))
    lines.extend(Content.styled(f"  {line}", "italic") for line in past.notes.strip().splitlines())
    if past.objection_ids:
        used = "; ".join(says.get(one, one) for one in past.objection_ids)
        lines.append(
            Content.styled(f"  {t('call.objections_used', objections=used)}", "$text-muted")
        )
    return lines


class CompanyCardView(Static):
    """Shows a :class:`CompanyCard`; call :meth:`show` with the objections met so far."""

    def show(
        self,
        card: CompanyCard,
        objections: list[str],
        script: str = "",
        phase_times: list[tuple[str, str]] | None = None,
        *,
        says: Mapping[str, str] | None = None,
    ) -> None:
        """Render the card (redrawn every second while a call runs: the phase times)."""
        show(self, safe_content(card_content(card, objections, script, phase_times, says)))
