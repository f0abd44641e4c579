"""The editor's saving and closing: through the service, never losing typed text.

A valid text replaces the file (its previous version kept in ``.history``); a text with
problems is saved only after a yes, and then only as a draft; leaving with unsaved
changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen
from textual.widgets import TextArea

from canvass.content.editing import ANY, ChangedOnDisk
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.i18n import t
from canvass.services.content_admin import (
    ContentAdminService,
    NeedsConfirmation,
    may_edit_content,
)
from canvass.ui.screens.confirm import ConfirmScreen

if TYPE_CHECKING:
    from canvass.content.editing import Saved


class EditorSaving(Screen[None]):
    """Saving and closing for :class:`canvass.ui.screens.editor.EditorScreen`."""

    path: Path | None
    _content: ContentAdminService
    _actor: Actor
    _clock: Callable[[], datetime]
    _saved_text: str | None
    _from_draft: bool
    #: The file's fingerprint when read or last saved (None: no file yet).
    _base: str | None

    @property
    def text_area(self) -> TextArea:
        """The editor."""
        return self.query_one("#editor-text", TextArea)

    @property
    def dirty(self) -> bool:
        """Whether the text differs from what was last saved (a new file always does)."""
        return self.path is not None and self.text_area.text != self._saved_text

    def _title(self) -> None:
        """Show the file's state (the editor draws it)."""

    def action_save(self, confirmed: bool = False, overwrite: bool = False) -> None:
        """Save: a valid text over the file, a text with problems (after a yes) as a draft;
        a file someone else changed meanwhile only after a yes (``overwrite``)."""
        if self.path is None:
            return
        if not may_edit_content(self._actor):
            self.notify(t("editor.denied"), severity="error")
            return
        if not self.dirty and not (confirmed or overwrite):
            self.notify(t("editor.unchanged"))
            return
        base = ANY if overwrite else self._base
        self._save(self.path, self.text_area.text, confirmed, base)

    @work(thread=True, exclusive=True, exit_on_error=False, group="editor-save")
    def _save(self, path: Path, text: str, confirmed: bool, base: str | None) -> None:
        call = self.app.call_from_thread
        try:
            saved = self._content.save(
                self._actor, path, text, confirmed=confirmed, at=self._clock(), base=base
            )
        except NeedsConfirmation as needs:
            call(self._ask_draft, len(needs.problems))
        except ChangedOnDisk:
            call(self._ask_overwrite, path)
        except AccessDenied as error:
            call(self.notify, str(error), severity="error")
        except OSError as error:
            call(
                self.notify, t("editor.save_failed", path=path, reason=str(error)), severity="error"
            )
        else:
            call(self._saved, text, saved)

    def _ask_draft(self, count: int) -> None:
        question = t("editor.draft.question", count=count)
        dialog = ConfirmScreen(
            t("editor.draft.title"), question, t("editor.draft.yes"), t("editor.draft.no")
        )
        self.app.push_screen(dialog, lambda yes: self.action_save(confirmed=True) if yes else None)

    def _ask_overwrite(self, path: Path) -> None:
        question = t("editor.overwrite.question", path=path.name)
        yes, no = t("editor.overwrite.yes"), t("editor.overwrite.no")
        dialog = ConfirmScreen(t("editor.overwrite.title"), question, yes, no)
        self.app.push_screen(dialog, lambda ok: self.action_save(overwrite=True) if ok else None)

    def _saved(self, text: str, saved: Saved) -> None:
        self._saved_text, self._from_draft, self._base = text, saved.draft, saved.base
        if saved.draft:
            self.notify(t("editor.saved_draft", path=saved.path), severity="warning", timeout=8)
        elif saved.kept is not None:
            self.notify(t("editor.saved_kept", path=saved.path.name, kept=saved.kept.name))
        else:
            self.notify(t("editor.saved_new", path=saved.path.name))
        self._title()

    def _unless_unsaved(self, then: Callable[[], object]) -> None:
        """Run ``then``, after a yes when unsaved changes would be left."""
        if not self.dirty:
            then()
            return
        dialog = ConfirmScreen(
            t("editor.discard.title"), t("editor.discard.question"),
            t("editor.discard.yes"), t("editor.discard.no"),
        )  # fmt: skip

        def answered(yes: bool | None) -> None:
            if yes:
                then()

        self.app.push_screen(dialog, answered)

    def action_close(self) -> None:
        """Close the editor (asks first when there are unsaved changes)."""
        self._unless_unsaved(lambda: self.dismiss(None))
