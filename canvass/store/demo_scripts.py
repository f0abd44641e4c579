"""Demo data, second pass: which script each demo call used, and the stated reasons for
calling a reklamebeskyttet company.

Runs after the calls exist and draws nothing from the random source, so every other
part of the demo stays as it was. Plain Python: no Textual.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from canvass.domain.outcomes import Outcome
from canvass.store import demo_data as d
from canvass.store.models import Call, Company, SkipOverride

#: Every ``CALL_SPREAD``-th other call uses one of the situational scripts in turn.
CALL_SPREAD = 6


def assign_scripts(calls: list[tuple[Call, Outcome]], companies: dict[int, Company]) -> None:
    """Give every script some calls: job orders, key accounts, then the rest in turn.

    Calls that took a job order used *den gode jobordre*; calls to a key account that
    are not about a meeting used the key-account status call; every ``CALL_SPREAD``-th
    remaining call takes the next of :data:`demo_data.SITUATIONAL_SCRIPT_IDS`.
    """
    turn = 0
    for index, (call, outcome) in enumerate(calls):
        company = companies[call.company_id]
        if outcome is Outcome.JOB_ORDER:
            call.script_id = "den-gode-jobordre"
        elif company.key_account and outcome is not Outcome.MEETING:
            call.script_id = "key-account-status"
        elif index % CALL_SPREAD == 0:
            call.script_id = d.SITUATIONAL_SCRIPT_IDS[turn % len(d.SITUATIONAL_SCRIPT_IDS)]
            turn += 1


def ad_protected_reasons(
    session: Session, calls: list[tuple[Call, Outcome]], companies: dict[int, Company]
) -> int:
    """A stored reason (``skip_override``) for every reklamebeskyttet company that was called.

    The reason is given by the consultant of the first call, a minute before it; the
    number of reasons added is returned.
    """
    first: dict[int, Call] = {}
    for call, _ in calls:  # in time order
        if companies[call.company_id].ad_protected:
            first.setdefault(call.company_id, call)
    for company_id, call in first.items():
        session.add(
            SkipOverride(
                company_id=company_id,
                consultant_id=call.consultant_id,
                kind="ad_protected",
                reason=d.AD_PROTECTED_REASONS[company_id % len(d.AD_PROTECTED_REASONS)],
                created_at=call.started_at - timedelta(minutes=1),
            )
        )
    return len(first)
