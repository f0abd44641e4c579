"""The A/B variants compared (issue 12): per script line or objection answer with named
variants, each variant's calls, reached, BALA funnel and meetings side by side; and the
overview's rows for ``--by variant`` (one per variant shown).

A line's variants are compared within its script version (a new version may change the
line); an answer's across every script (the objection bank is shared), its counts summed
over the versions — a call has one script, so no call is counted twice.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session

from canvass.domain.stats import Rate
from canvass.i18n import t
from canvass.services.stats_rows import Figures, VariantRow, VariedItem
from canvass.store import stats as q
from canvass.store.stats_variants import VariantCounts, variant_counts

_Item = tuple[str | None, int | None, str | None, str]  # script, version, objection, item


def _item_of(counts: VariantCounts) -> _Item:
    if counts.objection_id is None:
        return (counts.script_id, counts.script_version, None, counts.item_id)
    return (None, None, counts.objection_id, counts.item_id)


def _summed(rows: list[VariantCounts]) -> VariantCounts:
    first = rows[0]
    steps = tuple(sum(r.steps[k] for r in rows) for k in range(4))
    return VariantCounts(
        script_id=first.script_id,
        script_version=first.script_version,
        objection_id=first.objection_id,
        item_id=first.item_id,
        variant=first.variant,
        calls=sum(r.calls for r in rows),
        reached=sum(r.reached for r in rows),
        meetings=sum(r.meetings for r in rows),
        job_orders=sum(r.job_orders for r in rows),
        steps=(steps[0], steps[1], steps[2], steps[3]),
    )


def _grouped(session: Session, scope: q.Scope) -> dict[_Item, dict[str, VariantCounts]]:
    """Per item, per variant id, the counts (an answer's summed over script versions)."""
    found: dict[_Item, dict[str, list[VariantCounts]]] = defaultdict(lambda: defaultdict(list))
    for counts in variant_counts(session, scope):
        found[_item_of(counts)][counts.variant].append(counts)
    return {
        item: {variant: _summed(rows) for variant, rows in variants.items()}
        for item, variants in found.items()
    }


def _key_label(item: _Item) -> tuple[str, str]:
    script, version, objection, item_id = item
    if objection is None:
        label = t("stats.variant_line", script=script, version=version, line=item_id)
        return f"{script}@{version}/{item_id}", label
    return f"{objection}/{item_id}", t("stats.variant_answer", objection=objection, answer=item_id)


def _order(item: _Item) -> tuple[int, str, int, str, str]:
    """Script lines first (by script, version, line), then answers (objection, answer)."""
    script, version, objection, item_id = item
    return (objection is not None, script or "", version or 0, objection or "", item_id)


def variants(session: Session, scope: q.Scope) -> tuple[VariedItem, ...]:
    """Every item with variants shown in the scope's calls, its variants side by side."""
    items = []
    for item, by_variant in sorted(_grouped(session, scope).items(), key=lambda i: _order(i[0])):
        key, label = _key_label(item)
        rows = tuple(
            VariantRow(
                variant=variant,
                calls=c.calls,
                reached=Rate(c.reached, c.calls),
                steps=(
                    Rate(c.steps[0], c.reached),
                    Rate(c.steps[1], c.reached),
                    Rate(c.steps[2], c.reached),
                    Rate(c.steps[3], c.reached),
                ),
                meetings=c.meetings,
                hit_rate=Rate(c.meetings, c.reached),
            )
            for variant, c in sorted(by_variant.items())
        )
        items.append(VariedItem(key, label, item[0], item[1], item[2], item[3], rows))
    return tuple(items)


def variant_figures(session: Session, scope: q.Scope) -> tuple[Figures, ...]:
    """The overview by variant: one row per variant shown ("<item key>:<variant>"), in
    the order of :func:`variants`. A call that showed two items counts in both."""
    rows = []
    for item, by_variant in sorted(_grouped(session, scope).items(), key=lambda i: _order(i[0])):
        key, label = _key_label(item)
        for variant, c in sorted(by_variant.items()):
            rows.append(
                Figures(
                    key=f"{key}:{variant}",
                    label=t("stats.variant_row", item=label, variant=variant),
                    calls=c.calls,
                    reached=Rate(c.reached, c.calls),
                    meetings=c.meetings,
                    hit_rate=Rate(c.meetings, c.reached),
                    hit_rate_calls=Rate(c.meetings, c.calls),
                    job_orders=Rate(c.job_orders, c.reached),
                )
            )
    return tuple(rows)
