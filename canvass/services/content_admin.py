"""The content editor's use cases: list, read, check, create from a template, save, publish.

Only trainers change content: :meth:`ContentAdminService.save`,
:meth:`ContentAdminService.new_file` and :meth:`ContentAdminService.publish` raise
:class:`AccessDenied` for anyone else, whatever the screen shows. Reading and checking
are open (every consultant reads the scripts).
The files are handled by :mod:`canvass.content.editing` (atomic saves, ``.history``,
``.drafts``); a sample company for the preview comes from the database, and showing its
card is logged like any other card view. No Textual here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session

from canvass.content.editing import ANY, ContentFile, ContentFiles, OpenedText, Saved
from canvass.content.problems import Problem
from canvass.content.publishing import PublishReport, bump_target, publish_paths
from canvass.content.templates import template
from canvass.content.text_check import ContentFolders
from canvass.content.validate import CheckReport, Kind
from canvass.domain.sparring import Role
from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.i18n import t
from canvass.services.base import Service
from canvass.store import audit, cards, companies
from canvass.store.audit_model import AuditAction
from canvass.store.cards import CompanyCard
from canvass.store.models import utcnow
from canvass.store.store import Store

__all__ = ["ContentAdminService", "NeedsConfirmation", "SampleCompany", "may_edit_content"]


def may_edit_content(actor: Actor) -> bool:
    """Trainers own the scripts, the objection bank and the rubrics."""
    return actor.role is Role.TRAINER


class NeedsConfirmation(Exception):
    """The text has problems and the save was not confirmed; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(t("editor.needs_confirmation", count=len(problems)))
        self.problems = problems


@dataclass(frozen=True)
class SampleCompany:
    """The preview's example company: its card, and which of how many it is (by name)."""

    card: CompanyCard
    index: int
    total: int


class ContentAdminService(Service):
    """The editor's door to the content folders (and, for the preview, the companies)."""

    def __init__(self, store: Store, folders: ContentFolders) -> None:
        super().__init__(store)
        self._files = ContentFiles(folders)
        self._folders = folders

    def files(self) -> list[ContentFile]:
        """Every script, objection file and rubric that can be opened."""
        return self._files.files()

    def read(self, path: Path) -> OpenedText:
        """A file's text (its draft, when one waits). Raises UnreadableFile / ValueError."""
        return self._files.read(path)

    def check(self, path: Path, text: str) -> CheckReport:
        """What ``canvass check`` would say about ``path`` if it held ``text``."""
        return self._files.checker.check(path, text)

    def new_file(self, actor: Actor, kind: Kind, name: str) -> tuple[Path, str]:
        """The path and a valid template text for a new file ``name`` (not yet written).
        Raises AccessDenied, ValueError (a bad name) or FileExistsError."""
        self._require(actor)
        path = self._files.new_path(kind, name)
        return path, template(kind, name)

    def save(
        self,
        actor: Actor,
        path: Path,
        text: str,
        *,
        confirmed: bool = False,
        at: datetime | None = None,
        base: str | None = ANY,
    ) -> Saved:
        """Save ``text`` as ``path``. A valid text replaces the file (the previous version
        kept in ``.history``) — unless the file no longer has the fingerprint ``base`` it
        had when read (:class:`ChangedOnDisk`; :data:`ANY`: replace it anyway); a text with
        problems is written to the draft only, and only when ``confirmed`` — else
        :class:`NeedsConfirmation`. Raises AccessDenied, OSError."""
        self._require(actor)
        report = self._files.checker.check(path, text)
        if report.problems and not confirmed:
            raise NeedsConfirmation(report.problems)
        return self._files.save(path, text, at or utcnow(), base=base)

    def publish(self, actor: Actor, path: Path, *, bump: bool = False) -> PublishReport:
        """Publish the saved file ``path`` as ``canvass publish [--bump] path`` does."""
        return self.publish_paths(actor, [path], bump=bump)

    def publish_paths(
        self, actor: Actor, paths: Sequence[Path], *, bump: bool = False
    ) -> PublishReport:
        """Publish ``paths`` (files or folders; none: the three folders) as ``canvass
        publish`` does: checked first, refused (nothing written) when anything has a
        problem; ``bump`` raises a ``version:`` that changed under a published one.
        Trainers only, on the command line as in the editor: raises AccessDenied, else
        PublishBusy or OSError."""
        if not may_edit_content(actor):
            raise AccessDenied(t("publish.editor.denied"))
        folders = self._folders
        return publish_paths(
            list(paths) or [folders.scripts, folders.objections, folders.rubrics],
            bump=bump,
            scripts_dir=folders.scripts,
            objections_dir=folders.objections,
            rubrics_dir=folders.rubrics,
        )

    def bump_target(self, path: Path) -> tuple[int, int] | None:
        """``(version now, version after a bump)`` of the saved file ``path``, when a
        publish with ``bump`` would raise it; else None."""
        return bump_target(path)

    def sample_company(self, actor: Actor, index: int) -> SampleCompany | None:
        """The ``index``-th company by name (wrapping round), for the preview; None when
        there are none. Its card view is logged for ``actor``."""

        def work(session: Session) -> SampleCompany | None:
            total = companies.count_companies(session)
            if total == 0:
                return None
            at = index % total
            row = companies.company_rows(session, "", at, 1, utcnow())[0]
            card = cards.company_card(session, row.id, calls=0, consultant_id=actor.id)
            if card is None:
                return None
            who = audit.consultant_actor(session, actor.id)
            audit.record(session, who, AuditAction.READ_CARD, company_id=card.id)
            return SampleCompany(card, at, total)

        return self._store.write(work)

    def _require(self, actor: Actor) -> None:
        if not may_edit_content(actor):
            raise AccessDenied(t("editor.denied"))
