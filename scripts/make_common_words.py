"""Writes nlp/data/common_words.txt: the 5,000 most frequent English dictionary words.

The pipeline tokenizes these once at load (see ``nlp.tokenizer.warm``) so that notes, tokenized
inside a spaCy memory zone where nothing new is cached, find most of their words ready.
Dictionary words are those of spacy-lookups-data's English lemma table (as keys or lemmas);
they are ranked by the same package's word probabilities. Run it from the repo root:

    .venv/bin/python scripts/make_common_words.py
"""

import gzip
import json
from importlib import resources
from pathlib import Path

COUNT = 5000
OUT = Path(__file__).resolve().parent.parent / "nlp" / "data" / "common_words.txt"


def table(name: str) -> dict:
    data = resources.files("spacy_lookups_data").joinpath(f"data/{name}.json.gz")
    return json.loads(gzip.decompress(data.read_bytes()))


def main() -> None:
    lemmas = table("en_lemma_lookup")
    words = {w.lower() for pair in lemmas.items() for w in pair if w.isalpha()}
    prob = table("en_lexeme_prob")
    ranked = sorted((w for w in words if w in prob), key=lambda w: (-prob[w], w))[:COUNT]
    OUT.write_text("\n".join(sorted(ranked)) + "\n", encoding="utf-8")
    print(f"{len(ranked)} words -> {OUT}")


if __name__ == "__main__":
    main()
