"""A realistic, fictional demo database: companies, contacts, consultants and history.

Deterministic for a given ``seed`` and ``today``; local times are Europe/Copenhagen
working hours on weekdays, stored as aware UTC. E-mail addresses use the reserved
``.example`` domain so nobody is ever mailed by accident.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from canvass.domain.cvr import random_cvr
from canvass.domain.outcomes import Outcome
from canvass.domain.phases import BALA_ORDER, PHASE_ORDER, Phase
from canvass.store import demo_data as d
from canvass.store import demo_scripts, demo_team
from canvass.store.demo_followup import FollowupBuilder, local_time, workday
from canvass.store.demo_practice import Practice
from canvass.store.models import (
    Call,
    CallEvent,
    CallOutcome,
    Company,
    Consultant,
    ContactPerson,
    EventKind,
)
from canvass.store.rows import DemoSummary
from canvass.store.store import Store

COMPANIES = 160
CALLS = 300
HISTORY_DAYS = 60
_LETTERS = ("", "", "", "A", "B")  # house-number suffixes, mostly none

# Roughly a third not reached; of the reached about a third become meetings.
_OUTCOME_WEIGHTS: dict[Outcome, int] = {  # per 100 calls
    Outcome.NO_ANSWER: 17,
    Outcome.VOICEMAIL: 10,
    Outcome.BUSY: 5,
    Outcome.WRONG_NUMBER: 2,
    Outcome.MEETING: 22,
    Outcome.CALLBACK: 13,
    Outcome.SEND_MATERIAL: 9,
    Outcome.NOT_INTERESTED: 14,
    Outcome.JOB_ORDER: 2,
    Outcome.WRONG_PERSON: 5,
}


def _slug(text: str) -> str:
    folded = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text if ch.isalnum())


class _Builder(FollowupBuilder):
    """Generates all demo rows with one random source, in a fixed order."""

    def __init__(self, session: Session, today: date, seed: int, practice: Practice | None) -> None:
        self.s = session
        self.today = today
        self.rng = random.Random(seed)
        self.practice = practice
        self.created = local_time(today - timedelta(days=HISTORY_DAYS + 30), 8)
        self.phones: set[str] = set()

    def phone(self, first: str) -> str:
        while True:
            number = first + "".join(self.rng.choice("0123456789") for _ in range(8 - len(first)))
            if number not in self.phones:
                self.phones.add(number)
                return number

    def consultants(self) -> list[Consultant]:
        people = [
            ("AB", "Anne Bech"),
            ("MK", "Mads Kristensen"),
            ("SL", "Sara Lund"),
            ("JH", "Jonas Holm"),
        ]
        rows = [
            Consultant(
                initials=i,
                name=n,
                phone=self.phone("7"),
                email=f"{i.lower()}@jobcenter.example",
                created_at=self.created,
            )
            for i, n in people
        ]
        self.s.add_all(rows)
        self.s.flush()
        demo_team.add_team(self.s, rows, self.today)  # roles; AB and MK spar together
        return rows

    def company_name(self, trade: d.Trade, used: set[str]) -> str:
        rng = self.rng
        while True:
            form = rng.choice(d.LEGAL_FORMS)
            pattern = rng.randrange(5)
            if pattern == 0:
                name = f"{rng.choice(d.SURNAMES)} & Søn {form or 'ApS'}"
            elif pattern == 1 and trade.definite:
                name = f"{trade.definite} {rng.choice(d.STREETS)}"
            elif pattern in (1, 2):
                name = f"{rng.choice(d.PLACE_WORDS)} {trade.word} {form}"
            elif pattern == 3:
                name = f"{rng.choice(d.SURNAMES)}s {trade.word} {form}"
            else:
                initial = rng.choice("ABCEFHJKLMNOPST")
                name = f"{initial}. {rng.choice(d.SURNAMES)} {trade.word} {form}"
            name = name.strip()
            if name not in used:
                used.add(name)
                return name

    def companies(self) -> list[tuple[Company, d.Trade]]:
        rng = self.rng
        used_names: set[str] = set()
        cvrs: set[str] = set()
        places = [p for p in d.PLACES for _ in range(p[2])]
        key_accounts = set(rng.sample(range(COMPANIES), 10))
        protected = set(rng.sample(range(COMPANIES), 8))
        do_not_call = set(rng.sample(range(COMPANIES), 3))
        result: list[tuple[Company, d.Trade]] = []
        for index in range(COMPANIES):
            trade = rng.choice(d.TRADES)
            cvr = random_cvr(rng)
            while cvr in cvrs:
                cvr = random_cvr(rng)
            cvrs.add(cvr)
            zip_code, city, _ = rng.choice(places)
            low, high = trade.employees
            company = Company(
                cvr=cvr,
                name=self.company_name(trade, used_names),
                phone=self.phone(rng.choice(("75", "76", "79"))),
                address=f"{rng.choice(d.STREETS)} {rng.randint(1, 120)}{rng.choice(_LETTERS)}",
                zip=zip_code,
                city=city,
                industry=trade.industry,
                industry_code=trade.code,
                employees=int(low * (high / low) ** rng.random()),  # log-uniform: many small firms
                segment=trade.segment,
                key_account=index in key_accounts,
                ad_protected=index in protected,
                do_not_call=index in do_not_call,
                p_number=str(rng.randint(1_000_000_000, 1_999_999_999)) if index % 5 else None,
                created_at=self.created,
                updated_at=self.created,
            )
            result.append((company, trade))
        self.s.add_all([c for c, _ in result])
        return result

    def contacts(self, companies: list[tuple[Company, d.Trade]]) -> dict[int, list[ContactPerson]]:
        rng = self.rng
        self.s.flush()
        by_company: dict[int, list[ContactPerson]] = {}
        for company, trade in companies:
            assert company.id is not None
            domain = _slug(company.name.removesuffix(" ApS").removesuffix(" A/S")) + ".example"
            people = []
            for role in rng.sample(trade.roles, min(len(trade.roles), rng.choice((1, 1, 2)))):
                first, last = rng.choice(d.FIRST_NAMES), rng.choice(d.SURNAMES)
                people.append(
                    ContactPerson(
                        company_id=company.id,
                        name=f"{first} {last}",
                        role=role,
                        phone=self.phone(rng.choice("2345")),
                        email=f"{_slug(first)}@{domain}",
                        created_at=self.created,
                    )
                )
            by_company[company.id] = people
            self.s.add_all(people)
        self.s.flush()
        return by_company

    def call_time(self) -> datetime:
        day = workday(self.today - timedelta(days=self.rng.randint(1, HISTORY_DAYS)), -1)
        return local_time(day, self.rng.randint(8, 15), self.rng.choice((0, 10, 20, 30, 40, 50)))

    def calls(
        self,
        companies: list[Company],
        consultants: list[Consultant],
        contacts: dict[int, list[ContactPerson]],
    ) -> list[tuple[Call, Outcome]]:
        rng = self.rng
        callable_companies = [c for c in companies if not c.do_not_call]
        outcomes, weights = list(_OUTCOME_WEIGHTS), list(_OUTCOME_WEIGHTS.values())
        result: list[tuple[Call, Outcome]] = []
        for _ in range(CALLS):
            company = rng.choice(
                callable_companies[: len(callable_companies) * 2 // 3]
                if rng.random() < 0.5
                else callable_companies
            )
            assert company.id is not None
            outcome = rng.choices(outcomes, weights)[0]
            started = self.call_time()
            length = timedelta(minutes=rng.randint(3, 14) if outcome.reached else 1)
            people = contacts[company.id]
            call = Call(
                company_id=company.id,
                consultant_id=rng.choice(consultants[:3]).id or 0,
                contact_id=rng.choice(people).id if outcome.reached and people else None,
                script_id=rng.choice(d.RANDOM_SCRIPT_IDS),
                script_version=1,
                script_hash="demo",
                started_at=started,
                ended_at=started + length,
                current_phase=(PHASE_ORDER[-1] if outcome.reached else PHASE_ORDER[0]).value,
                notes=rng.choice(d.CALL_NOTES) if outcome.reached and rng.random() < 0.6 else "",
                goal=rng.choice(d.CALL_GOALS),
            )
            if call.notes:
                call.notes_updated_at = call.ended_at
            result.append((call, outcome))
        result.sort(key=lambda pair: pair[0].started_at)
        self.s.add_all([call for call, _ in result])
        self.s.flush()
        for call, outcome in result:
            assert call.id is not None and call.ended_at is not None
            self.s.add(
                CallOutcome(
                    call_id=call.id,
                    outcome=outcome.value,
                    reached=outcome.reached,
                    decided_at=call.ended_at,
                )
            )
            if outcome.reached:
                self.events(call, outcome)
            elif self.practice is not None:  # the call screen opened on the first phase
                self.s.add_all(
                    self.practice.shape(
                        call, outcome, [self.entered(call, PHASE_ORDER[0], call.started_at)]
                    )
                )
        return result

    def entered(self, call: Call, phase: Phase, at: datetime) -> CallEvent:
        assert call.id is not None
        return CallEvent(
            call_id=call.id, at=at, kind=EventKind.PHASE_ENTERED.value, phase=phase.value
        )

    def events(self, call: Call, outcome: Outcome) -> None:
        assert call.id is not None
        rng, at = self.rng, call.started_at
        closed = outcome in (Outcome.MEETING, Outcome.JOB_ORDER)
        planned: list[CallEvent] = []
        for phase in PHASE_ORDER:
            at += timedelta(seconds=rng.randint(20, 90))
            planned.append(self.entered(call, phase, at))
            if phase.value == "indvendinger" and rng.random() < 0.5:
                objection, answer = rng.choice(d.OBJECTIONS)
                planned.append(
                    CallEvent(
                        call_id=call.id,
                        at=at,
                        kind=EventKind.OBJECTION.value,
                        phase=phase.value,
                        objection_id=objection,
                        answer_id=answer,
                    )
                )
        steps = BALA_ORDER if closed else BALA_ORDER[: rng.randint(1, 3)]
        for step in steps:
            planned.append(
                CallEvent(
                    call_id=call.id, at=at, kind=EventKind.BALA_REACHED.value, bala_step=step.value
                )
            )
        # With the practice the call stops where it went (the same draws either way).
        self.s.add_all(self.practice.shape(call, outcome, planned) if self.practice else planned)


def fill_demo(
    store: Store, *, today: date, seed: int = 7, practice: bool = True
) -> DemoSummary | None:
    """Fill an empty database with demo data; return None (and do nothing) if it has companies.

    ``practice`` adds the team's practice (:mod:`canvass.store.demo_practice`): calls that
    stop early, goals, A/B variants, sparring reviews and commitments. Without it the
    companies, calls and follow-up are the same (the UI tests' fixed data). Everything is
    inserted in one transaction, so a failure leaves the database empty.
    """
    return store.write(lambda session: _fill(session, today, seed, practice))


def _fill(session: Session, today: date, seed: int, practice: bool) -> DemoSummary | None:
    if session.exec(select(Company.id).limit(1)).first() is not None:
        return None
    team = Practice(session, today, seed) if practice else None
    b = _Builder(session, today, seed, team)
    consultants = b.consultants()
    pairs = b.companies()
    contacts = b.contacts(pairs)
    companies = [c for c, _ in pairs]
    calls = b.calls(companies, consultants, contacts)
    by_id = {c.id: c for c in companies if c.id is not None}
    trades = {c.id: t for c, t in pairs if c.id is not None}
    demo_scripts.assign_scripts(calls, by_id)
    demo_scripts.ad_protected_reasons(session, calls, by_id)
    meetings = b.meetings(calls, by_id)
    callbacks = b.callbacks(calls)
    job_orders = b.job_orders(calls, trades)
    reviews = 0
    if team is not None:
        team.versions_and_variants(calls)
        reviews = team.reviews(calls, {c.initials: c for c in consultants})
    return DemoSummary(
        companies=len(companies),
        contacts=sum(len(people) for people in contacts.values()),
        consultants=len(consultants),
        calls=len(calls),
        meetings=meetings,
        callbacks=callbacks,
        job_orders=job_orders,
        reviews=reviews,
    )
