"""Evaluation against gold answers (docs/evaluation.md): gold reader, matching rules, scores, gate.

``evaluate_path(dir)`` runs the pipeline on every gold article of ``dir`` (or extraction on an
article-extraction benchmark) and returns a :class:`Summary`; ``score_article`` is the pure core.
"""

from __future__ import annotations

from .body import body_prf
from .gate import check_thresholds, load_thresholds
from .gold import GoldArticle, load_gold_dir, load_gold_file, parse_gold
from .oracle import oracle_result
from .report import details, render_text, summary_table, to_json
from .runner import evaluate_benchmark, evaluate_gold_dir, evaluate_golds, evaluate_path, is_benchmark_dir
from .score import ArticleScore, Summary, score_article, summarise
from .tally import PartScore

__all__ = [
    "ArticleScore",
    "GoldArticle",
    "PartScore",
    "Summary",
    "body_prf",
    "check_thresholds",
    "details",
    "evaluate_benchmark",
    "evaluate_gold_dir",
    "evaluate_golds",
    "evaluate_path",
    "is_benchmark_dir",
    "load_gold_dir",
    "load_gold_file",
    "load_thresholds",
    "oracle_result",
    "parse_gold",
    "render_text",
    "score_article",
    "summarise",
    "summary_table",
    "to_json",
]
