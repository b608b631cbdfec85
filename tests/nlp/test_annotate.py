"""The public API: shapes of api.md, offsets, filters, summary rule, prompts, errors."""

import pytest

import nlp
from nlp.summary import summarize

NOTE = "S: Client felt misunderstood and withdrew. Denies SI/HI."
ANNOTATION_KEYS = {
    "id", "start", "end", "text", "label", "assertion", "experiencer", "therapy_linked",
    "section", "rule", "message", "prompt_ids", "context_cues",
}  # fmt: skip


def test_result_shape():
    result = nlp.annotate(NOTE)
    assert set(result) == {"annotations", "summary", "prompts", "meta"}
    assert set(result["summary"]) == {"level", "score", "labels", "therapy_linked", "risk"}
    meta = result["meta"]
    assert (meta["taxonomy"], meta["version"], meta["offsets"]) == ("v1", "0.1.0", "codepoint")
    assert meta["elapsed_ms"] >= 0
    for a in result["annotations"]:
        assert set(a) == ANNOTATION_KEYS
        assert NOTE[a["start"] : a["end"]] == a["text"]
        assert a["label"] in nlp.LABELS and a["message"]


def test_annotations_of_the_api_example():
    found = {(a["label"], a["text"], a["assertion"]) for a in nlp.annotate(NOTE)["annotations"]}
    assert ("cause.alliance", "felt misunderstood", "present") in found
    assert ("sign.withdrawal", "withdrew", "present") in found
    assert ("risk.safety", "SI/HI", "negated") in found


def test_sorted_by_start_with_sequential_ids():
    anns = nlp.annotate("Tearful. Cancelled twice. Headaches. Feels judged.")["annotations"]
    assert [a["start"] for a in anns] == sorted(a["start"] for a in anns)
    assert [a["id"] for a in anns] == [f"a{i}" for i in range(1, len(anns) + 1)]


def test_labels_filter_by_family_and_id():
    anns = nlp.annotate(NOTE, labels=["sign"])["annotations"]
    assert {a["label"] for a in anns} == {"sign.withdrawal"}
    anns = nlp.annotate(NOTE, labels=["cause.alliance", "risk"])["annotations"]
    assert {a["label"] for a in anns} == {"cause.alliance", "risk.safety"}


@pytest.mark.parametrize("bad", [["sign.sadness"], ["signs"], [""]])
def test_unknown_label_raises(bad):
    with pytest.raises(ValueError, match="unknown label"):
        nlp.annotate(NOTE, labels=bad)


def test_unknown_offsets_raises():
    with pytest.raises(ValueError, match="offsets"):
        nlp.annotate(NOTE, offsets="bytes")


def test_non_string_text_raises():
    with pytest.raises(TypeError):
        nlp.annotate(None)


def test_include_non_present_false_keeps_only_present_client_marks():
    text = "Denies SI. Her mother is anxious. Client is tearful."
    everything = nlp.annotate(text)["annotations"]
    present = nlp.annotate(text, include_non_present=False)["annotations"]
    assert len(everything) > len(present) >= 1
    assert all(a["assertion"] == "present" and a["experiencer"] == "client" for a in present)


def test_utf16_offsets_count_astral_characters_twice():
    text = "😀😀 Client withdrew."
    cp = nlp.annotate(text)["annotations"][0]
    u16 = nlp.annotate(text, offsets="utf16")
    assert u16["meta"]["offsets"] == "utf16"
    a = u16["annotations"][0]
    assert (a["start"], a["end"]) == (cp["start"] + 2, cp["end"] + 2)
    units = text.encode("utf-16-le")
    assert units[2 * a["start"] : 2 * a["end"]].decode("utf-16-le") == a["text"] == "withdrew"


def test_empty_and_blank_text():
    for text in ("", "   \r\n"):
        result = nlp.annotate(text)
        assert result["annotations"] == [] and result["prompts"] == []
        assert result["summary"]["level"] == "none"


def _ann(label, assertion="present", experiencer="client", linked=False):
    return {"label": label, "assertion": assertion, "experiencer": experiencer,
            "therapy_linked": linked}  # fmt: skip


SUMMARIES = {
    "nothing": ([], "none", 0.0),
    "one-sign": ([_ann("sign.emotional")], "low", 0.25),
    "sign-and-cause": ([_ann("sign.withdrawal"), _ann("cause.alliance")], "moderate", 0.55),
    "same-label-counts-once": ([_ann("sign.emotional"), _ann("sign.emotional")], "low", 0.25),
    "linked-adds": ([_ann("sign.emotional", linked=True)], "low", 0.35),
    "three-labels": (
        [_ann("sign.emotional"), _ann("sign.avoidance"), _ann("cause.alliance")],
        "high",
        0.8,
    ),
    "negated-ignored": ([_ann("sign.emotional", "negated")], "none", 0.0),
    "other-ignored": ([_ann("sign.emotional", experiencer="other")], "none", 0.0),
    "risk-is-high": ([_ann("risk.safety")], "high", 0.0),
    "negated-risk-is-not": ([_ann("risk.safety", "negated")], "none", 0.0),
}


@pytest.mark.parametrize(("anns", "level", "score"), SUMMARIES.values(), ids=SUMMARIES.keys())
def test_summary_rule(anns, level, score):
    summary = summarize(anns)
    assert (summary["level"], summary["score"]) == (level, score)
    assert summary["risk"] == any(counts(a) and a["label"] == "risk.safety" for a in anns)


def counts(a):
    return a["assertion"] == "present" and a["experiencer"] == "client"


def test_summary_counts_present_client_labels():
    summary = nlp.annotate("Tearful and anxious. Denies SI. Her son is angry.")["summary"]
    assert summary["labels"] == {"sign.emotional": 2}
    assert summary["risk"] is False


def test_prompts_answer_the_detected_labels():
    result = nlp.annotate("Client cancelled twice and says therapy is not helping.")
    catalogue = {p["id"]: p for p in nlp.prompt_catalogue()}
    assert 1 <= len(result["prompts"]) <= 5
    detected = set(result["summary"]["labels"])
    for prompt in result["prompts"]:
        assert prompt == catalogue[prompt["id"]]
        assert detected & set(prompt["labels"])
    for a in result["annotations"]:
        assert all(a["label"] in catalogue[p]["labels"] for p in a["prompt_ids"])


def test_safety_prompt_comes_first_when_risk_is_present():
    prompts = nlp.annotate("Client is tearful and reports passive SI.")["prompts"]
    assert "risk.safety" in prompts[0]["labels"]


def test_taxonomy_catalogue():
    labels = nlp.taxonomy()
    assert [x["id"] for x in labels] == list(nlp.LABELS)
    assert len(labels) == 12 and nlp.FAMILIES == ("sign", "cause", "risk")
    for entry in labels:
        assert set(entry) == {"id", "family", "title", "description", "colour"}
        assert entry["id"].startswith(entry["family"] + ".")
        assert entry["colour"].startswith("#") and len(entry["colour"]) == 7
    assert nlp.TAXONOMY_VERSION == "v1" and nlp.__version__ == "0.1.0"


def test_prompt_catalogue_is_grounded_and_covers_every_label():
    strategies = {
        "open communication", "adjusting expectations", "evaluating fit", "taking a break",
        "clarify a misunderstanding",
        "invite the client to talk about the relationship or the therapy",
        "acknowledge the therapist's own part", "validate the client's caution",
        "change the task or goal", "give the rationale for a task",
        "link the pattern to other relationships",
    }  # fmt: skip
    prompts = nlp.prompt_catalogue()
    assert 20 <= len(prompts) <= 30
    assert len({p["id"] for p in prompts}) == len(prompts)
    assert {p["strategy"] for p in prompts} == strategies
    assert set().union(*(p["labels"] for p in prompts)) == set(nlp.LABELS)
    for p in prompts:
        assert set(p) == {"id", "strategy", "text", "labels"}
        assert not {"diagnos", "disorder"} & {w for w in p["text"].lower().split()}


def test_assess_span_on_any_span():
    text = "Her mother feels anxious."
    start = text.index("anxious")
    result = nlp.assess_span(text, start, start + len("anxious"))
    assert result["experiencer"] == "other" and result["assertion"] == "present"
    assert set(result) >= {"assertion", "experiencer", "therapy_linked", "context_cues"}


@pytest.mark.parametrize(
    ("start", "end"), [(-1, 3), (3, 3), (5, 2), (0, 999), (0.5, 2), (6, 7)]
)  # (6, 7) is the space after "Client"
def test_assess_span_rejects_bad_offsets(start, end):
    with pytest.raises(ValueError):
        nlp.assess_span("Client is tearful.", start, end)


@pytest.mark.parametrize("call", [nlp.annotate, lambda text: nlp.assess_span(text, 0, 5)])
def test_note_words_do_not_stay_in_the_vocabulary(pipeline, call):
    """Each note runs in a spaCy memory zone: its new words are dropped from the shared vocab."""
    word = "zorblaxquid"
    call(f"Client {word} felt misunderstood and withdrew.")
    assert word not in pipeline.vocab.strings
