"""Feeds whose XML prolog carries a DOCTYPE, a stylesheet instruction or comments are read as feeds (issue 16.1)."""

from __future__ import annotations

import pytest

from newsevents.ingest import IngestOptions
from newsevents.ingest.sniff import sniff

from .conftest import read_all

BODY = " ".join(["The envoy met the minister in the port city and signed a trade accord on Tuesday."] * 12)
ITEMS = "".join(f"<item><title>Story {i}</title><link>https://news.example/{i}</link>"
                f"<description>{BODY} Item {i}.</description></item>" for i in range(3))
CHANNEL = f"<rss version=\"0.91\"><channel><title>Wire</title><link>https://news.example/</link>{ITEMS}</channel></rss>"
PROLOGS = {
    "rss091_doctype": '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//'
                      'DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n',
    "stylesheet": '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n',
    "stylesheet_no_decl": '<?xml-stylesheet href="/rss.css" type="text/css" media="screen"?>\n',
    "comments_and_pi": '<?xml version="1.0"?>\n<!-- generator="wordpress/6.4" -->\n'
                       '<?xml-stylesheet type="text/css" href="a.css"?>\n<!-- cached -->\n',
    "doctype_subset": '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n]>\n',
}


@pytest.mark.parametrize("name", sorted(PROLOGS))
def test_feed_prolog_is_sniffed_as_a_feed(name: str) -> None:
    assert sniff((PROLOGS[name] + CHANNEL).encode("utf-8"), "feed") == "feed"


@pytest.mark.parametrize("name", sorted(PROLOGS))
def test_every_item_of_a_feed_with_a_prolog_is_read(write, name: str) -> None:
    path = write("wire", PROLOGS[name] + CHANNEL)  # no telling suffix: the content decides
    docs, errors = read_all([str(path)], IngestOptions())
    assert errors == [] and len(docs) == 3


def test_html_with_a_doctype_is_still_html() -> None:
    page = b"<!DOCTYPE html>\n<!-- rss link below -->\n<html><head><title>t</title></head><body><p>x</p></body></html>"
    assert sniff(page, "page") == "html"
