"""The sparring hub (``r`` on the call list): everything of buddy-pair sparring in one place.

Who my buddy is (and my focus from the last review), then: follow my buddy's call live,
the queue of calls to give sparring on, the feedback given to me (new ones counted), and
the team and its pairs. The counts are read in a worker; the hub is usable at once. It
only chooses: the app opens what was chosen (:meth:`CanvassApp.action_sparring`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from canvass.i18n import t
from canvass.ui.bindings import localise_bindings
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo
    from canvass.services.team import TeamMember

#: The hub's choices, in the order shown, each with its key.
CHOICES: tuple[tuple[str, str], ...] = (
    ("follow", "f"),
    ("queue", "g"),
    ("feedback", "s"),
    ("team", "t"),
)


@dataclass(frozen=True)
class HubFacts:
    """What the hub says beside its choices (read off the UI thread)."""

    buddy: TeamMember | None
    new_feedback: int
    focus: str | None


class SparringHub(ModalScreen[str | None]):
    """Pick one of :data:`CHOICES`; dismissed with its name, or None on ``esc``."""

    DEFAULT_CSS = """
    SparringHub { align: center middle; }
    SparringHub #hub { width: 64; max-width: 100%; height: auto; padding: 1 2;
        border: round $primary; background: $surface; }
    SparringHub #hub-title { text-style: bold; }
    SparringHub #hub-buddy, SparringHub #hub-focus { color: $text-muted; }
    SparringHub OptionList { height: auto; margin-top: 1; }
    SparringHub #hub-keys { margin-top: 1; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "choose(None)", "hub.key.close", id="hub.close"),
        *(
            Binding(letter, f"choose('{name}')", f"hub.key.{name}", id=f"hub.{name}", show=False)
            for name, letter in CHOICES
        ),
    ]

    def __init__(self, services: Services, me: ConsultantInfo) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._me = services, me
        self._facts = HubFacts(None, 0, None)

    def compose(self) -> ComposeResult:
        with Vertical(id="hub"):
            yield Plain(t("hub.title", initials=self._me.initials), id="hub-title")
            yield Plain(t("hub.buddy.loading"), id="hub-buddy")
            yield Plain("", id="hub-focus")
            yield OptionList(*self._options(), id="hub-choices", markup=False)
            yield Plain(t("hub.keys"), id="hub-keys")

    def _options(self) -> list[Option]:
        facts = self._facts
        labels = {
            "follow": t("hub.follow", buddy=facts.buddy.initials)
            if facts.buddy
            else t("hub.follow.none"),
            "queue": t("hub.queue"),
            "feedback": t("hub.feedback.new", count=facts.new_feedback)
            if facts.new_feedback
            else t("hub.feedback"),
            "team": t("hub.team"),
        }
        return [Option(f"{letter}  {labels[name]}", id=name) for name, letter in CHOICES]

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self._read_facts()

    @work(thread=True, exclusive=True, exit_on_error=False, group="hub")
    def _read_facts(self) -> None:
        services, me = self._services, self._me
        buddy = services.team.buddy_of(me.id)
        facts = HubFacts(buddy, services.feedback.unread_count(me.id), services.calls.focus(me.id))
        self.app.call_from_thread(self._show, facts)

    def _show(self, facts: HubFacts) -> None:
        self._facts = facts
        buddy = facts.buddy
        self.query_one("#hub-buddy", Plain).update(
            t("hub.buddy", initials=buddy.initials, name=buddy.name) if buddy else t("hub.no_buddy")
        )
        self.query_one("#hub-focus", Plain).update(
            t("hub.focus", text=facts.focus) if facts.focus else ""
        )
        choices = self.query_one(OptionList)
        highlighted = choices.highlighted
        choices.clear_options()
        choices.add_options(self._options())
        choices.highlighted = highlighted

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose(self, name: str | None) -> None:
        """Open ``name`` (one of :data:`CHOICES`), or close the hub."""
        self.dismiss(name)
