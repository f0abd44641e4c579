"""The strict loader: every kind of broken file gives a positioned problem and nothing raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvass.content import yaml_loader
from canvass.content.yaml_loader import MAX_DEPTH, load_yaml
from tests.unit.content.conftest import Write
from tests.unit.content.helpers import where


def test_valid_file_gives_plain_data_and_root(write: Write) -> None:
    path = write("a.yaml", "id: a\nversion: 2\nlist: [1.5, true, null, '3']\n")
    loaded = load_yaml(path)
    assert loaded.problems == []
    assert loaded.data == {"id": "a", "version": 2, "list": [1.5, True, None, "3"]}
    assert loaded.root is not None and loaded.root.start_mark.line == 0


def test_syntax_error_at_its_position(write: Write) -> None:
    path = write("a.yaml", "title: ok\nsays: a: b\n")
    loaded = load_yaml(path)
    assert where(loaded.problems) == [("yaml-syntax", 2, 8)]
    assert loaded.root is None
    assert str(loaded.problems[0]).startswith(f"{path}:2:8: ")


def test_unclosed_quote_is_a_syntax_error(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", 'title: "open\nversion: 1\n'))
    assert [p.code for p in loaded.problems] == ["yaml-syntax"]
    assert loaded.problems[0].line >= 1


def test_duplicate_key_reports_second_and_names_first_line(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "id: a\ntitle: x\n  \nid: b\n"))
    assert where(loaded.problems) == [("duplicate-key", 4, 1)]
    assert "'id'" in loaded.problems[0].message and "linje 1" in loaded.problems[0].message
    assert loaded.data == {"id": "a", "title": "x"}  # the first is kept


def test_duplicate_key_in_nested_mapping(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "phases:\n  aabning: {}\n  analyse: {}\n  aabning: {}\n"))
    assert where(loaded.problems) == [("duplicate-key", 4, 3)]


def test_empty_and_comment_only_and_bare_document_files(write: Write) -> None:
    for text in ("", "   \n\n", "# only a comment\n  # another\n", "---\n", "--- ~\n"):
        loaded = load_yaml(write("a.yaml", text))
        assert where(loaded.problems) == [("empty", 1, 1)], repr(text)


def test_not_utf8_reports_line_and_column_of_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes("title: ok\nsays: Vi har ingen økonomi\xe6\n".encode()[:-2] + b"\xe6\n")
    # Line 2 is 'says: Vi har ingen økonomi' + a Latin-1 'æ' (0xE6) as byte 27.
    assert where(load_yaml(path).problems) == [("not-utf8", 2, 27)]


def test_utf8_bom_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: a\n")
    assert load_yaml(path).data == {"id": "a"}


def test_control_character_is_refused_at_its_position(write: Write) -> None:
    assert where(load_yaml(write("a.yaml", "a: b\nc: d\x07\n")).problems) == [
        ("bad-character", 2, 5)
    ]


def test_anchor_and_alias_are_refused_at_their_marks(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "a: &hello Hej\nb: *hello\nc: *nowhere\n"))
    assert where(loaded.problems) == [("anchor", 1, 4), ("alias", 2, 4), ("alias", 3, 4)]
    assert loaded.data == {"a": "Hej", "b": None, "c": None}  # never the anchored value


def test_billion_laughs_is_refused_without_expanding(write: Write) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    loaded = load_yaml(write("a.yaml", "\n".join(lines) + "\n"))
    assert {p.code for p in loaded.problems} == {"anchor", "alias", "more"}
    # 9 anchors and 72 aliases: the first 50 aliases listed, the other 22 counted.
    assert len(loaded.problems) == 9 + 50 + 1
    assert "22 problemer mere" in next(p.message for p in loaded.problems if p.code == "more")


def test_python_tag_is_reported_and_never_executed(write: Write, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'title: !!python/object/apply:os.system ["touch {marker}"]\n'
    loaded = load_yaml(write("a.yaml", text))
    assert where(loaded.problems) == [("tag", 1, 8)]
    assert "!!python/object/apply:os.system" in loaded.problems[0].message
    assert not marker.exists()


def test_python_name_tag_on_a_scalar_is_reported(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "a: !!python/name:os.system ''\n"))
    assert where(loaded.problems) == [("tag", 1, 4)]
    assert loaded.data == {"a": ""}


def test_custom_tag_is_reported(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "a: 1\nb: !secret hemmelig\n"))
    assert where(loaded.problems) == [("tag", 2, 4)]
    assert "!secret" in loaded.problems[0].message


def test_core_tags_are_allowed_and_checked(write: Write) -> None:
    ok = load_yaml(write("a.yaml", "a: !!str 12\nb: !!int '7'\n"))
    assert ok.problems == [] and ok.data == {"a": "12", "b": 7}
    bad = load_yaml(write("b.yaml", "a: !!int tolv\n"))
    assert where(bad.problems) == [("tag-value", 1, 4)]


def test_too_large_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# padding\n" * 200_000)  # 2 MB
    assert where(load_yaml(path).problems) == [("too-large", 1, 1)]


def test_ten_thousand_deep_nesting_does_not_crash(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "[" * 10_000 + "]" * 10_000))
    assert where(loaded.problems) == [("too-deep", 1, MAX_DEPTH + 1)]


def test_thousand_deep_block_mappings_do_not_crash(write: Write) -> None:
    text = "".join(" " * i + f"k{i}:\n" for i in range(1_000))  # ~0.5 MB
    loaded = load_yaml(write("a.yaml", text))
    assert where(loaded.problems) == [("too-deep", MAX_DEPTH + 1, MAX_DEPTH + 1)]


def test_nesting_up_to_the_limit_is_fine(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "[" * MAX_DEPTH + "]" * MAX_DEPTH))
    assert loaded.problems == []


def test_multiple_documents_are_refused_at_the_second(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "id: a\n---\nid: b\n"))
    assert where(loaded.problems) == [("multiple-documents", 2, 1)]


def test_complex_key_is_refused(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "? [a, b]\n: c\n"))
    assert where(loaded.problems) == [("key-not-text", 1, 3)]


def test_missing_and_unreadable_paths_are_problems(tmp_path: Path) -> None:
    assert [p.code for p in load_yaml(tmp_path / "nope.yaml").problems] == ["unreadable"]
    assert [p.code for p in load_yaml(tmp_path).problems] == ["unreadable"]


def test_problem_str_is_file_line_column_message(write: Write) -> None:
    path = write("a.yaml", "a: *x\n")
    assert str(load_yaml(path).problems[0]) == (
        f"{path}:1:4: Aliaser (*x) er ikke tilladt; skriv teksten ud hvert sted."
    )


def test_windows_line_endings_keep_positions(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"id: a\r\nid: b\r\n")
    assert where(load_yaml(path).problems) == [("duplicate-key", 2, 1)]


def test_unexpected_failure_becomes_an_internal_problem(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: object) -> None:
        raise MemoryError("boom")

    monkeypatch.setattr(yaml_loader, "_compose", explode)
    loaded = load_yaml(write("a.yaml", "a: 1\n"))
    assert where(loaded.problems) == [("internal", 1, 1)]


def _tree(node: object) -> object:
    """A node tree as plain data with every mark, for comparing two parsers' results."""
    from yaml.nodes import MappingNode, Node, SequenceNode

    assert isinstance(node, Node)
    marks = (node.start_mark.line, node.start_mark.column, node.start_mark.index)
    ends = (node.end_mark.line, node.end_mark.column, node.end_mark.index)
    if isinstance(node, MappingNode):
        inner: object = [(_tree(k), _tree(v)) for k, v in node.value]
    elif isinstance(node, SequenceNode):
        inner = [_tree(item) for item in node.value]
    else:
        inner = (node.value, node.style)
    return (type(node).__name__, node.tag, marks, ends, inner)


SHIPPED = sorted((Path(__file__).parents[3] / "objections").glob("*.yaml"))
SHIPPED += sorted((Path(__file__).parents[3] / "scripts").glob("*.yaml"))

#: Small files exercising what the composer does: every problem kind it reports, flow
#: and block styles, typed and quoted scalars, multi-line text, Windows line ends.
SAMPLES = (
    "a: &x 1\nb: *x\nc: !secret d\nd: !!int '7'\ne: [1, 'to', \"tre\", {f: g}]\n",
    "- |\n  linje et\n  linje to\n- >-\n  foldet\n  tekst\n- ~\n- 2026-12-01\n- 1.5e3\n",
    'k: v\r\nl:\r\n  - æ\r\n  - "ø\\u00e5"\r\n',
    "a: 1\n---\nb: 2\n",
    "? kompleks\n: nøgle\n! tom: ''\n",
)


@pytest.mark.skipif(not yaml_loader.has_libyaml(), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("source", [*SHIPPED, *SAMPLES], ids=str)
def test_libyaml_and_pure_python_compose_alike(source: Path | str, write: Write) -> None:
    """The fast path builds the same nodes, marks, data and problems as the pure-Python one."""
    path = source if isinstance(source, Path) else write("a.yaml", source)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    fast = yaml_loader._compose_with(yaml_loader.libyaml_parser, path, raw, text)
    slow = yaml_loader._compose_with(yaml_loader.PurePythonParser, path, raw, text, final=True)
    assert fast.data == slow.data
    assert fast.problems == slow.problems
    assert (fast.root is None) == (slow.root is None)
    if fast.root is not None:
        assert _tree(fast.root) == _tree(slow.root)


def test_a_file_only_libyaml_refuses_is_read_by_the_pure_python_parser(write: Write) -> None:
    # A directive libyaml does not know: PyYAML reads the document, as it always did.
    loaded = load_yaml(write("a.yaml", '%FOO  bar baz\n---\n"foo"\n'))
    assert loaded.problems == [] and loaded.data == "foo"


def test_a_syntax_error_is_placed_by_the_pure_python_parser(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libyaml's refusal is never reported itself: the position is the one PyYAML gives."""
    seen: list[str] = []
    real = yaml_loader._compose_with

    def spy(make_parser: object, *args: object, **kwargs: object) -> object:
        seen.append(getattr(make_parser, "__name__", ""))
        return real(make_parser, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(yaml_loader, "_compose_with", spy)
    loaded = load_yaml(write("a.yaml", "title: ok\nsays: a: b\n"))
    assert where(loaded.problems) == [("yaml-syntax", 2, 8)]
    assert seen[-1] == "PurePythonParser"
    assert seen[:-1] in ([], ["libyaml_parser"])


def test_a_text_tag_on_a_collection_keeps_the_collection(write: Write) -> None:
    loaded = load_yaml(write("a.yaml", "a: !!str {b: c}\nd: !!str [e]\n"))
    assert loaded.data == {"a": {"b": "c"}, "d": ["e"]}
