"""The editor's publishing (f9): what ``canvass publish`` does, for the open file.

The saved file is published through :meth:`ContentAdminService.publish` in a worker
(trainers only — the service refuses anyone else). A text on the screen with problems (a
draft) is refused at once; a file with problems is refused and its problems shown; a file
whose content changed under a published version is offered a raised ``version:`` after
a yes (``--bump``); otherwise a toast names the id and version published, and running
apps take it within about two seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from canvass.content.problems import Problem, Severity
from canvass.content.published import PublishBusy
from canvass.domain.sparring_access import AccessDenied
from canvass.i18n import t
from canvass.services.content_admin import may_edit_content
from canvass.ui.screens.confirm import ConfirmScreen
from canvass.ui.screens.editor_save import EditorSaving

if TYPE_CHECKING:
    from canvass.content.publishing import PublishReport

#: At most this many problems are named in the refusal's toast (all are in the list).
SHOWN = 3


class EditorPublishing(EditorSaving):
    """Publishing for :class:`canvass.ui.screens.editor.EditorScreen`."""

    #: The problems of the text on the screen (the editor's live check).
    problems: list[Problem]

    def _reopen(self, path: Path) -> None:
        """Read ``path`` again into the editor (the editor does it)."""

    def _add_problems(self, problems: list[Problem]) -> None:
        """Show problems found by the publish check in the list (the editor does it)."""

    def action_publish(self, bump: bool = False) -> None:
        """Publish the saved file (``bump``: raise its version first, after a yes)."""
        if self.path is None:
            return
        if not may_edit_content(self._actor):
            self.notify(t("publish.editor.denied"), severity="error")
            return
        if self.dirty:
            self.notify(t("publish.editor.unsaved"), severity="warning")
            return
        errors = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        if errors:  # e.g. a draft with problems: never publish what is not on the screen
            self.notify(t("publish.editor.refused", count=errors), severity="error")
            return
        self._publish(self.path, bump)

    @work(thread=True, exclusive=True, exit_on_error=False, group="editor-publish")
    def _publish(self, path: Path, bump: bool) -> None:
        call = self.app.call_from_thread
        try:
            report = self._content.publish(self._actor, path, bump=bump)
            target = self._content.bump_target(path) if report.needs_bump else None
        except AccessDenied as error:
            call(self.notify, str(error), severity="error")
        except PublishBusy as busy:
            call(self.notify, t("publish.busy", path=str(busy)), severity="error")
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            call(self.notify, t("publish.write_failed", path=path, reason=reason), severity="error")
        else:
            call(self._published, path, report, target)

    def _published(self, path: Path, report: PublishReport, target: tuple[int, int] | None) -> None:
        if target is not None:
            self._ask_bump(*target)
            return
        if not report.ok:
            self._add_problems([p for p in report.problems if p.path == path])
            named = "\n".join(str(p) for p in report.problems[:SHOWN])
            message = f"{t('publish.editor.refused', count=len(report.problems))}\n{named}"
            self.notify(message, severity="error", timeout=12, markup=False)
            return
        mine = next((o for o in report.outcomes if o.path == path), None)
        others = sum(o.done for o in report.outcomes if o.path != path)
        if mine is None:
            return
        key = "publish.editor.done" if mine.done else "publish.editor.unchanged"
        message = t(key, id=mine.script_id, version=mine.version)
        if others:
            message += " " + t("publish.editor.others", count=others)
        self.notify(message, markup=False, timeout=8)
        if mine.bumped_from is not None or report.first_in:
            self._reopen(path)  # its version line changed on disk

    def _ask_bump(self, version: int, raised: int) -> None:
        question = t("publish.editor.bump.question", version=version, next=raised)
        dialog = ConfirmScreen(
            t("publish.editor.bump.title"), question,
            t("publish.editor.bump.yes"), t("publish.editor.bump.no"),
        )  # fmt: skip
        self.app.push_screen(dialog, lambda yes: self.action_publish(bump=True) if yes else None)
