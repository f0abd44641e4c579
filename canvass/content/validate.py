"""Checking content files and loading the library of scripts, objections and rubrics.

Each file is loaded strictly (:mod:`canvass.content.yaml_loader`), validated against
its model, and checked with the document rules (:mod:`canvass.content.rules`); then ids
are compared across files. Every problem of a run is collected, never just the first.
Valid files still load when others are broken; a file with any problem contributes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, Node

from canvass.content import nodes, published, rubric_rules, rules, variant_rules
from canvass.content.bank_index import BankIndex
from canvass.content.gc_pause import gc_paused
from canvass.content.model_errors import model_problems
from canvass.content.models import CallScript, Objection, ObjectionFile
from canvass.content.problems import Problem, problem, sorted_problems
from canvass.content.published_use import add_version_rules, use_published
from canvass.content.rubric_model import Rubric, RubricKind, rubric_for
from canvass.content.search import ObjectionIndex
from canvass.content.sources import source_warnings
from canvass.content.trades import TradeNames
from canvass.content.yaml_loader import LoadedYaml, load_yaml
from canvass.i18n import t


class Kind(StrEnum):
    """What a content file is, decided by its top-level keys."""

    SCRIPT = "script"
    OBJECTIONS = "objections"
    TRADES = "trades"  # scripts/fag.yaml: spoken trade names for {fag}
    RUBRIC = "rubric"  # rubrics/*.yaml: what a sparring review scores


@dataclass(frozen=True)
class CheckReport:
    """The result of :func:`check_paths`."""

    problems: list[Problem]
    files_checked: int
    #: Printed, but never failing the check (e.g. a rule stated without a ``source:``).
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file has a problem (warnings do not count)."""
        return not self.problems


@dataclass(frozen=True)
class Library:
    """The valid scripts, objections and rubrics, where they came from, and what was wrong."""

    scripts: dict[str, CallScript]
    objections: dict[str, Objection]
    sources: dict[str, Path]
    problems: list[Problem]
    hashes: dict[str, str] = field(default_factory=dict, repr=False)
    #: Warnings for trainers; a file with only warnings still loads.
    warnings: list[Problem] = field(default_factory=list, repr=False)
    #: The spoken trade names for ``{fag}`` (``scripts/fag.yaml``), if the file is valid.
    trades: TradeNames | None = None
    #: The valid sparring rubrics by id (``rubrics/<id>.yaml``); their files in
    #: :attr:`sources` under ``"rubric:<id>"``.
    rubrics: dict[str, Rubric] = field(default_factory=dict)
    #: The rubrics folder, whose published copies keep every published version.
    rubrics_dir: Path | None = None

    def rubric_at(self, rubric_id: str, version: int) -> Rubric | None:
        """The rubric ``rubric_id`` as it was at ``version`` — a review keeps the version it
        was made against: the loaded one when it is that version, else the published copy
        (checked against the record); None when neither is there."""
        rubric = self.rubrics.get(rubric_id)
        if rubric is not None and rubric.version == version:
            return rubric
        key = (rubric_id, version)
        if key not in self._old_rubrics:  # two threads at once would only read it twice
            self._old_rubrics[key] = self._published_rubric(rubric_id, version)
        return self._old_rubrics[key]

    def _published_rubric(self, rubric_id: str, version: int) -> Rubric | None:
        record = published.read_published(self.rubrics_dir)[0] if self.rubrics_dir else None
        hashed = record.versions.get(rubric_id, {}).get(version) if record else None
        if record is None or hashed is None:
            return None
        copy = _check_file(record.copy_path(rubric_id, version), Kind.RUBRIC)
        model = copy.model
        if copy.problems or not isinstance(model, Rubric) or published.digest(copy.raw) != hashed:
            return None
        return model if model.rubric == rubric_id and model.version == version else None

    def rubric_for(self, kind: RubricKind) -> Rubric | None:
        """The rubric a new review of a call or a visit uses (see
        :func:`canvass.content.rubric_model.rubric_for`)."""
        return rubric_for(self.rubrics, kind)

    def content_hash(self, script_id: str) -> str:
        """sha256 (hex) of the script file's bytes as loaded, so a call can name its version."""
        return self.hashes[script_id]

    #: The search index once built (see :attr:`objection_index`).
    _bank: BankIndex = field(default_factory=BankIndex, repr=False, compare=False)
    _old_rubrics: dict[tuple[str, int], Rubric | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def objection_index(self) -> ObjectionIndex:
        """The bank's search index, built once per library (0.5 s with 5,000 objections)
        by whichever thread asks first (:class:`BankIndex`); the UI asks from a worker."""
        return self._bank.get(self.objections.values())

    def objection_index_in_background(self) -> ObjectionIndex:
        """:attr:`objection_index` for work nobody waits for yet (a call just opened): its
        build gives way to the keyboard until :meth:`want_objection_index`."""
        return self._bank.get(self.objections.values(), background=True)

    def want_objection_index(self) -> None:
        """The bank was asked for: a build in the background stops giving way."""
        self._bank.want()

    @property
    def index_ready(self) -> bool:
        """Whether :attr:`objection_index` is built (asking for it then costs nothing)."""
        return self._bank.ready


@dataclass
class _File:
    """One checked file: its load result, kind, model (if valid in itself) and problems."""

    loaded: LoadedYaml
    kind: Kind | None = None
    model: CallScript | ObjectionFile | TradeNames | Rubric | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.loaded.path

    @property
    def raw(self) -> bytes:
        return self.loaded.raw

    @property
    def root(self) -> Node | None:
        return self.loaded.root


def check_paths(
    paths: Iterable[Path],
    *,
    scripts_dir: Path | None = None,
    objections_dir: Path | None = None,
    rubrics_dir: Path | None = None,
) -> CheckReport:
    """Check files and folders (``*.yaml``, ``*.yml``); the kind of each file is read from it.

    A file inside the app's scripts, objections or rubrics folder must also be of that
    folder's kind — the same rule :func:`load_library` applies, so check and app never disagree.
    """
    found: list[Problem] = []
    files = _expand(paths, found)
    folders = [(scripts_dir, Kind.SCRIPT), (objections_dir, Kind.OBJECTIONS)]
    folders.append((rubrics_dir, Kind.RUBRIC))
    roles = {folder.resolve(): kind for folder, kind in folders if folder is not None}
    with gc_paused():
        checked = [_check_file(path, roles.get(path.resolve().parent)) for path in files]
        for folder in dict.fromkeys(item.path.parent for item in checked if item.kind):
            found.extend(published.read_published(folder)[1])
        _check_ids(checked)
        found.extend(p for item in checked for p in item.problems)
        warned = [w for item in checked for w in item.warnings]
        # Dropped inside the block: freed by reference counting now, never walked by
        # the first collection after it.
        del checked
    return CheckReport(sorted_problems(found), len(files), sorted_problems(warned))


def load_library(
    scripts_dir: Path, objections_dir: Path, rubrics_dir: Path | None = None
) -> Library:
    """Load every valid script, objection and (given ``rubrics_dir``) rubric; broken files
    are listed in ``problems``."""
    with gc_paused(freeze=True):  # the app keeps the library as long as it runs
        return _load_library(scripts_dir, objections_dir, rubrics_dir)


def load_rubrics(rubrics_dir: Path) -> dict[str, Rubric]:
    """Only the valid rubrics of ``rubrics_dir`` by id (for the statistics' phase weights,
    without reading the scripts and the objection bank); broken files are left out."""
    found: list[Problem] = []
    checked = [_check_file(p, Kind.RUBRIC) for p in _expand([rubrics_dir], found)]
    return {
        item.model.rubric: item.model
        for item in checked
        if not item.problems and isinstance(item.model, Rubric)
    }


def _load_library(scripts_dir: Path, objections_dir: Path, rubrics_dir: Path | None) -> Library:
    found: list[Problem] = []
    warned: list[Problem] = []
    checked: list[_File] = []
    folders = [(scripts_dir, Kind.SCRIPT), (objections_dir, Kind.OBJECTIONS)]
    for folder, kind in folders + ([(rubrics_dir, Kind.RUBRIC)] if rubrics_dir else []):
        files = [_check_file(p, kind) for p in _expand([folder], found)]
        copy = functools.partial(_check_file, expected=kind)
        checked += use_published(folder, files, copy, found, warned)
    _check_ids(checked)
    scripts: dict[str, CallScript] = {}
    objections: dict[str, Objection] = {}
    sources: dict[str, Path] = {}
    hashes: dict[str, str] = {}
    trades: TradeNames | None = None
    rubrics: dict[str, Rubric] = {}
    for item in checked:
        found.extend(item.problems)
        warned.extend(item.warnings)
        if item.problems:
            continue
        if isinstance(item.model, CallScript):
            scripts[item.model.id] = item.model
            sources[item.model.id] = item.path
            hashes[item.model.id] = published.digest(item.loaded.raw)
        elif isinstance(item.model, ObjectionFile):
            for objection in item.model.objections:
                objections[objection.id] = objection
                sources[objection.id] = item.path
        elif isinstance(item.model, TradeNames):
            trades = item.model
        elif isinstance(item.model, Rubric):
            rubrics[item.model.rubric] = item.model
            sources[f"rubric:{item.model.rubric}"] = item.path
    return Library(
        scripts,
        objections,
        sources,
        sorted_problems(found),
        hashes,
        sorted_problems(warned),
        trades,
        rubrics,
        rubrics_dir,
    )


def _expand(paths: Iterable[Path], found: list[Problem]) -> list[Path]:
    """Files to check: files as given, folders as their sorted ``*.yaml``/``*.yml``."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
        elif path.exists():
            files.append(path)
        else:
            found.append(problem(path, 1, 1, "not-found"))
    unique = dict.fromkeys(files)  # a file named twice is checked once
    return list(unique)


def _check_file(path: Path, expected: Kind | None = None) -> _File:
    """Load and check one file on its own; never raises."""
    item = _File(load_yaml(path))
    try:
        _check_loaded(item, expected)
        add_version_rules(item)
    except Exception as error:  # one odd file must not stop the run
        item.model = None
        item.problems.append(problem(path, 1, 1, "internal", detail=repr(error)))
    return item


def _check_loaded(item: _File, expected: Kind | None) -> None:
    loaded, path = item.loaded, item.path
    item.problems.extend(loaded.problems)
    root = loaded.root
    if root is None:
        return
    if not isinstance(root, MappingNode):
        item.problems.append(problem(path, *nodes.pos(root), "not-a-mapping"))
        return
    item.kind = _kind(loaded.data)
    if item.kind is None:
        item.problems.append(problem(path, *nodes.pos(root), "unknown-kind"))
        return
    if expected is Kind.SCRIPT and item.kind is Kind.TRADES:
        pass  # the trade names live beside the scripts
    elif expected is not None and item.kind != expected:
        item.problems.append(
            problem(
                path,
                *nodes.pos(root),
                "wrong-folder",
                kind=t(f"check.kind.{item.kind}"),
                expected=t(f"check.folder.{expected}"),
            )
        )
        return
    if item.kind is Kind.RUBRIC:  # its texts are read, never merged or sourced
        item.model = _validate(item, Rubric, root)
        item.problems += rubric_rules.rubric_problems(path, root)
        return
    model_class: type[CallScript | ObjectionFile | TradeNames] = TradeNames
    if item.kind is Kind.SCRIPT:
        model_class = CallScript
    elif item.kind is Kind.OBJECTIONS:
        model_class = ObjectionFile
    item.model = _validate(item, model_class, root)
    if item.kind is Kind.SCRIPT:
        item.problems += rules.phase_problems(path, root)
        item.problems += rules.bala_problems(path, root)
        item.problems += rules.file_name_problems(path, root)
        item.warnings += rules.segment_warnings(path, root)
        item.problems += variant_rules.script_variant_problems(path, root)
    elif item.kind is Kind.OBJECTIONS:
        item.problems += variant_rules.answer_variant_problems(path, root)
    item.problems += rules.merge_field_problems(path, root, loaded.text)
    item.warnings += source_warnings(path, root)


def _kind(data: dict[str, object]) -> Kind | None:
    if "objections" in data:
        return Kind.OBJECTIONS
    if "fag" in data:
        return Kind.TRADES
    if "rubric" in data:
        return Kind.RUBRIC
    if "phases" in data or "id" in data:
        return Kind.SCRIPT
    return None


_Model = CallScript | ObjectionFile | TradeNames | Rubric


def _validate(item: _File, model_class: type[_Model], root: Node) -> _Model | None:
    """The model, or ``None`` with the errors added (minus ones the loader already placed)."""
    try:
        return model_class.model_validate(item.loaded.data)
    except ValidationError as error:
        taken = {(p.line, p.column) for p in item.loaded.problems}
        model: type[BaseModel] = model_class
        for found in model_problems(item.path, root, model, error):
            # An alias or refused tag already has a problem here; its stand-in value would
            # only add a second, confusing one.
            if (found.line, found.column) not in taken:
                item.problems.append(found)
        return None


def _check_ids(checked: list[_File]) -> None:
    """Duplicate ids across files: the later one gets the problem, naming the first ``file:line``.

    Script ids, objection ids, answer ids and rubric ids are each unique across all files.
    Every file whose model is valid is compared; only files with no problem at all claim
    their ids (a file with a problem contributes nothing, so it cannot block a later one).
    """
    seen: dict[tuple[str, str], str] = {}
    for item in checked:
        if item.model is None or item.loaded.root is None or isinstance(item.model, TradeNames):
            continue
        clean = not item.problems
        local: dict[tuple[str, str], str] = {}
        for namespace, item_id, node in _claims(item.model, item.loaded.root):
            key = (namespace, item_id)
            first = seen.get(key) or local.get(key)
            if first is None:
                local[key] = f"{item.path}:{node.start_mark.line + 1}"
                continue
            at = nodes.pos(node)
            item.problems.append(problem(item.path, *at, "duplicate-id", id=item_id, first=first))
        if clean and not item.problems:
            seen.update(local)


def _claims(model: CallScript | ObjectionFile | Rubric, root: Node) -> list[tuple[str, str, Node]]:
    """``(namespace, id, node of the id)`` for every id the file defines, in file order."""
    if isinstance(model, CallScript):
        return [("script", model.id, nodes.value(root, "id") or root)]
    if isinstance(model, Rubric):
        return [("rubric", model.rubric, nodes.value(root, "rubric") or root)]
    claims: list[tuple[str, str, Node]] = []
    entries = nodes.items(nodes.value(root, "objections"))
    for objection, entry in zip(model.objections, entries, strict=True):
        claims.append(("objection", objection.id, nodes.value(entry, "id") or entry))
        answer_nodes = nodes.items(nodes.value(entry, "answers"))
        for answer, answer_node in zip(objection.answers, answer_nodes, strict=True):
            claims.append(("answer", answer.id, nodes.value(answer_node, "id") or answer_node))
    return claims
