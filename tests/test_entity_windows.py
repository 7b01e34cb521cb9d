"""The entity recogniser on windows around cue tokens: same entities where it matters, clean mapping back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents import nlp as N
from newsevents.errors import KnowledgeBaseError
from newsevents.nlp import entity_windows as W

TEXTS = [
    "Russian President Vladimir Putin held telephone conversations on Monday with the presidents of Syria, "
    "Iran and Egypt, the Kremlin said.",
    "Israeli settlers attacked a village near Nablus overnight, and at least 12 people were wounded, "
    "according to the Palestinian health ministry.",
    "The talks were described as constructive. Nothing was agreed, and the delegations went home without "
    "a statement, which surprised nobody who had followed the process over the past three weeks.",
    "Police arrested 57 demonstrators in Nairobi on Tuesday; more than 4,000 people marched to parliament.",
    "",
]


def _ents(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_windows_find_the_entities_a_full_run_finds(text: str) -> None:
    windowed = N.get_nlp()(text)
    full = N.get_nlp(all_entities=True)(text)
    assert _ents(windowed) == _ents(full)
    assert all(t.ent_iob_ in ("B", "I", "O") for t in windowed), "every token is annotated, not missing"


@pytest.mark.slow
def test_default_pipeline_has_the_window_component_and_all_entities_keeps_spacys() -> None:
    assert W.COMPONENT in N.get_nlp().pipe_names and "ner" not in N.get_nlp().pipe_names
    assert "ner" in N.get_nlp().component_names, "the recogniser stays loaded, disabled"
    full = N.get_nlp(all_entities=True)
    assert W.COMPONENT in full.pipe_names and full.get_pipe(W.COMPONENT).cues is None


@pytest.mark.slow
def test_cues() -> None:
    nlp = N.get_nlp()
    doc = nlp("Protesters marched. Israeli troops fired 3 shots at dawn yesterday, and the crowd of hundreds fled.")
    component = nlp.get_pipe(W.COMPONENT)
    cue = dict(zip([t.text for t in doc], component.cue_mask(doc).tolist(), strict=True))
    assert cue["Protesters"] and cue["Israeli"], "a capitalised first word is a cue: names are often first"
    assert cue["3"] and cue["yesterday"] and cue["hundreds"]
    assert not cue["marched"] and not cue["crowd"] and not cue["fled"]


@pytest.mark.slow
def test_windows_keep_margin_tokens_around_cues_and_mark_gaps() -> None:
    nlp = N.get_nlp()
    text = ("Yesterday rain fell on the quiet town and the old men sat in the square and talked about the "
            "weather and the harvest as usual until Ahmed arrived.")
    doc = nlp(text)
    component = nlp.get_pipe(W.COMPONENT)
    sub, index = component.windows(doc)
    assert len(sub) == len(index)
    for j, i in enumerate(index):
        assert (sub[j].text == doc[i].text) if i >= 0 else sub[j].text == "\n"
    kept = [i for i in index if i >= 0]
    ahmed = next(t.i for t in doc if t.text == "Ahmed")
    margin = component.cues.margin
    assert set(range(ahmed - margin, min(len(doc), ahmed + margin + 1))) <= set(kept)
    assert len(kept) < len(doc) / 2, "the long stretch without cues is left out"
    assert -1 in index and index[index.index(-1) + 1] > index[index.index(-1) - 1] + 1


def test_copy_entities_drops_an_entity_across_a_gap() -> None:
    from spacy.tokens import Doc, Span

    nlp = N.get_nlp()
    doc = nlp.make_doc("alpha beta gamma delta epsilon")
    sub = Doc(nlp.vocab, words=["alpha", "\n", "delta", "epsilon"], spaces=[True, False, True, False])
    sub.set_ents([Span(sub, 0, 3, label="ORG"), Span(sub, 3, 4, label="GPE")])
    W.copy_entities(sub, doc, [0, -1, 3, 4])
    assert _ents(doc) == [(4, 5, "GPE")]
    assert [t.ent_iob_ for t in doc] == ["O", "O", "O", "O", "B"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["the", "Cairo", "said", "12", "talks", "Monday", "and", "UN", ",", ".", "x9",
                                 "quietly", "hundreds", "\n"]), max_size=60))
def test_window_mapping_is_faithful_on_any_token_sequence(words: list[str]) -> None:
    """Property: each window token is the token it maps to, in order; gaps are single line breaks."""
    nlp = N.get_nlp()
    doc = nlp.make_doc(" ".join(words))
    component = W.EntityWindows(nlp.get_pipe("ner"), W.load_cues())
    sub, index = component.windows(doc)
    assert len(sub) == len(index)
    kept = [i for i in index if i >= 0]
    assert kept == sorted(set(kept))
    assert all(sub[j].text == doc[i].text for j, i in enumerate(index) if i >= 0)
    assert all(index[j - 1] >= 0 and index[j + 1] >= 0 for j, i in enumerate(index) if i < 0)
    W.recognise(component.ner, [sub])
    W.copy_entities(sub, doc, index)  # never raises, whatever the recogniser finds


@pytest.mark.slow
def test_recognise_gives_the_greedy_recognisers_entities() -> None:
    """The beam of width 1 (faster on Python < 3.12) takes the greedy loop's decisions."""
    nlp = N.get_nlp(all_entities=True)
    ner = nlp.get_pipe("ner")
    texts = [*TEXTS, " ".join(TEXTS) * 3, "Mr. Abbas met Mr. Blinken in Ramallah on 5 Jan. 2024 at 10 a.m."]
    docs = list(nlp.pipe(texts, disable=[W.COMPONENT]))
    ours = [doc.copy() for doc in docs]
    W.recognise(ner, ours)
    greedy = [doc.copy() for doc in docs]
    for doc in greedy:
        if len(doc):
            ner.set_annotations([doc], ner.greedy_parse([doc]))
    assert [_ents(d) for d in ours] == [_ents(d) for d in greedy]
    assert any(_ents(d) for d in ours)


def test_can_window_refuses_a_recogniser_on_a_shared_encoder() -> None:
    class Layer:
        def __init__(self, name: str) -> None:
            self.name = name

    class Model:
        def walk(self):
            return [Layer("parser_model"), Layer("tok2vec-listener>>list2array")]

    class Ner:
        model = Model()

    assert not W.can_window(Ner())
    assert not W.can_window(object())
    assert W.can_window(N.get_nlp().get_pipe("ner"))


def test_bad_cue_files_are_knowledge_base_errors(tmp_path: Path) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text("margin: 3\n")
    with pytest.raises(KnowledgeBaseError, match="entity-window"):
        W.load_cues(str(bad))
    bad.write_text("margin: -1\ntags: []\nwords: []\n")
    with pytest.raises(KnowledgeBaseError, match="margin"):
        W.load_cues(str(bad))
    assert W.load_cues().margin >= 0 and "yesterday" in W.load_cues().words
