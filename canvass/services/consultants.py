"""Who is calling: the consultants, their initials and their own details."""

from __future__ import annotations

from canvass.domain.consultant import Me
from canvass.services.base import Service
from canvass.store import consultants as repo
from canvass.store.rows import ConsultantInfo


class ConsultantService(Service):
    """Look up, create and update consultants."""

    def consultant(self, initials: str) -> ConsultantInfo | None:
        """The consultant with these initials (any case), or None."""
        return self._store.read(lambda s: repo.find_consultant(s, initials))

    def ensure_consultant(self, initials: str, name: str | None = None) -> ConsultantInfo:
        """The consultant with these initials, created if missing (name defaults to initials).

        An existing consultant keeps their name. Raises ``ValueError`` for bad initials.
        """
        repo.initials_key(initials)  # refuse bad initials before taking the write lock
        return self._store.write(lambda s: repo.ensure_consultant(s, initials, name))

    def update_me(self, consultant_id: int, me: Me) -> ConsultantInfo:
        """Store the consultant's checked name, phone and e-mail; the updated consultant."""
        return self._store.write(
            lambda s: repo.consultant_info(repo.update_me(s, consultant_id, me))
        )

    def consultants(self) -> list[ConsultantInfo]:
        """Every consultant, ordered by initials."""
        return self._store.read(repo.all_consultants)
