"""``canvass audit``, ``canvass forget`` and ``canvass purge``: personal data (GDPR).

Registered on the ``canvass`` group by :mod:`canvass.cli`. The work is in
:class:`canvass.services.privacy.PrivacyService` (on the store's :mod:`canvass.store.audit`,
:mod:`canvass.store.forget`, :mod:`canvass.store.purge`); these commands read arguments,
ask before erasing and print what happened.
"""

from __future__ import annotations

import getpass
import json
import unicodedata
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import click

from canvass.config import Settings
from canvass.domain.retention import Age, Retention, parse_age
from canvass.errors import ConfigError
from canvass.i18n import t

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def _visible(text: str) -> str:
    """Database text for a terminal: control characters shown, never obeyed."""
    return "".join(
        chr(0x2400 + ord(c))
        if ord(c) < 0x20
        else "␡"
        if c == "\x7f"
        else "�"
        if unicodedata.category(c) == "Cc"
        else c
        for c in text
    )


def _actor(settings: Settings, store: Any) -> Any:
    """The configured consultant, else the login name of whoever runs the command."""
    from canvass.services import Services
    from canvass.store.audit import Actor

    if settings.user:
        found = Services.of(store).consultants.consultant(settings.user)
        if found is not None:
            return Actor(found.initials, found.id)
        return Actor(settings.user)
    try:
        return Actor(getpass.getuser())
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return Actor("?")


def _since(ctx: click.Context, value: str | None) -> datetime | None:
    from canvass.cli import _fail
    from canvass.domain.when import parse_date

    if not value:
        return None
    today = datetime.now(UTC).astimezone(COPENHAGEN).date()
    try:
        day = parse_date(value, today)
    except ValueError as error:
        _fail(ctx, ConfigError(str(error), t("gdpr.title")), 2)
    return datetime.combine(day, time(), COPENHAGEN).astimezone(UTC)


def _subject(row: Any) -> str:
    parts = []
    gone = t("gdpr.audit.gone")
    if row.company_id is not None:
        name = _visible(row.company_name) if row.company_name is not None else gone
        parts.append(t("gdpr.audit.company", id=row.company_id, name=name))
    if row.contact_id is not None:
        name = _visible(row.contact_name) if row.contact_name is not None else gone
        parts.append(t("gdpr.audit.contact", id=row.contact_id, name=name))
    if row.call_id is not None:
        parts.append(t("gdpr.audit.call", id=row.call_id))
    if row.action == "search":
        term = row.detail
        parts.append(
            t("gdpr.audit.term", term=_visible(term)) if term else t("gdpr.audit.term_erased")
        )
    elif row.detail:
        parts.append(_visible(row.detail))
    return " · ".join(parts)


def _line(row: Any) -> str:
    when = row.at.astimezone(COPENHAGEN).strftime("%d-%m-%Y %H:%M:%S")
    action = t(f"gdpr.action.{row.action}")
    return f"{when}  {_visible(row.actor):<8} {action:<14} {_subject(row)}"


def _as_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.astimezone(UTC).isoformat(),
        "actor": row.actor,
        "action": row.action,
        "company_id": row.company_id,
        "company_name": row.company_name,
        "cvr": row.cvr,
        "contact_id": row.contact_id,
        "contact_name": row.contact_name,
        "call_id": row.call_id,
        "detail": row.detail,
    }


def _cvr(ctx: click.Context, cvr: str) -> str:
    from canvass.cli import _fail

    digits = "".join(cvr.split())
    if len(digits) != 8 or not digits.isdigit():
        _fail(ctx, ConfigError(t("gdpr.audit.bad_cvr", cvr=cvr), t("gdpr.title")), 2)
    return digits


@click.command(name="audit")
@click.option("--person", "contact_id", type=int, metavar="ID", help="One contact person.")
@click.option("--company", "cvr", metavar="CVR", help="One company, by CVR number.")
@click.option("--since", metavar="DATE", help="From this day on, e.g. 1/12/2026.")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of lines.")
@click.pass_context
def audit(
    ctx: click.Context,
    contact_id: int | None,
    cvr: str | None,
    since: str | None,
    as_json: bool,
    **options: Any,
) -> None:
    """Print the audit log: who read, searched, exported, changed or erased what.

    --person lists what concerns one contact person (a right-of-access request): the
    lines naming them, the cards and exports of their company, and the searches that
    found them.
    """
    from canvass.cli import _fail, _open_store, _settings
    from canvass.services import Services

    settings = _settings(ctx, options)
    if contact_id is not None and cvr is not None:
        _fail(ctx, ConfigError(t("gdpr.audit.person_and_company"), t("gdpr.title")), 2)
    start = _since(ctx, since)
    store = _open_store(settings)
    services = Services.of(store)
    try:
        company_id = None
        if cvr is not None:
            company_id = services.privacy.company_id_by_cvr(_cvr(ctx, cvr))
            if company_id is None:
                _fail(ctx, ConfigError(t("gdpr.audit.no_company", cvr=cvr), t("gdpr.title")), 1)
        rows = services.privacy.audit_rows(
            contact_id=contact_id, company_id=company_id, since=start
        )
        card = services.calls.company_card(company_id) if company_id is not None else None
    finally:
        store.close()
    if card is not None and not as_json:  # the ids a right-of-access request needs
        people = ", ".join(f"{c.id} {_visible(c.name)}" for c in card.contacts) or "–"
        click.echo(t("gdpr.audit.contacts", name=_visible(card.name), people=people))
    if as_json:
        click.echo(json.dumps([_as_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(_line(row))
    click.echo(t("gdpr.audit.count", count=len(rows)) if rows else t("gdpr.audit.none"))


def _erasure_summary(result: Any) -> list[str]:
    lines = [
        t(
            "gdpr.forget.summary",
            contacts=result.contacts,
            calls=result.calls,
            texts=result.texts,
            job_orders=result.job_orders,
            searches=result.searches,
        )
    ]
    if result.company_erased:
        lines.append(t("gdpr.forget.company_erased"))
    lines.append(t("gdpr.forget.kept"))
    return lines


def _finish(ctx: click.Context, dry_run: bool, yes: bool, wiped_later: Any) -> None:
    """After a dry run: say so. Else ask (unless --yes), erase, and report."""
    if dry_run:
        click.echo(t("gdpr.dry_run"))
        return
    if not yes and not click.confirm(t("gdpr.confirm"), default=False):
        click.echo(t("gdpr.cancelled"))
        ctx.exit(1)
    wiped = wiped_later()
    from canvass import locations
    from canvass.services import kept_page

    kept_page.forget_all(locations.state_dir())  # the kept first pages hold names too
    click.echo(t("gdpr.done"))
    if not wiped:
        click.echo(t("gdpr.not_wiped"), err=True)


@click.command(name="forget")
@click.option("--contact", "contact_id", type=int, metavar="ID", help="A contact person's id.")
@click.option("--cvr", metavar="NUMBER", help="Every contact person of this company.")
@click.option(
    "--sole-proprietorship",
    is_flag=True,
    help="With --cvr: the company is one person's (enkeltmandsvirksomhed); erase its name too.",
)
@click.option("--dry-run", is_flag=True, help="Only say what would be erased.")
@click.option("--yes", is_flag=True, help="Do not ask before erasing.")
@click.pass_context
def forget(
    ctx: click.Context,
    contact_id: int | None,
    cvr: str | None,
    sole_proprietorship: bool,
    dry_run: bool,
    yes: bool,
    **options: Any,
) -> None:
    """Erase a contact person's personal data for real (or every contact of a company).

    Name, phone, e-mail and the free text about them go; calls, outcomes and meetings
    stay as anonymous statistics. Exit 0 erased (or dry run), 1 not found or cancelled,
    2 usage errors.
    """
    from canvass.cli import _fail, _open_store, _settings
    from canvass.services import Services

    settings = _settings(ctx, options)
    if (contact_id is None) == (cvr is None):
        _fail(ctx, ConfigError(t("gdpr.forget.what"), t("gdpr.title")), 2)
    if sole_proprietorship and cvr is None:
        _fail(ctx, ConfigError(t("gdpr.forget.sole_needs_cvr"), t("gdpr.title")), 2)
    store = _open_store(settings)
    services = Services.of(store)
    try:
        actor = _actor(settings, store)
        if cvr is not None:
            number = _cvr(ctx, cvr)
            company_id = services.privacy.company_id_by_cvr(number)
            if company_id is None:
                _fail(ctx, ConfigError(t("gdpr.audit.no_company", cvr=cvr), t("gdpr.title")), 1)
            card = services.calls.company_card(company_id)
            click.echo(
                t(
                    "gdpr.forget.target_company",
                    id=company_id,
                    name=_visible(card.name if card else ""),
                    cvr=number,
                )
            )
            target: dict[str, Any] = {
                "company_id": company_id,
                "sole_proprietorship": sole_proprietorship,
            }
        else:
            assert contact_id is not None
            label = services.privacy.contact_label(contact_id)
            if label is None:
                _fail(
                    ctx, ConfigError(t("gdpr.forget.no_contact", id=contact_id), t("gdpr.title")), 1
                )
            person, company = (_visible(part) for part in label)
            click.echo(t("gdpr.forget.target_contact", id=contact_id, name=person, company=company))
            target = {"contact_id": contact_id}
        preview, _ = services.privacy.forget(actor, dry_run=True, **target)
        if preview is None:
            _fail(ctx, ConfigError(t("gdpr.forget.no_contact", id=contact_id), t("gdpr.title")), 1)
        for line in _erasure_summary(preview):
            click.echo(line)

        def erase() -> bool:
            _result, wiped = services.privacy.forget(actor, **target)
            return bool(wiped)

        _finish(ctx, dry_run, yes, erase)
    finally:
        store.close()


def _retention(ctx: click.Context, settings: Settings, older_than: str | None) -> Retention:
    from canvass.cli import _fail

    if older_than is None:
        return settings.retention
    try:
        age = parse_age(older_than)
    except ValueError:
        _fail(ctx, ConfigError(t("gdpr.purge.bad_age", value=older_than), t("gdpr.title")), 2)
    return Retention(age, age, age)


def _period(age: Age | None) -> str:
    return str(age) if age is not None else t("gdpr.purge.never")


@click.command(name="purge")
@click.option("--older-than", metavar="AGE", help="E.g. 24m, 90d, 5y (default: the config).")
@click.option("--dry-run", is_flag=True, help="Only say what would be erased.")
@click.option("--yes", is_flag=True, help="Do not ask before erasing.")
@click.pass_context
def purge(
    ctx: click.Context, older_than: str | None, dry_run: bool, yes: bool, **options: Any
) -> None:
    """Erase notes, contact persons and audit lines older than their retention period.

    The periods come from the config file (retention_notes, retention_contacts,
    retention_audit; default 24m, 24m, 36m); --older-than sets all three.
    """
    from canvass.cli import _open_store, _settings
    from canvass.services import Services

    settings = _settings(ctx, options)
    retention = _retention(ctx, settings, older_than)
    click.echo(
        t(
            "gdpr.purge.periods",
            notes=_period(retention.notes),
            contacts=_period(retention.contacts),
            audit=_period(retention.audit),
        )
    )
    store = _open_store(settings)
    services = Services.of(store)
    try:
        actor = _actor(settings, store)
        now = datetime.now(UTC)
        preview, _ = services.privacy.purge(actor, now, retention, dry_run=True)
        click.echo(
            t(
                "gdpr.purge.summary",
                calls=preview.calls,
                texts=preview.texts,
                contacts=preview.contacts,
                job_orders=preview.job_orders,
                audit_lines=preview.audit_lines,
            )
        )

        def erase() -> bool:
            _result, wiped = services.privacy.purge(actor, now, retention)
            return bool(wiped)

        _finish(ctx, dry_run, yes, erase)
    finally:
        store.close()
