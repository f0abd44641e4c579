"""Import a CSV list and export meetings or calls, from the TUI.

The same plain functions as ``canvass import`` / ``canvass export`` (no Textual in
:mod:`canvass.transfer`), run in thread workers; the dialogs show what came of it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, ProgressBar, RadioButton, RadioSet, Static
from textual.worker import Worker, WorkerState

from canvass.domain.when import parse_date
from canvass.errors import CanvassError
from canvass.files import write_private
from canvass.i18n import t
from canvass.transfer import ImportProgress, read_companies
from canvass.ui.bindings import localise_bindings
from canvass.ui.feedback import error_text
from canvass.ui.formatting import LOCAL_TZ, danish_number
from canvass.ui.text import Plain

if TYPE_CHECKING:
    from canvass.services import Services

_DIALOG_CSS = """
{name} #dialog {{
    width: 90; max-width: 100%; height: auto; max-height: 90%; padding: 1 2;
    border: round $primary; background: $surface;
}}
{name} .title {{ text-style: bold; margin-bottom: 1; }}
{name} .row {{ height: auto; }}
{name} .field-label {{ width: 20; padding-top: 1; color: $text-muted; }}
{name} Input {{ width: 1fr; }}
{name} #result {{ height: auto; margin-top: 1; }}
{name} #problems {{ height: auto; max-height: 14; border: round $error; display: none; }}
{name} #progress {{ margin-top: 1; display: none; }}
{name} .keys {{ margin-top: 1; color: $text-muted; }}
"""


def _close_binding(description: str, binding_id: str) -> Binding:
    return Binding("escape", "close", description, id=binding_id, tooltip=description)


class _ShowsFailures:
    """A dialog whose worker failing (a locked database, a full disk) says so in the
    dialog itself, instead of "Importerer …" for ever."""

    def _show(self, message: str, style: str) -> None:
        raise NotImplementedError  # pragma: no cover - each dialog has it

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            event.stop()
            self._show(error_text(event.worker.error), "red")


class ImportDialog(_ShowsFailures, ModalScreen[bool]):
    """A file path and an optional list name; enter imports. Dismisses with "imported"."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ImportDialog")
    BINDINGS: ClassVar[list[BindingType]] = [
        _close_binding("lists.import.key.close", "call_list.import.close")
    ]

    def __init__(self, services: Services, consultant_id: int | None = None) -> None:
        super().__init__()
        self._consultant_id = consultant_id  # who the audit log names
        localise_bindings(self)
        self._services = services
        self._imported = False
        self._last_progress = (0.0, "")  # when the bar last moved, in which phase

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Plain(t("lists.import.title"), classes="title")
            with Horizontal(classes="row"):
                yield Label(t("lists.import.path"), classes="field-label")
                yield Input(placeholder=t("lists.import.path_placeholder"), id="path")
            with Horizontal(classes="row"):
                yield Label(t("lists.import.list"), classes="field-label")
                yield Input(placeholder=t("lists.import.list_placeholder"), id="list-name")
            yield ProgressBar(total=1000, show_eta=False, id="progress")
            yield Plain("", id="result")
            with VerticalScroll(id="problems"):
                yield Plain("", id="problem-lines")
            yield Plain(t("lists.import.keys"), classes="keys", markup=False)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self._show(t("lists.import.no_path"), "red")
            return
        name = " ".join(self.query_one("#list-name", Input).value.split()) or None
        self._show(t("lists.import.running"), "")
        self._run(Path(path).expanduser(), path, name)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import")
    def _run(self, path: Path, typed: str, list_name: str | None) -> None:
        """Read and check the whole file; import only when every row is good."""
        try:
            plan = read_companies(path, self._report)
        except CanvassError as error:
            self.app.call_from_thread(self._show, error.message, "red")
            return
        try:
            if plan.problems:
                lines = [p.format(typed) for p in plan.problems]  # file order, the count last
                message = t("lists.import.failed", count=plan.problem_count)
                self.app.call_from_thread(self._show, message, "red", lines)
                return
            summary = self._services.transfer.import_companies(
                plan, list_name, audit_as=self._consultant_id, source=path.name,
                progress=self._report,
            )  # fmt: skip
        finally:
            plan.close()
        text = t(
            "lists.import.done",
            new=summary.new,
            updated=summary.updated,
            unchanged=summary.unchanged,
        )
        if list_name is not None:
            added = summary.list_added
            text = t("lists.import.done_list", summary=text, added=added, name=list_name)
        warnings = [w.format(typed) for w in plan.warnings]
        self._imported = True
        self.app.call_from_thread(self._show, text, "green", warnings)

    def _report(self, step: ImportProgress) -> None:
        """From the worker: move the bar, at most ten times a second (and at each phase)."""
        now = time.monotonic()
        last, phase = self._last_progress
        if step.phase == phase and now - last < 0.1 and step.fraction < 1.0:
            return
        self._last_progress = (now, step.phase)
        self.app.call_from_thread(self._show_progress, step)

    def _show_progress(self, step: ImportProgress) -> None:
        label = t(f"transfer.progress.{step.phase}")
        if step.rows:
            label = f"{label} · {t('transfer.progress.rows', rows=danish_number(step.rows))}"
        self.query_one("#result", Static).update(Text(label))
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(progress=round(step.fraction * 1000))

    def _show(self, message: str, style: str, lines: list[str] | None = None) -> None:
        self.query_one("#progress", ProgressBar).display = False
        self.query_one("#result", Static).update(Text(message, style=style))
        problems = self.query_one("#problems", VerticalScroll)
        problems.display = bool(lines)
        self.query_one("#problem-lines", Static).update(Text("\n".join(lines or [])))

    def action_close(self) -> None:
        """Close; the call list reloads if something was imported."""
        self.dismiss(self._imported)


class ExportDialog(_ShowsFailures, ModalScreen[None]):
    """Meetings as .ics or calls as CSV, to a file, optionally a period and only mine."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ExportDialog")
    BINDINGS: ClassVar[list[BindingType]] = [
        _close_binding("lists.export.key.close", "call_list.export.close"),
        # Priority: enter exports from any field, also the checkbox and the choice of kind.
        Binding("enter", "export", "lists.export.key.run", id="call_list.export.run",
                tooltip="lists.export.key.run.tip", priority=True),
    ]  # fmt: skip

    DEFAULT_PATHS: ClassVar[dict[str, str]] = {
        "meetings": "~/canvass-moeder.ics",
        "calls": "~/canvass-opkald.csv",
    }

    def __init__(
        self, services: Services, clock: Callable[[], datetime], consultant_id: int | None
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._services, self._clock, self._consultant_id = services, clock, consultant_id

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Plain(t("lists.export.title"), classes="title")
            with RadioSet(id="kind"):
                yield RadioButton(t("lists.export.meetings"), value=True, id="meetings")
                yield RadioButton(t("lists.export.calls"), id="calls")
            for field, label, value in (
                ("path", "lists.export.path", self.DEFAULT_PATHS["meetings"]),
                ("from", "lists.export.from", ""),
                ("to", "lists.export.to", ""),
            ):
                with Horizontal(classes="row"):
                    yield Label(t(label), classes="field-label")
                    placeholder = "" if field == "path" else t("lists.export.date_placeholder")
                    yield Input(value, placeholder=placeholder, id=field)
            yield Checkbox(t("lists.export.mine"), value=True, id="mine")
            yield Plain("", id="result")
            yield Plain(t("lists.export.keys"), classes="keys", markup=False)

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def _kind(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return "calls" if pressed is not None and pressed.id == "calls" else "meetings"

    @on(RadioSet.Changed)
    def _kind_changed(self) -> None:
        path = self.query_one("#path", Input)
        if path.value in self.DEFAULT_PATHS.values():  # only replace a path nobody typed
            path.value = self.DEFAULT_PATHS[self._kind()]

    def action_export(self) -> None:
        """Check the period and write the file."""
        today = self._clock().astimezone(LOCAL_TZ).date()
        try:
            first, last = (self._date(name, today) for name in ("from", "to"))
        except ValueError as error:
            self._show(str(error), "red")
            return
        if first and last and first > last:
            self._show(t("lists.export.bad_range"), "red")
            return
        typed = self.query_one("#path", Input).value.strip() or self.DEFAULT_PATHS[self._kind()]
        mine = self.query_one("#mine", Checkbox).value
        consultant = (self._consultant_id or -1) if mine else None
        self._show(t("lists.export.running"), "")
        self._run(self._kind(), Path(typed).expanduser(), first, last, consultant)

    def _date(self, name: str, today: date) -> date | None:
        text = self.query_one(f"#{name}", Input).value.strip()
        return parse_date(text, today) if text else None

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def _run(
        self, kind: str, path: Path, first: date | None, last: date | None, consultant: int | None
    ) -> None:
        """Build the file and write it whole (a temporary file renamed into place)."""
        if kind == "meetings":
            data = self._services.transfer.meetings_calendar(
                start=first, end=last, consultant_id=consultant, now=self._clock(),
                audit_as=self._consultant_id,
            )  # fmt: skip
        else:
            data = self._services.transfer.calls_csv(
                start=first, end=last, consultant_id=consultant, audit_as=self._consultant_id
            )
        try:
            write_private(path, data)  # whole or not at all, owner-only
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = t("lists.export.cannot_write", path=path, reason=reason)
            self.app.call_from_thread(self._show, message, "red")
            return
        self.app.call_from_thread(self._show, t("lists.export.written", path=path), "green")

    def _show(self, message: str, style: str) -> None:
        self.query_one("#result", Static).update(Text(message, style=style))

    def action_close(self) -> None:
        """Back to the call list."""
        self.dismiss(None)
