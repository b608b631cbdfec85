"""The evaluation CLI scores rows as shared/eval/README.md defines (on rows written here)."""

import json

import pytest

from nlp.evaluate import main

PRESENT = {"assertion": "present", "experiencer": "client"}
ROWS = [
    {"id": "t1", "text": "Client withdrew and cancelled twice.", "labels": ["sign.withdrawal"],
     "allowed": ["sign.avoidance"], "context": []},
    {"id": "t2", "text": "Client is tearful.", "labels": ["sign.emotional", "cause.trauma"],
     "allowed": [], "context": [
         {"cue": "tearful", "label": "sign.emotional", **PRESENT},
         {"cue": "is", "label": "risk.safety", **PRESENT}]},
    {"id": "t3", "text": "Denies SI.", "labels": [], "allowed": [], "context": [
        {"cue": "SI", "label": "risk.safety", **PRESENT}]},
]  # fmt: skip


def test_scores_and_summary_line(tmp_path, capsys):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    assert main([str(path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    # tp 2 (withdrawal, emotional), fp 0 (avoidance is allowed), fn 1 (trauma)
    assert lines[-1] == "micro-F1 0.80  context-acc 0.50  coverage 0.67"
    assert any(line.startswith("cause.trauma") and " 1 " in line for line in lines)


def test_verbose_lists_misses(tmp_path, capsys):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    main(["-v", str(path)])
    out = capsys.readouterr().out
    assert "t2: missed cause.trauma" in out
    assert "t3: 'SI' is negated/client, expected present/client" in out


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path / "missing.jsonl")])
    assert exit_.value.code == 2
    assert "no such file" in capsys.readouterr().err
