import pytest

from generator.errors import InputError
from generator.yamlio import decode_utf8, dump_yaml, load_yaml


def test_positions_of_keys_and_items():
    data = load_yaml("article: a\nstatements:\n  - id: s-1\n    speaker: x\n", "f.yaml")
    item = data["statements"][0]
    assert data.position("statements") == (2, 1)
    assert item.position("speaker") == (4, 5)
    assert (item.line, item.column) == (3, 5)


def test_syntax_error_names_file_and_line():
    with pytest.raises(InputError) as err:
        load_yaml("a: 1\nb: [1, 2\nc: 3\n", "content/x.yaml")
    assert str(err.value).startswith("content/x.yaml:3:")
    assert "YAML syntax error" in str(err.value)


def test_non_utf8_names_the_position():
    with pytest.raises(InputError) as err:
        decode_utf8(b"ok\nab\xffcd", "f.yaml")
    assert str(err.value).startswith("f.yaml:2:3:")


def test_dump_is_stable_and_readable():
    data = {"text": "he said “no”", "multi": "a\nb", "range": (1, 2), "items": [1]}
    out = dump_yaml(data)
    assert out == dump_yaml(data)
    assert "he said “no”" in out and "range: [1, 2]" in out
    assert load_yaml(out, "x") == {"text": "he said “no”", "multi": "a\nb", "range": [1, 2], "items": [1]}
