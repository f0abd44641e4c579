"""The feedback screen's actions: acknowledge and comment on the review shown, settle or
reopen the highlighted commitment.

Mixed into :class:`~canvass.ui.screens.feedback.FeedbackScreen` (which declares the keys
and handles :class:`Written`). Each change runs in a worker thread through the feedback
service; a refusal (the service's translated message) is shown, and a comment that was
not saved is kept and offered again the next time the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.screen import Screen

from canvass.domain.sparring_access import AccessDenied, Actor
from canvass.i18n import t
from canvass.ui.screens.feedback_dialogs import CommentDialog

if TYPE_CHECKING:
    from canvass.services import Services
    from canvass.services.feedback_views import ReviewView
    from canvass.services.rows import CommitmentRow

    _Base = Screen[None]
else:
    _Base = object

#: The service's translated refusals, shown as they are.
REFUSED = (AccessDenied, LookupError, ValueError)


@dataclass
class Written(Message):
    """A change was saved (``text`` confirms it) or refused (``error``)."""

    text: str = ""
    error: str = ""


class FeedbackActions(_Base):
    """``a``, ``c``, ``h``, ``d`` and ``o`` of the feedback screen."""

    _services: Services
    _actor: Actor
    _clock: Callable[[], datetime]
    _drafts: dict[int, str]
    review: ReviewView | None

    if TYPE_CHECKING:

        def _selected_commitment(self) -> CommitmentRow | None: ...

    def action_acknowledge(self) -> None:
        """Acknowledge the review shown, with a comment if you like."""
        view = self.review
        if view is None:
            return
        review_id = view.review_id

        def answered(text: str | None) -> None:
            if text is None:
                return
            self._drafts.pop(review_id, None)
            self._write(
                lambda: self._services.feedback.acknowledge(
                    self._actor, review_id, text or None, now=self._clock()
                ),
                t("feedback.acknowledged", initials=view.author_initials),
                review_id, text,
            )  # fmt: skip

        self._ask(review_id, t("feedback.dialog.acknowledge.title"),
                  t("feedback.dialog.acknowledge.label"), answered, optional=True)  # fmt: skip

    def action_comment(self) -> None:
        """Answer the review with a comment (a short thread with its author)."""
        view = self.review
        if view is None:
            return
        review_id = view.review_id

        def answered(text: str | None) -> None:
            if text:
                self._drafts.pop(review_id, None)
                self._write(
                    lambda: self._services.feedback.comment(
                        self._actor, review_id, text, now=self._clock()
                    ),
                    t("feedback.commented"), review_id, text,
                )  # fmt: skip

        self._ask(review_id, t("feedback.dialog.comment.title"),
                  t("feedback.dialog.comment.label"), answered, optional=False)  # fmt: skip

    def _ask(
        self,
        review_id: int,
        title: str,
        label: str,
        answered: Callable[[str | None], None],
        *,
        optional: bool,
    ) -> None:
        def keep(text: str) -> None:
            if text.strip():
                self._drafts[review_id] = text

        dialog = CommentDialog(title, label, optional=optional,
                               text=self._drafts.get(review_id, ""), keep=keep)  # fmt: skip
        self.app.push_screen(dialog, answered)

    def action_settle(self, status: str) -> None:
        """Mark the highlighted commitment kept or dropped."""
        row = self._selected_commitment()
        if row is not None:
            done = t(f"feedback.settled.{status}", text=row.text)
            self._write(
                lambda: self._services.feedback.settle(
                    self._actor, row.id, status, now=self._clock()
                ),
                done,
            )

    def action_reopen(self) -> None:
        """Take the highlighted commitment up again."""
        row = self._selected_commitment()
        if row is not None:
            done = t("feedback.reopened", text=row.text)
            self._write(lambda: self._services.feedback.reopen(self._actor, row.id), done)

    # Not exclusive: two quick changes must both be saved.
    @work(thread=True, exit_on_error=False, group="feedback-write")
    def _write(
        self, change: Callable[[], object], done: str, review_id: int = 0, typed: str = ""
    ) -> None:
        """Run ``change`` in a thread; a refusal keeps what was typed for the next try."""
        try:
            change()
        except REFUSED as error:
            if typed:
                self._drafts[review_id] = typed
            self.post_message(Written(error=str(error)))
            return
        self.post_message(Written(text=done))
