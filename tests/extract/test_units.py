"""Chrome lines, metadata helpers, scoring, and extract_article's choices (dates, languages, methods)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.errors import ExtractionError, KnowledgeBaseError
from newsevents.extract import extract_article, load_chrome_rules, remove_chrome, token_prf
from newsevents.extract.meta import clean_title, date_from_url, detect_language, normalize_date
from newsevents.model import RawDocument, content_id

BODY = "The foreign minister met his counterpart in Cairo on Monday to discuss the ceasefire proposal."


@pytest.mark.parametrize("text, exp", [
    ("Leave a Reply", True), ("Your email address will not be published. Required fields are marked *", True),
    ("Back to top button", True), ("Share this article", True), ("Share on Facebook", True),
    ("Subscribe to our newsletter for daily updates", True), ("We use cookies to improve your experience.", True),
    ("By Jane Smith | Published 11:34 PM EST Nov 19, 2019", True), ("Jane SmithOctober 16, 2023", True),
    ("Jane Smith October 16, 2023", True), ("Updated: 2023-10-16 08:00", True), ("Skip to main content", True),
    ("J. Scott Applewhite / AP file", True), ("Follow RT on Telegram", True),
    ("Like this story? Share it with a friend!", True), ("https://example.org/a/b", True),
    # article sentences that merely contain chrome words stay
    ("He said he would share the proposal with the cabinet.", False),
    ("Protesters used social media to subscribe supporters to alerts, police said.", False),
    ("Earlier on October 16, Russian Presidential Assistant Yuri Ushakov reported journalists.", False),
    ("Credit Suisse reported a loss on Tuesday.", False),
])
def test_chrome_lines(text: str, exp: bool) -> None:
    assert (remove_chrome(f"{BODY}\n{text}") == BODY) is exp


def test_related_list_is_dropped_with_its_headlines() -> None:
    text = f"{BODY}\n\nRelated articles\n\nChina warns Hong Kong\nTalks stall in Doha\n\n{BODY} Again."
    assert remove_chrome(text) == f"{BODY}\n\n{BODY} Again."


def test_comment_tail_is_cut_only_late_in_the_text() -> None:
    tail = f"{BODY}\n" * 5 + "Leave a comment\nGreat article!\nI disagree."
    assert remove_chrome(tail) == (f"{BODY}\n" * 5).strip()


def test_user_chrome_file(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text('drop:\n  - "brought to you by {NAME}"\n', encoding="utf-8")
    rules = load_chrome_rules((str(extra),))
    assert remove_chrome(f"{BODY}\nBrought to you by Acme Corp\n", rules) == BODY
    article = extract_article(RawDocument(source="s", content=f"Title\n\n{BODY}\nBrought to you by Acme"),
                              chrome_files=[extra])
    assert "Acme" not in article.text


@pytest.mark.parametrize("content", ["drop: [\"(unclosed\"]", "drop: [\"{NOPE}\"]", "- a list", "a: [b"])
def test_bad_chrome_file(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as caught:
        load_chrome_rules((str(bad),))
    assert caught.value.source == str(bad)


@pytest.mark.parametrize("url, exp", [
    ("https://x.com/news/2019/11/20/story", "2019-11-20"), ("https://x.com/2019-11-20-story.html", "2019-11-20"),
    ("https://x.com/a/20191120/b", "2019-11-20"), ("https://x.com/2019/11/story", "2019-11"),
    ("https://x.com/article/1206313/story", None), ("https://x.com/2019/13/40/x", None), (None, None),
])
def test_date_from_url(url: str | None, exp: str | None) -> None:
    assert date_from_url(url) == exp


@pytest.mark.parametrize("value, exp", [("2023-10-16T08:00:00Z", "2023-10-16"), ("2023-10", "2023-10"),
                                        ("Mon, 16 Oct 2023 09:00:00 GMT", "2023-10-16"), ("yesterday", None)])
def test_normalize_date(value: str, exp: str | None) -> None:
    assert normalize_date(value) == exp


@pytest.mark.parametrize("title, sites, exp", [
    ("Story | Al Bawaba", ("Al Bawaba",), "Story"), ("Story - RT World News", ("rt.com",), "Story - RT World News"),
    ("Story — rt", ("rt.com",), "Story"), ("Pro - and con", (), "Pro - and con")])
def test_clean_title(title: str, sites: tuple[str, ...], exp: str) -> None:
    assert clean_title(title, sites) == exp


@pytest.mark.parametrize("text, exp", [
    (BODY, "en"), ("Le ministre des Affaires étrangères a rencontré son homologue au Caire lundi.", "fr"),
    ("Der Außenminister traf am Montag seinen Amtskollegen in Kairo, um über die Waffenruhe zu sprechen.", "de"),
    ("Short.", None)])
def test_detect_language(text: str, exp: str | None) -> None:
    assert detect_language(text) == exp


def test_date_priority_metadata_then_url_then_user() -> None:
    def art(**kw: str | None):
        return extract_article(RawDocument(source="s", content=f"T\n\n{BODY}", url=kw.get("url"),
                                           published=kw.get("meta")), published=kw.get("user"))

    assert art(meta="2020-01-02", url="https://x.org/2021/03/04/a", user="2022-05-06").published == "2020-01-02"
    assert art(url="https://x.org/2021/03/04/a", user="2022-05-06").published == "2021-03-04"
    assert art(user="2022-05-06").published == "2022-05-06"
    assert art().published is None


def test_article_fields_and_non_english() -> None:
    raw = RawDocument(source="s", content="Titre\n\nLe ministre des Affaires étrangères a rencontré son "
                      "homologue au Caire lundi pour discuter du cessez-le-feu.", url="https://www.lemonde.fr/x")
    article = extract_article(raw)
    assert article.language == "fr" and article.site == "lemonde.fr" and article.id == content_id(article.text)
    assert article.title == "Titre" and article.text.startswith("Titre\n\n")


def test_html_fragment_uses_the_fallback_method() -> None:
    raw = RawDocument(source="s", content=f"<p>{BODY}</p><p>Second paragraph here.</p>", media_type="html",
                      title="Talks", metadata={"fragment": True})
    article = extract_article(raw)
    assert article.extraction_method == "html-text" and article.text == f"Talks\n\n{BODY}\n\nSecond paragraph here."


@pytest.mark.parametrize("content", ["", "\n\n", "Leave a Reply\nBack to top button"])
def test_no_text_is_an_extraction_error(content: str) -> None:
    with pytest.raises(ExtractionError):
        extract_article(RawDocument(source="s", content=content))


@pytest.mark.parametrize("pred, gold, exp", [("a b c", "a b c", (1.0, 1.0, 1.0)), ("", "", (1.0, 1.0, 1.0)),
                                             ("", "a", (0.0, 0.0, 0.0)), ("A b", "a b c d", (1.0, 0.5, 2 / 3))])
def test_token_prf(pred: str, gold: str, exp: tuple[float, float, float]) -> None:
    assert token_prf(pred, gold) == pytest.approx(exp)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300), st.sampled_from([1, 4]))
def test_token_prf_bounds(pred: str, gold: str, n: int) -> None:
    p, r, f = token_prf(pred, gold, n=n)
    assert 0 <= p <= 1 and 0 <= r <= 1 and 0 <= f <= 1
    assert token_prf(gold, gold, n=n)[2] == 1.0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=60), max_size=20))
def test_remove_chrome_only_removes_and_is_idempotent(lines: list[str]) -> None:
    once = remove_chrome("\n".join(lines))
    assert remove_chrome(once) == once
    kept = [line for line in once.splitlines() if line.strip()]
    # every kept line is an input line, right-trimmed (the text's first line also left-trimmed)
    assert all(any(line in (original.rstrip(), original.strip()) for original in lines) for line in kept)


class _Guess:
    """A stand-in for py3langid's classifier that returns a fixed guess."""

    def __init__(self, code: str, probability: float) -> None:
        self.guess = (code, probability)

    def classify(self, _text: str) -> tuple[str, float]:
        return self.guess


@pytest.mark.parametrize("guess, long_text, exp", [
    (("pcm", 0.64), False, None), (("fr", 0.99), False, "fr"), (("pcm", 0.64), True, "pcm")])
def test_a_short_text_needs_a_surer_guess(monkeypatch: pytest.MonkeyPatch, guess: tuple[str, float],
                                          long_text: bool, exp: str | None) -> None:
    """One sentence full of names is guessed unsurely (an English one was read as Nigerian Pidgin at
    0.64 and skipped); under SHORT_TEXT_CHARS letters a guess needs SHORT_TEXT_PROBABILITY."""
    from newsevents.extract import meta

    monkeypatch.setattr(meta, "_identifier", lambda: _Guess(*guess))
    text = "The envoy met the minister in the capital on Monday to discuss the truce. " * (6 if long_text else 1)
    assert meta.detect_language(text) == exp
