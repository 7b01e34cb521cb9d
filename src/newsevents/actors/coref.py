"""Within-article coreference of person names: "Putin" and "Vladimir Putin" are one actor.

Full names seed clusters; a shorter name joins the cluster whose name contains all its words (the nearest
one before it when several do, as news reuses surnames for the last person named).
"""

from __future__ import annotations

from .kb import name_key
from .mentions import NamedSpan, span_text


def _words(span: NamedSpan) -> list[str]:
    return [k for k in (name_key(t.text) for t in span.span if not t.is_punct) if k]


def cluster_persons(spans: list[NamedSpan]) -> list[list[NamedSpan]]:
    """Group person spans (in text order) into one list per person."""
    clusters: list[list[NamedSpan]] = []
    words: list[set[str]] = []
    keys: list[set[str]] = []
    name_words = {id(s): _words(s) for s in spans}  # each span's words, read once
    for span in sorted(spans, key=lambda s: (-len(name_words[id(s)]), s.start)):
        own = name_words[id(span)]
        key = name_key(span_text(span.span))
        entry = span.entry
        matches = [n for n in range(len(clusters))
                   if key in keys[n] or (entry is not None and any(s.entry is entry for s in clusters[n]))
                   or (own and set(own) <= words[n] and own[-1] in words[n])]
        if len(own) >= 2:
            matches = [n for n in matches
                       if key in keys[n] or (entry is not None and any(s.entry is entry for s in clusters[n]))
                       or own[-1] == name_words[id(clusters[n][0])][-1]]
        if not matches:
            clusters.append([span])
            words.append(set(own))
            keys.append({key})
            continue
        before = [n for n in matches if min(s.start for s in clusters[n]) < span.start]
        best = (max(before, key=lambda n: max(s.start for s in clusters[n] if s.start < span.start)) if before
                else matches[0])
        clusters[best].append(span)
        keys[best].add(key)
    for cluster in clusters:
        cluster.sort(key=lambda s: s.start)
    return sorted(clusters, key=lambda c: c[0].start)
