import xml.etree.ElementTree as ET
from datetime import date

from generator.charts import describe, monthly_chart
from generator.feeds import atom_feed

SIDES = {"russia": "Russia", "ukraine": "Ukraine"}


def test_chart_is_valid_svg_with_a_text_alternative():
    svg = monthly_chart({"2022-11": {"russia": 2}, "2022-12": {"russia": 1, "ukraine": 3}}, SIDES, "T <x>")
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img"
    assert root.find(f"{ns}title").text == "T <x>"
    assert "Busiest month 2022-12 with 4" in root.find(f"{ns}desc").text
    assert len(root.findall(f"{ns}rect")) == 3 + len(SIDES)


def test_describe_empty():
    assert describe({}, SIDES) == "No statements yet."


def test_feed_is_valid_atom_and_escapes_data():
    entries = [{"url": "https://e.org/a#s-1", "date": date(2022, 12, 1), "author": "A <b>",
                "title": "A & B", "summary": "<script>alert(1)</script>\x01"}]
    root = ET.fromstring(atom_feed("Feed", "https://e.org/f.xml", "https://e.org/", entries))
    ns = "{http://www.w3.org/2005/Atom}"
    entry = root.find(f"{ns}entry")
    assert entry.find(f"{ns}summary").text == "<script>alert(1)</script>"
    assert entry.find(f"{ns}updated").text == "2022-12-01T00:00:00Z"
