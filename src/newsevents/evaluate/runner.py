"""Run the pipeline on gold articles (and extraction on benchmark pages) and score the results.

A gold article names a text file, a gzip'd HTML page (paths relative to the gold file) or inline
text; its ``published`` date is handed to the pipeline so relative dates ("Monday") resolve as
the gold resolved them. A pipeline failure on one article is recorded on that article (every
required item then counts as missed) and the run goes on.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Callable
from pathlib import Path

from ..errors import Errors, EvaluationError, NewsEventsError, Warnings
from ..model import Article, ArticleResult, RawDocument
from .body import body_prf
from .gold import GoldArticle, load_gold_dir
from .score import ArticleScore, BodyScore, Summary, score_article, summarise

LOGGER = logging.getLogger(__name__)
GROUND_TRUTH = "ground-truth.json"

Predictor = Callable[[GoldArticle], ArticleResult]
# Told (done, total, article id) once with done=0 before the first article and after each one scored, so a
# caller can draw a bar from the start (the first article also loads the NLP model); library code prints nothing.
Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, article_id: str) -> None:
    """The default: nobody is told."""


def read_input(path: Path) -> bytes:
    """The bytes of an input file, gunzipped when it is gzip (``.gz``)."""
    try:
        data = path.read_bytes()
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        raise EvaluationError(Errors.E614.format(err=err), source=str(path)) from err


def raw_document(gold: GoldArticle) -> RawDocument:
    """The RawDocument the pipeline gets for a gold article (HTML for ``html_file``, else text)."""
    if gold.text is not None:
        return RawDocument(source=f"{gold.id}:<inline>", content=gold.text, published=gold.published)
    path = gold.input_path()
    assert path is not None  # parse_gold guarantees one input
    data = read_input(path)
    if gold.html_file:
        return RawDocument(source=str(path), content=data, media_type="html", published=gold.published)
    return RawDocument(source=str(path), content=data.decode("utf-8", errors="replace"), published=gold.published)


def pipeline_predictor(model: str | None = None) -> Predictor:
    """A predictor running :func:`newsevents.pipeline.process` with the gold's publication date."""
    # imported here so that the scorer and the gold reader work without importing every stage
    from ..pipeline import PipelineConfig, process

    def predict(gold: GoldArticle) -> ArticleResult:
        return process(raw_document(gold), PipelineConfig(model=model, published=gold.published))

    return predict


def _empty(gold: GoldArticle) -> ArticleResult:
    return ArticleResult(article=Article(id=gold.id, text=""))


def evaluate_golds(golds: list[GoldArticle], predict: Predictor, progress: Progress = _no_progress) -> Summary:
    """Score ``predict`` on every gold article; a failing article is scored as empty and noted."""
    scores = []
    progress(0, len(golds), "")
    for gold in golds:
        try:
            result, error = predict(gold), None
        except EvaluationError:
            raise
        except NewsEventsError as err:
            LOGGER.warning("%s", Warnings.W601.format(article=gold.id, err=err))
            result, error = _empty(gold), str(err)
        except Exception as err:  # a stage's bug must show in the table, not end the run (logged with its trace)
            LOGGER.exception("pipeline crashed on gold article %s", gold.id)
            result, error = _empty(gold), f"{err.__class__.__name__}: {err}"
        scores.append(score_article(gold, result, error))
        progress(len(scores), len(golds), gold.id)
    return summarise(scores)


def evaluate_gold_dir(directory: Path, model: str | None = None, progress: Progress = _no_progress) -> Summary:
    """Read every gold file of ``directory``, run the pipeline on each article, and score it."""
    return evaluate_golds(load_gold_dir(directory), pipeline_predictor(model), progress)


def is_benchmark_dir(directory: Path) -> bool:
    """An article-extraction benchmark folder: ``ground-truth.json`` beside ``html/*.html.gz``."""
    return (directory / GROUND_TRUTH).is_file() and (directory / "html").is_dir()


def _load_truth(directory: Path) -> dict[str, dict[str, str]]:
    path = directory / GROUND_TRUTH
    try:
        truth = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise EvaluationError(Errors.E615.format(err=err), source=str(path)) from err
    if not isinstance(truth, dict) or not all(isinstance(v, dict) and "articleBody" in v for v in truth.values()):
        raise EvaluationError(Errors.E616, source=str(path))
    return truth


def evaluate_benchmark(directory: Path, limit: int | None = None, progress: Progress = _no_progress) -> Summary:
    """Score body extraction on an article-extraction benchmark (token P/R/F1 averaged over pages).

    Only the extraction stage runs (no NLP), so the 181 pages of the public benchmark take seconds.
    """
    from ..extract import extract_article  # the one stage a body score needs

    truth = _load_truth(directory)
    scores = []
    page_ids = sorted(truth)[:limit]
    progress(0, len(page_ids), "")
    for page_id in page_ids:
        path = directory / "html" / f"{page_id}.html.gz"
        entry, error, body = truth[page_id], None, ""
        try:
            raw = RawDocument(source=str(path), content=read_input(path), media_type="html", url=entry.get("url"))
            body = extract_article(raw).text
        except EvaluationError:
            raise
        except Exception as err:  # noqa: BLE001 - recorded on the page, scored as an empty body
            LOGGER.warning("%s", Warnings.W602.format(page=page_id, kind=err.__class__.__name__, err=err))
            error = f"{err.__class__.__name__}: {err}"
        scores.append(ArticleScore(article_id=page_id, body=BodyScore(tokens=body_prf(body, entry["articleBody"])),
                                   error=error))
        progress(len(scores), len(page_ids), page_id)
    return summarise(scores)


def evaluate_path(directory: Path, model: str | None = None, progress: Progress = _no_progress) -> Summary:
    """A gold folder or an extraction benchmark folder, whichever ``directory`` is.

    ``progress`` is told (done, total, article id) before the first article and after each one.
    """
    if is_benchmark_dir(directory):
        return evaluate_benchmark(directory, progress=progress)
    return evaluate_gold_dir(directory, model, progress)
