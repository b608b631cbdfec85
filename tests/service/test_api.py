"""Every row of shared/spec/api.md, against the real pipeline."""

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlp
from service import schemas

NOTE = (
    "S: Client said she felt misunderstood last session and withdrew when we talked about "
    "her father. She cancelled the next appointment and has had headaches since. "
    "Her sister is anxious about the move. Denies SI."
)
EMOJI_NOTE = "😀🙂 S: 😢 Client felt misunderstood 🙃 and withdrew after the session. Denies SI."

ANNOTATION_FIELDS = {
    "id",
    "start",
    "end",
    "text",
    "label",
    "assertion",
    "experiencer",
    "therapy_linked",
    "section",
    "rule",
    "message",
    "prompt_ids",
    "context_cues",
}


def annotate(client, **body):
    response = client.post("/v1/annotate", json=body)
    assert response.status_code == 200, response.get_json()
    assert response.mimetype == "application/json"
    return response.get_json()


def utf16_slice(text, start, end):
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_annotate_fields(client, pipeline):
    body = annotate(client, text=NOTE)
    assert set(body) == {"annotations", "summary", "prompts", "meta"}
    assert body["annotations"], "the note has several cues"
    for a in body["annotations"]:
        assert set(a) == ANNOTATION_FIELDS
        assert a["label"] in nlp.LABELS
        assert a["assertion"] in schemas.ASSERTIONS
        assert a["experiencer"] in schemas.EXPERIENCERS
        assert NOTE[a["start"] : a["end"]] == a["text"]
    assert body["meta"]["taxonomy"] == "v1"
    assert body["meta"]["version"] == "0.1.0"
    assert body["meta"]["offsets"] == "codepoint"
    assert body["meta"]["elapsed_ms"] >= 0


@pytest.mark.parametrize("offsets", ["codepoint", "utf16"])
def test_offsets_slice_the_text_with_emoji_before_the_cue(client, pipeline, offsets):
    body = annotate(client, text=EMOJI_NOTE, offsets=offsets)
    assert body["meta"]["offsets"] == offsets
    assert any(a["label"] == "cause.alliance" for a in body["annotations"])
    for a in body["annotations"]:
        if offsets == "utf16":
            assert utf16_slice(EMOJI_NOTE, a["start"], a["end"]) == a["text"]
        else:
            assert EMOJI_NOTE[a["start"] : a["end"]] == a["text"]


def test_utf16_offsets_differ_from_codepoints_after_emoji(client, pipeline):
    by_unit = {
        unit: annotate(client, text=EMOJI_NOTE, offsets=unit)["annotations"]
        for unit in ("codepoint", "utf16")
    }
    for cp, u16 in zip(by_unit["codepoint"], by_unit["utf16"], strict=True):
        astral_before = sum(1 for ch in EMOJI_NOTE[: cp["start"]] if ord(ch) > 0xFFFF)
        assert u16["start"] == cp["start"] + astral_before >= cp["start"] + 3


def test_annotations_are_sorted_by_start(client, pipeline):
    starts = [a["start"] for a in annotate(client, text=NOTE)["annotations"]]
    assert len(starts) >= 3
    assert starts == sorted(starts)


def test_summary_counts_present_client_annotations(client, pipeline):
    body = annotate(client, text=NOTE)
    counted = Counter(
        a["label"]
        for a in body["annotations"]
        if a["assertion"] == "present" and a["experiencer"] == "client"
    )
    summary = body["summary"]
    assert summary["labels"] == dict(counted)
    assert summary["level"] in schemas.LEVELS
    assert 0 <= summary["score"] <= 1
    # "Denies SI" is returned, flagged, but not counted.
    negated_risk = [a for a in body["annotations"] if a["label"] == "risk.safety"]
    assert negated_risk and all(a["assertion"] == "negated" for a in negated_risk)
    assert summary["risk"] is False


def test_summary_risk_is_true_for_a_present_safety_mark(client, pipeline):
    body = annotate(client, text="Client reports suicidal ideation since the last session.")
    assert body["summary"]["risk"] is True


def test_include_non_present_false_keeps_only_present_client_marks(client, pipeline):
    body = annotate(client, text=NOTE, include_non_present=False)
    assert body["annotations"]
    assert {(a["assertion"], a["experiencer"]) for a in body["annotations"]} == {
        ("present", "client")
    }


@pytest.mark.parametrize(
    "labels, allowed",
    [
        (["sign"], lambda label: label.startswith("sign.")),
        (["cause.alliance"], lambda label: label == "cause.alliance"),
        (["risk", "sign.avoidance"], lambda label: label in {"risk.safety", "sign.avoidance"}),
    ],
    ids=["family", "label", "mixed"],
)
def test_labels_filter(client, pipeline, labels, allowed):
    found = [a["label"] for a in annotate(client, text=NOTE, labels=labels)["annotations"]]
    assert found
    assert all(allowed(label) for label in found)


def test_prompts_answer_the_annotations(client, pipeline):
    body = annotate(client, text=NOTE)
    returned = {p["id"] for p in body["prompts"]}
    catalogue = {p["id"] for p in nlp.prompt_catalogue()}
    assert returned and returned <= catalogue
    for p in body["prompts"]:
        assert set(p) == {"id", "strategy", "text", "labels"}


def test_batch_answers_in_request_order(client, pipeline):
    notes = [
        {"id": "n2", "text": "Client cancelled again and wants to pause sessions."},
        {"id": "n1", "text": EMOJI_NOTE},
        {"id": "n3", "text": "Routine check-in."},
    ]
    response = client.post("/v1/annotate/batch", json={"notes": notes, "offsets": "utf16"})
    assert response.status_code == 200
    body = response.get_json()
    assert [r["id"] for r in body["results"]] == ["n2", "n1", "n3"]
    assert body["meta"]["offsets"] == "utf16"
    for note, result in zip(notes, body["results"], strict=True):
        single = annotate(client, text=note["text"], offsets="utf16")
        assert set(result) == {"id", "annotations", "summary", "prompts"}
        assert result["annotations"] == single["annotations"]
        assert result["summary"] == single["summary"]
    assert body["results"][2]["annotations"] == []


def test_taxonomy(client, pipeline):
    response = client.get("/v1/taxonomy")
    assert response.status_code == 200
    body = response.get_json()
    assert body["version"] == "v1"
    assert [label["id"] for label in body["labels"]] == list(nlp.LABELS)
    for label in body["labels"]:
        assert set(label) == {"id", "family", "title", "description", "colour"}
        assert label["family"] in nlp.FAMILIES


def test_prompt_catalogue(client, pipeline):
    response = client.get("/v1/prompts")
    assert response.status_code == 200
    prompts = response.get_json()["prompts"]
    assert prompts
    for p in prompts:
        assert set(p) == {"id", "strategy", "text", "labels"}
        assert set(p["labels"]) <= set(nlp.LABELS)


def test_healthz(client):
    response = client.get("/healthz")
    assert (response.status_code, response.get_json()) == (200, {"status": "ok"})


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12),
    offsets=st.sampled_from(["codepoint", "utf16"]),
)
def test_any_text_gets_offsets_that_slice_it(client, pipeline, prefix, offsets):
    text = f"{prefix} Client felt misunderstood and withdrew. {prefix}"
    body = annotate(client, text=text, offsets=offsets)
    for a in body["annotations"]:
        got = (
            utf16_slice(text, a["start"], a["end"])
            if offsets == "utf16"
            else text[a["start"] : a["end"]]
        )
        assert got == a["text"]
