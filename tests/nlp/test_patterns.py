"""Pattern files: every shipped file loads, rule ids are unique, bad rules fail loudly."""

import json
from importlib import resources

import pytest

import nlp
from nlp.cues import PatternError, load_rules, parse_rule


def test_every_shipped_file_loads_with_unique_ids():
    folder = resources.files("nlp").joinpath("data/patterns")
    files = [e.name for e in folder.iterdir() if e.name.endswith(".jsonl")]
    rules = load_rules()
    ids = [r.id for r in rules]
    assert len(files) >= 12
    assert len(ids) == len(set(ids))
    assert {r.label for r in rules} == set(nlp.LABELS)


def test_every_rule_id_is_prefixed_by_its_file():
    for rule in load_rules():
        assert rule.id.split(".")[0] in {label.split(".")[1] for label in nlp.LABELS} | {
            "safety"
        }, rule.id


def test_every_pattern_compiles_in_the_pipeline(pipeline):
    assert len(pipeline.get_pipe("ntr_cues").messages) == len(load_rules())


GOOD = {"id": "x.ok", "label": "sign.emotional", "phrases": ["sad"]}
BAD = {
    "unknown-rule-key": ({**GOOD, "lemma": ["sad"]}, "unknown keys ['lemma']"),
    "unknown-label": ({**GOOD, "label": "sign.sadness"}, "unknown label"),
    "no-id": ({"label": "sign.emotional", "phrases": ["sad"]}, "missing or empty 'id'"),
    "nothing-to-match": ({"id": "x.empty", "label": "sign.emotional"}, "needs at least one"),
    "phrases-not-list": ({**GOOD, "phrases": "sad"}, "'phrases' must be a list"),
    "unknown-token-key": (
        {**GOOD, "patterns": [[{"LEMA": "cry"}]]},
        "unknown token key 'LEMA'",
    ),
    "unknown-op": ({**GOOD, "patterns": [[{"LOWER": "sad", "OP": "??"}]]}, "unknown OP"),
    "empty-pattern": ({**GOOD, "patterns": [[]]}, "non-empty token lists"),
    "bad-predicate": ({**GOOD, "patterns": [[{"LOWER": {"ANY": ["a"]}}]]}, "bad value"),
}


@pytest.mark.parametrize(("raw", "message"), BAD.values(), ids=BAD.keys())
def test_bad_rule_names_file_rule_and_allowed_keys(raw, message):
    with pytest.raises(PatternError) as err:
        parse_rule("patterns/test.jsonl:3", json.dumps(raw))
    text = str(err.value)
    assert "patterns/test.jsonl:3" in text
    assert message in text
    assert "allowed keys" in text
    if "id" in raw:
        assert repr(raw["id"]) in text


def test_invalid_json_fails_loudly():
    with pytest.raises(PatternError, match=r"test.jsonl:1.*invalid JSON"):
        parse_rule("test.jsonl:1", '{"id": "x",')


def test_duplicate_ids_across_files_fail(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps(GOOD) + "\n")
    (tmp_path / "b.jsonl").write_text("\n" + json.dumps(GOOD) + "\n")
    with pytest.raises(PatternError, match=r"b.jsonl:2.*'x.ok'.*duplicate id.*a.jsonl:1"):
        load_rules(tmp_path)


def test_blank_and_comment_lines_are_skipped(tmp_path):
    (tmp_path / "a.jsonl").write_text("// comment\n\n" + json.dumps(GOOD) + "\n")
    assert [r.id for r in load_rules(tmp_path)] == ["x.ok"]


def test_pattern_without_an_anchor_word_fails_at_build(pipeline):
    from nlp.cues import CueMatcher

    rule = parse_rule(
        "patterns/x.jsonl:7", json.dumps({**GOOD, "patterns": [[{"IS_PUNCT": True}]]})
    )
    with pytest.raises(PatternError, match=r"patterns/x.jsonl:7: rule 'x.ok': pattern rejected"):
        CueMatcher(pipeline, [rule])
