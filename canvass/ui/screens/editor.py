"""The content editor (trainers): a script, objection file or rubric with live checks and a
preview of what a consultant will see.

Typing restarts a 0.3 s timer; when it fires, a worker checks the text exactly as
``canvass check`` would check that file (:meth:`ContentAdminService.check`) and lists the
problems with line and column; enter on one moves the cursor there. The preview shows the
part under the cursor, merge fields filled from a sample company from the database.
Saving goes through the service: a valid text replaces the file (its previous version
kept), a text with problems only after a yes, and then only as a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import OptionList, TextArea
from textual.widgets.option_list import Option

from canvass.content.outline import Outline, outline
from canvass.content.problems import Problem, Severity
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.files import UnreadableFile
from canvass.i18n import t
from canvass.services.content_admin import (
    ContentAdminService,
    SampleCompany,
    may_edit_content,
)
from canvass.ui.bindings import key, localise_bindings
from canvass.ui.merge_values import merge_values
from canvass.ui.screens.editor_picker import ContentPicker, NewFileDialog, Picked
from canvass.ui.screens.editor_publish import EditorPublishing
from canvass.ui.text import Plain, plain
from canvass.ui.widgets.content_preview import ContentPreview, section_title
from canvass.ui.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from canvass.config import Settings
    from canvass.content.text_check import ContentFolders
    from canvass.content.validate import CheckReport, Kind, Library
    from canvass.services import Services
    from canvass.services.rows import ConsultantInfo

#: Seconds of quiet typing before the text is checked.
DEBOUNCE = 0.3
#: Narrower than this, the preview takes the problems' place below the text.
WIDE = 100


def folders_of(settings: Settings) -> ContentFolders:
    """The content folders the app reads."""
    from canvass.content.text_check import ContentFolders

    return ContentFolders(settings.scripts_dir, settings.objections_dir, settings.rubrics_dir)


class EditorScreen(EditorPublishing):
    """Edit one content file at a time; ``path`` None starts with the file picker."""

    DEFAULT_CSS = """
    EditorScreen #editor-title { height: 1; background: $panel; text-style: bold; padding: 0 1; }
    EditorScreen #editor-body { height: 1fr; }
    EditorScreen #editor-left { width: 1fr; }
    EditorScreen #editor-text { height: 1fr; }
    EditorScreen #editor-problems { height: 7; border: none; border-top: solid $primary; }
    EditorScreen #editor-preview-pane { width: 48%; border-left: solid $primary; padding: 0 1; }
    EditorScreen #editor-preview-title { height: auto; text-style: bold; color: $text-accent; }
    EditorScreen.-no-preview #editor-preview-pane { display: none; }
    EditorScreen.-narrow #editor-body { layout: vertical; }
    EditorScreen.-narrow #editor-preview-pane {
        width: 100%; height: 9; border-left: none; border-top: solid $primary;
    }
    EditorScreen.-narrow.-preview #editor-problems { display: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        key("editor", "ctrl+s", "save", "save", priority=True),
        key("editor", "f2", "toggle_preview", "preview"),
        key("editor", "f5", "problems", "problems"),
        key("editor", "f8", "next_company", "company", show=False),  # in ? help and the preview
        key("editor", "f9", "publish", "publish"),
        key("editor", "ctrl+o", "open", "open", priority=True),
        key("editor", "escape", "close", "close", priority=True),
    ]

    def __init__(
        self,
        services: Services,
        me: ConsultantInfo,
        library: Library,
        clock: Callable[[], datetime],
        settings: Settings,
        path: Path | None = None,
    ) -> None:
        super().__init__()
        localise_bindings(self)
        self._content = ContentAdminService(services.store, folders_of(settings))
        self._me, self._library, self._clock, self._settings = me, library, clock, settings
        self._actor = Actor(me.id, Role(me.role))
        self._first = path
        self.path: Path | None = None
        self._saved_text: str | None = None  # None: a new file, never saved
        self._from_draft = False
        self._base: str | None = None
        self.problems: list[Problem] = []
        self._generation = 0
        self._timer: Timer | None = None
        self._shape: Outline | None = None
        self._shape_stale = False
        self._checked_text: str | None = None  # None until the opened file's first check
        self._sample: SampleCompany | None = None
        self._sample_index = 0
        self._values: dict[str, str | None] = {}
        #: What the preview shows now (outline, part, values, note), to skip redrawing it.
        self._shown: tuple[Outline | None, str | None, dict[str, str | None], str] | None = None

    # Layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Plain("", id="editor-title")
        with Horizontal(id="editor-body"):
            with Vertical(id="editor-left"):
                yield TextArea.code_editor(language="yaml", id="editor-text")
                yield OptionList(id="editor-problems", markup=False)
            with Vertical(id="editor-preview-pane"):
                yield Plain("", id="editor-preview-title")
                with VerticalScroll(id="editor-preview-scroll"):
                    yield ContentPreview(id="editor-preview")
        yield SteadyFooter(compact=True)

    def on_mount(self) -> None:
        self._fit(self.app.size.width)
        self.set_class(True, "-preview" if self.app.size.width >= WIDE else "-no-preview")
        self._load_sample()
        if self._first is not None:
            self._read(self._first)
        else:
            self.action_open()

    def on_resize(self) -> None:
        self._fit(self.app.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < WIDE, "-narrow")

    # Opening -------------------------------------------------------------------------

    def action_open(self) -> None:
        """Choose another file or start a new one (asks first when there are unsaved
        changes)."""
        self._unless_unsaved(self._list_files)

    @work(thread=True, exclusive=True, exit_on_error=False, group="editor-files")
    def _list_files(self) -> None:
        files = self._content.files()
        picker = ContentPicker(files, may_create=may_edit_content(self._actor))
        self.app.call_from_thread(self.app.push_screen, picker, self._picked)

    def _picked(self, picked: Picked | None) -> None:
        if picked is None:
            if self.path is None:
                self.dismiss(None)  # nothing was opened: back where the trainer came from
            return
        if picked.path is not None:
            self._read(picked.path)
        elif picked.new is not None:
            kind = picked.new
            self.app.push_screen(
                NewFileDialog(kind, lambda name: self._name_problem(kind, name)),
                lambda name: self._create(kind, name),
            )

    def _name_problem(self, kind: Kind, name: str) -> str | None:
        try:
            self._content.new_file(self._actor, kind, name)
        except AccessDenied as error:
            return str(error)
        except FileExistsError:
            return t("editor.new.taken", name=name)
        except ValueError:
            return t("editor.new.bad_name")
        return None

    def _create(self, kind: Kind, name: str | None) -> None:
        if name is None:
            if self.path is None:
                self.dismiss(None)
            return
        path, text = self._content.new_file(self._actor, kind, name)
        self._show_file(path, text, saved=None, from_draft=False, base=None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="editor-files")
    def _read(self, path: Path) -> None:
        try:
            opened = self._content.read(path)
        except (UnreadableFile, UnicodeDecodeError, ValueError) as error:
            reason = error.reason if isinstance(error, UnreadableFile) else str(error)
            message = t("editor.unreadable", path=path, reason=reason)
            self.app.call_from_thread(self.notify, message, severity="error")
            return
        # A draft is unsaved work on the valid file: opening it is not a change.
        self.app.call_from_thread(
            self._show_file, path, opened.text, opened.text, opened.from_draft, opened.base
        )

    def _reopen(self, path: Path) -> None:
        self._read(path)

    def _show_file(
        self, path: Path, text: str, saved: str | None, from_draft: bool, base: str | None
    ) -> None:
        self.path, self._saved_text, self._from_draft = path, saved, from_draft
        self._base = base
        self._shape, self.problems, self._checked_text = None, [], None
        area = self.text_area
        area.load_text(text)
        area.move_cursor((0, 0))
        area.focus()
        self._title()
        self._check_now()

    # Checking as you type ----------------------------------------------------------------

    @on(TextArea.Changed, "#editor-text")
    def _typed(self) -> None:
        self._title()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self._check_now)

    def _check_now(self) -> None:
        if self.path is None:
            return
        self._generation += 1
        self._check(self._generation, self.path, self.text_area.text)

    @work(thread=True, exit_on_error=False, group="editor-check")
    def _check(self, generation: int, path: Path, text: str) -> None:
        report = self._content.check(path, text)
        shape = outline(text)
        self.app.call_from_thread(self._checked, generation, report, shape)

    def _checked(self, generation: int, report: CheckReport, shape: Outline | None) -> None:
        if generation != self._generation:
            return  # the text changed again meanwhile; a newer check is on its way
        self._checked_text = self.text_area.text
        self._add_problems([*report.problems, *report.warnings], replace=True)
        if shape is not None and not report.problems:
            self._shape, self._shape_stale = shape, False
        elif self._shape is not None:
            self._shape_stale = True  # keep showing the last valid version, marked
        else:
            self._shape = shape
        self._preview()

    def _add_problems(self, problems: list[Problem], *, replace: bool = False) -> None:
        """List ``problems`` (with the ones listed already unless ``replace``), by position."""
        kept = [] if replace else [p for p in self.problems if p not in problems]
        self.problems = sorted([*kept, *problems], key=lambda p: (p.line, p.column))
        listing = self.query_one("#editor-problems", OptionList)
        listing.set_options(Option(plain(self._problem_line(p))) for p in self.problems)
        if not self.problems:
            listing.add_option(Option(plain(t("editor.no_problems")), disabled=True))
        self._title()

    @staticmethod
    def _problem_line(found: Problem) -> str:
        where = f"{found.line}:{found.column}".ljust(7)
        label = t("editor.warning") if found.severity is Severity.WARNING else ""
        return f"{where}{label}{found.message}"

    @on(OptionList.OptionSelected, "#editor-problems")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        """Put the cursor where the chosen problem is."""
        if event.option_index < len(self.problems):
            found = self.problems[event.option_index]
            area = self.text_area
            area.move_cursor((found.line - 1, found.column - 1), center=True)
            area.focus()

    def action_problems(self) -> None:
        """Go to the problems list (enter on one jumps there); again: back to the text."""
        listing = self.query_one("#editor-problems", OptionList)
        if listing.has_focus:
            self.text_area.focus()
            return
        if self.has_class("-narrow") and self.has_class("-preview"):
            self.action_toggle_preview()
        listing.focus()
        if listing.highlighted is None and self.problems:
            listing.highlighted = 0

    def _errors(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.ERROR)

    def _title(self) -> None:
        if self.path is None:
            return
        parts = [f"{self.path.parent.name}/{self.path.name}"]
        if self._saved_text is None:
            parts.append(t("editor.title.new"))
        elif self._from_draft:
            parts.append(t("editor.title.draft"))
        errors = self._errors()
        parts.append(t("editor.title.problems", count=errors) if errors else t("editor.title.ok"))
        if self.dirty and self._saved_text is not None:
            parts.append(t("editor.title.changed"))
        self.query_one("#editor-title", Plain).update(" · ".join(parts))

    # Preview -------------------------------------------------------------------------------

    @on(TextArea.SelectionChanged, "#editor-text")
    def _moved(self) -> None:
        self._preview()

    def _preview(self) -> None:
        line = self.text_area.cursor_location[0] + 1
        note = t("editor.preview.stale") if self._shape_stale else ""
        if self._shape is None and self._checked_text is not None and not self._errors():
            note = t("editor.preview.other_kind")  # e.g. scripts/fag.yaml: nothing to show
        key = self._shape.section_at(line) if self._shape else None
        shown = (self._shape, key, self._values, note)
        last = self._shown
        if (
            last is not None
            and last[0] is self._shape  # the very same objects, not equal ones
            and last[2] is self._values
            and (last[1], last[3]) == (key, note)
        ):
            return  # the cursor moved within the same part: nothing new to draw
        if last is None or last[1] != key:
            self.query_one("#editor-preview-scroll").scroll_home(animate=False)
        self._shown = shown
        self.query_one(ContentPreview).show(self._shape, line, self._values, note)
        company = self._sample.card.name if self._sample else t("editor.preview.no_company")
        where = section_title(self._shape, line) if self._shape else ""
        title = (
            t("editor.preview.title", company=company, where=where)
            if where
            else t("editor.preview.company", company=company)
        )
        self.query_one("#editor-preview-title", Plain).update(title)

    def action_toggle_preview(self) -> None:
        """Show or hide the preview (narrow: in place of the problems)."""
        shown = self.has_class("-preview")
        self.set_class(not shown, "-preview")
        self.set_class(shown, "-no-preview")

    def action_next_company(self) -> None:
        """Fill the preview from the next company in the database."""
        self._sample_index += 1
        self._load_sample()

    @work(thread=True, exclusive=True, exit_on_error=False, group="editor-sample")
    def _load_sample(self) -> None:
        sample = self._content.sample_company(self._actor, self._sample_index)
        self.app.call_from_thread(self._sample_loaded, sample)

    def _sample_loaded(self, sample: SampleCompany | None) -> None:
        self._sample = sample
        organisation = self._settings.organisation
        if sample is not None:
            trades = self._library.trades
            self._values = merge_values(sample.card, self._me, organisation, trades)
        else:
            self._values = {"organisation": organisation}
        self._preview()
