"""Time ``ObjectionIndex.search`` on a 5,000-objection bank (target: ≤ 5 ms per query).

Run: ``.venv/bin/python benchmarks/bench_objection_search.py [--objections N]``.
Builds the bank by varying the shipped one (``objections/*.yaml``): each copy gets a
new id, a reworded ``says``, more categories, keywords and an answer sentence made of
new compound words, so the vocabulary grows the way a big real bank's would. Then runs
100 realistic queries (whole words and phrases, and the prefixes typed on the way) in
phase 3 and prints the median and worst time per query. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from protocol import Context, Result

from canvass.content.models import Answer, Objection
from canvass.content.search import ObjectionIndex
from canvass.content.validate import load_library
from canvass.domain.phases import Phase

REPO = Path(__file__).resolve().parents[1]

OPENINGS = ("", "Altså, ", "Ærligt talt, ", "Nej, ", "Jamen, ", "Hør her, ", "Tja, ")
ENDINGS = ("", " lige nu", " i år", " for tiden", " desværre", " hos os", " i øjeblikket")
PARTS = (
    "løn", "tilskud", "arbejde", "plads", "tid", "møde", "kontor", "leder", "ordning",
    "praktik", "sæson", "kunde", "ordre", "vagt", "hold", "skift", "lager", "bil",
    "værksted", "butik", "køkken", "pleje", "rengøring", "byggeri", "kursus", "plan",
)  # fmt: skip

WORDS = (
    "tid", "raad", "mail", "vikar", "løntilskud", "praktik", "for små", "a-kassen",
    "ikke brug for", "send", "ring senere", "chef", "travlt", "dårlige erfaringer",
    "kvalificerede", "sprog", "papirarbejde", "betaler", "vi har selv", "jobindex",
    "ikke tid", "har ikke tid", "hvad koster det", "gratis", "dansk", "fyre", "syg",
    "hovedkontoret", "sælger", "sommerferie", "erfaring", "daarlig", "netværk", "hr",
    "vi bruger et vikarbureau", "uopfordrede ansøgninger", "skånehensyn", "fleksjob",
    "motivation", "ledige", "privat", "rask", "afskedige", "opfølgning", "besøg",
)  # fmt: skip


def queries() -> list[str]:
    """100 queries: each word or phrase, then the prefixes typed on the way to it."""
    found = list(WORDS)
    for length in (2, 3, 4, 5, 6, 8):
        for word in WORDS:
            if len(word) > length and word[:length] not in found:
                found.append(word[:length])
    return found[:100]


def varied_bank(size: int, rng: random.Random) -> list[Objection]:
    shipped = list(load_library(REPO / "scripts", REPO / "objections").objections.values())
    bank = []
    for number in range(size):
        base = shipped[number % len(shipped)]
        compounds = [rng.choice(PARTS) + rng.choice(PARTS) + f"{rng.randint(0, 99)}"[:1]
                     for _ in range(6)]  # fmt: skip
        says = rng.choice(OPENINGS) + base.says + rng.choice(ENDINGS)
        extra = Answer(
            id=f"{base.id}-ekstra-{number}",
            technique=base.answers[0].technique,
            text="Det forstår jeg. " + " ".join(compounds[2:]) + ".",
        )
        bank.append(
            base.model_copy(
                update={
                    "id": f"{base.id}-{number}",
                    "says": says[:1].upper() + says[1:],
                    "category": f"{base.category} {number % 20}",
                    "keywords": (*base.keywords, *compounds[:2]),
                    "answers": (*base.answers, extra),
                }
            )
        )
    return bank


def measure(size: int) -> tuple[float, list[tuple[float, str, int]]]:
    """Milliseconds to index a bank of ``size``, and (median ms, query, hits) per query."""
    bank = varied_bank(size, random.Random(1))
    start = time.perf_counter()
    index = ObjectionIndex(bank)
    indexed = (time.perf_counter() - start) * 1000
    samples: list[tuple[float, str, int]] = []
    for query in queries():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            hits = index.search(query, phase=Phase.INDVENDINGER)
            times.append(time.perf_counter() - start)
        samples.append((statistics.median(times) * 1000, query, len(hits)))
    return indexed, samples


def run(ctx: Context) -> list[Result]:
    """For ``python -m benchmarks``: the median query against the 5 ms target."""
    size = ctx.sizes.objections
    indexed, samples = measure(size)
    values = [ms for ms, _, _ in samples]
    worst = max(samples)
    return [
        Result(f"objection search, {size:,} objections: median query",
               statistics.median(values), "ms", 5.0, ctx.backend,
               f"worst {worst[0]:.1f} ms ({worst[1]!r}); index built in {indexed:.0f} ms"),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objections", type=int, default=5_000)
    size = int(parser.parse_args().objections)
    indexed, samples = measure(size)
    print(f"indexed {size:,} objections in {indexed:.0f} ms")
    values = [ms for ms, _, _ in samples]
    print(f"{len(samples)} queries: median {statistics.median(values):.2f} ms, "
          f"worst {max(values):.2f} ms")  # fmt: skip
    for ms, query, count in sorted(samples, reverse=True)[:5]:
        print(f"  {ms:6.2f} ms  {query!r} ({count} hits)")


if __name__ == "__main__":
    main()
