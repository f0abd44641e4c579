"""canvass's commands in the command palette (ctrl+p)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from canvass.i18n import t

if TYPE_CHECKING:
    from canvass.ui.app import CanvassApp


class CanvassCommands(Provider):
    """Help, search, call lists, import/export, content problems and quit, translated."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("CanvassApp", self.app)
        commands: list[tuple[str, str, Callable[[], object]]] = [
            (t("cmd.search"), t("cmd.search.tip"), app.action_search),
            (t("cmd.help"), t("cmd.help.tip"), app.action_help),
            (t("cmd.choose_list"), t("cmd.choose_list.tip"), app.action_choose_list),
            (t("cmd.import"), t("cmd.import.tip"), app.action_import),
            (t("cmd.export"), t("cmd.export.tip"), app.action_export),
            (t("cmd.me"), t("cmd.me.tip"), app.action_me),
            (t("cmd.team"), t("cmd.team.tip"), app.action_team),
            (t("cmd.feedback"), t("cmd.feedback.tip"), app.action_feedback),
            (t("cmd.follow_buddy"), t("cmd.follow_buddy.tip"), app.action_follow_buddy_anywhere),
            (t("cmd.review_queue"), t("cmd.review_queue.tip"), app.open_review_queue),
        ]
        if app.library.problems:
            commands.append((t("cmd.problems"), t("cmd.problems.tip"), app.action_problems))
        commands.append((t("cmd.quit"), t("cmd.quit.tip"), app.action_quit))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=help_text)
