"""Event coding: who did what to whom, in CAMEO and PLOVER, with the evidence for each event.

``code_events`` is the pipeline stage; ``explain`` shows how a sentence was (or was not) coded.
Patterns and modality words are data (``data/en/lexicon/*.yaml``); users add their own files.
"""

from __future__ import annotations

from .coder import code_events
from .explain import explain
from .lexicon import Lexicon, Pattern, load_lexicon, parse_pattern
from .ontology import CameoCode, load_ontology, lookup

__all__ = ["CameoCode", "Lexicon", "Pattern", "code_events", "explain", "load_lexicon", "load_ontology", "lookup",
           "parse_pattern"]
