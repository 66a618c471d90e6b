"""The HTML reader, through trafilatura, on the example page (an AFP story of 1997-04-05)."""

from __future__ import annotations

import gzip

from communique.errors import ArticleRejected
from communique.read import read_articles, read_source
from communique.read.sources import Source
from conftest import EXAMPLES

PAGE = EXAMPLES / "afp-1997-zaire-talks.html"


def test_page_body_and_metadata():
    (article,) = read_articles([str(PAGE)])
    assert article.title == "Zaire peace talks open in Pretoria"
    assert article.published == "1997-04-05"
    assert article.url == "https://example.org/world/1997/04/05/zaire-peace-talks-open-in-pretoria"
    assert article.outlet == "Agence France-Presse"
    assert article.text.startswith("The first face-to-face peace talks between Zaire's warring parties")
    assert article.text.endswith("representative of the Organisation of African Unity.")
    for boilerplate in ("Most read", "All rights reserved", "Privacy", "Home"):
        assert boilerplate not in article.text
    assert len(article.paragraphs) == 4


def test_gzip_page_reads_the_same(tmp_path):
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(PAGE.read_bytes()))
    (plain,) = read_articles([str(PAGE)])
    (unpacked,) = read_articles([str(packed)])
    assert unpacked.text == plain.text and unpacked.id == plain.id


def test_page_without_an_article_is_rejected():
    page = b"<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    (result,) = read_source(Source("login.html", page))
    assert isinstance(result, ArticleRejected)
    assert result.code == "E006" and "login.html" in str(result)
