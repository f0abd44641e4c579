"""``canvass publish``: check content files and publish their versions (Textual-free).

Call scripts, objection files and rubrics are published alike
(:mod:`canvass.content.published`), each under its id — the script's ``id``, the
rubric's ``rubric``, the objection file's name — and its own ``version:``.

A file is published only when it has no problem at all (the same check as ``canvass
check``); one file with a problem refuses the whole run, so a half-published set never
happens. Nothing is bumped silently: the file's own ``version:`` must be raised by the
trainer, or ``bump=True`` raises it — in the file, at its ``version:`` (written at the top
of an objection file or rubric that has none) — to one above the latest published
version, for a file whose content changed under a published one.

The first publication in a folder publishes every valid file in it: from then on the
app uses only published versions there, and a file left out would vanish from the
consultants' screens.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode

from canvass.content import nodes, published
from canvass.content.problems import Problem
from canvass.content.validate import check_paths
from canvass.content.yaml_loader import load_yaml


@dataclass(frozen=True)
class Outcome:
    """One file of a publish run; ``bumped_from``: its version before ``--bump``."""

    path: Path
    script_id: str  # the content id: a script's id, a rubric's, an objection file's name
    version: int
    done: bool  # newly published (False: that version was published already, unchanged)
    bumped_from: int | None = None


@dataclass
class PublishReport:
    """What a publish run did: nothing at all when ``problems`` is not empty."""

    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    first_in: list[Path] = field(default_factory=list)  # folders that started publishing
    skipped: list[Path] = field(default_factory=list)  # files with no versions (fag.yaml)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def needs_bump(self) -> bool:
        """Refused only because content changed under a published version (or is behind
        it): raising ``version:`` (``bump=True``) would publish."""
        return bool(self.problems) and all(p.code in BUMPABLE for p in self.problems)


#: The problems ``bump=True`` mends.
BUMPABLE = frozenset({"version-not-raised", "version-behind"})


@dataclass(frozen=True)
class _Script:
    path: Path
    script_id: str
    version: int
    version_at: int  # character index of the version value in the text (-1: none)


def publish_paths(
    paths: Iterable[Path],
    *,
    bump: bool = False,
    scripts_dir: Path | None = None,
    objections_dir: Path | None = None,
    rubrics_dir: Path | None = None,
) -> PublishReport:
    """Publish the scripts, objection files and rubrics among ``paths`` (files or
    folders); see the module doc."""
    report = PublishReport()
    scripts = _scripts(list(paths), report)
    bumped: dict[Path, int] = {}
    if bump:
        for script in scripts:
            old = _bump(script)
            if old is not None:
                bumped[script.path] = old
        scripts = _scripts([s.path for s in scripts], PublishReport())
    checked = check_paths(
        [s.path for s in scripts],
        scripts_dir=scripts_dir,
        objections_dir=objections_dir,
        rubrics_dir=rubrics_dir,
    )
    report.problems = checked.problems
    report.warnings = [w for w in checked.warnings if w.code != "draft"]  # publishing now
    if not scripts or report.problems:
        return report
    with ExitStack() as stack:
        for folder in dict.fromkeys(s.path.parent for s in scripts):
            stack.enter_context(published.locked(folder))
        _record(scripts, bumped, report)
    return report


def _record(scripts: list[_Script], bumped: dict[Path, int], report: PublishReport) -> None:
    for script in scripts:
        raw = load_yaml(script.path).raw
        record, _ = published.read_published(script.path.parent)
        hashed = published.digest(raw)
        live = record is not None and published.is_live(
            record, script.script_id, script.version, hashed
        )
        if not live:
            published.record(script.path.parent, script.script_id, script.version, raw)
        report.outcomes.append(
            Outcome(
                script.path,
                script.script_id,
                script.version,
                not live,
                bumped.get(script.path),
            )
        )


def _scripts(paths: list[Path], report: PublishReport) -> list[_Script]:
    """The content files among ``paths``, plus every file of a folder that publishes for
    the first time."""
    files: list[Path] = []
    for path in paths:
        files += (
            sorted(p for p in path.iterdir() if p.suffix in {".yaml", ".yml"})
            if path.is_dir()
            else [path]
        )
    for folder in dict.fromkeys(f.parent for f in files):
        if published.read_published(folder)[0] is None and folder.is_dir():
            more = sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"})
            report.first_in.append(folder)
            files += [p for p in more if p not in files]
    found: list[_Script] = []
    for path in dict.fromkeys(files):
        script = _script(path)
        if script is not None:
            found.append(script)
        elif not path.is_file():
            report.skipped.append(path)  # no such file (the trade names have no versions)
    return found


def _script(path: Path) -> _Script | None:
    """The file as a thing to publish: its id and version (the id is shown as it is, and
    the check lists its problems, when it is not valid); None for the trade names."""
    if not path.is_file():
        return None
    loaded = load_yaml(path)
    data, root = loaded.data, loaded.root
    if not isinstance(data, dict) or root is None:
        return _Script(path, path.stem, 0, -1)  # its problems are shown by the check
    if "objections" in data:
        content_id: object = path.stem
    elif "rubric" in data:
        content_id = data.get("rubric")
    elif "phases" in data or "id" in data:
        content_id = data.get("id")
    else:
        return None if "fag" in data else _Script(path, path.stem, 0, -1)
    version = data.get("version", 1 if "id" not in data else None)
    node = nodes.value(root, "version")
    if not isinstance(content_id, str) or type(version) is not int:
        return _Script(path, str(content_id), 0, -1)  # checked below: its problems are shown
    return _Script(path, content_id, version, node.start_mark.index if node else -1)


def bump_target(path: Path) -> tuple[int, int] | None:
    """``(version in the file, version it would be raised to)`` when ``bump=True`` would
    raise the file's version; else None."""
    script = _script(path)
    if script is None or script.version < 1:
        return None
    record, _ = published.read_published(path.parent)
    latest = record.latest(script.script_id) if record else None
    if latest is None or script.version > latest:
        return None
    hashed = published.digest(load_yaml(path).raw)
    if (
        script.version == latest
        and record
        and record.versions[script.script_id].get(latest) == hashed
    ):
        return None
    return script.version, latest + 1


def _bump(script: _Script) -> int | None:
    """Raise the file's ``version:`` above the latest published one when its content
    changed under a published version (or it is behind); the old version, else None."""
    record, _ = published.read_published(script.path.parent)
    if record is None or script.version < 1:
        return None
    loaded = load_yaml(script.path)
    known = record.versions.get(script.script_id, {})
    latest = record.latest(script.script_id)
    if latest is None or loaded.root is None:
        return None
    hashed = published.digest(loaded.raw)
    if known.get(script.version) == hashed and script.version == latest:
        return None  # published as it is
    if script.version > latest:
        return None  # already a new version
    text, root = loaded.text, loaded.root
    node = nodes.value(root, "version")
    if node is not None:
        new_text = text[: node.start_mark.index] + str(latest + 1) + text[node.end_mark.index :]
    elif isinstance(root, MappingNode) and not root.flow_style and root.value:
        at = root.value[0][0].start_mark.index  # before the first key, at its indentation
        new_text = f"{text[:at]}version: {latest + 1}\n{text[at:]}"
    else:
        return None  # a flow-style file: the trainer raises it by hand
    bom = b"\xef\xbb\xbf" if loaded.raw.startswith(b"\xef\xbb\xbf") else b""
    published.write_atomic(script.path, bom + new_text.encode())
    return script.version
