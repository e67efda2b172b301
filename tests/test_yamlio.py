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


FAST_PATH_CASES = [
    "a: 1\nb: [2024-03-04, 2024-03-05]\nc: 'x'\nd: \"y\"\ne: ~\nf: yes\ng: 1.5\nh: 0x1F\n",
    "text: |\n  one\n  two\nplain: a long\n  folded line\nempty:\nlist:\n- a\n- {k: v}\n- [1, [2]]\n",
    "- 1\n- two\n", "just text\n", "", "# only a comment\n", "2024-03-04\n",
    "a: &x 1\nb: *x\n", "a: !!str 1\n", "base: &b {k: 1}\nm:\n  <<: *b\n", "a: 1\na: 2\n",
    "? [1, 2]\n: v\n", "d: 2024-02-30\n", "a: 1\n---\nb: 2\n", "a: [1, 2\n", "'1': x\n1: y\n",
    "2024-01-01: dated key\nnull: n\ntrue: t\n", "t: 2024-03-04 10:00:00\n", "k: =\n",
]


@pytest.mark.parametrize("text", FAST_PATH_CASES)
def test_fast_path_reads_what_the_full_loader_reads(text):
    import yaml
    from generator import yamlio

    def shape(x):
        if isinstance(x, dict):
            return ("map", x.line, x.column, [(k, x.position(k), shape(v)) for k, v in x.items()])
        if isinstance(x, list):
            return ("seq", x.line, x.column, [shape(v) for v in x])
        return (type(x), x)

    try:
        expected = shape(yaml.load(text, Loader=yamlio._LocatingLoader))
    except yaml.YAMLError:
        expected = None
    try:
        fast = shape(yamlio._load_fast(text))
    except yamlio._NotPlain:
        fast = None  # the full loader decides
    if fast is not None:
        assert fast == expected
    assert expected is None or fast is None or fast == expected
