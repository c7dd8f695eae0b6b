#!/usr/bin/env python3
"""Writes examples/facts.jsonl: hand-made document objects for the example articles in
examples/articles/ (all written by the kg authors). Each fact below names its sentence by a
distinctive fragment; the script finds the sentence and the mentions in the text and computes
UTF-8 byte offsets, so the document objects stay true to the texts when they are edited.

Run from the repository root: /usr/bin/python3 examples/make_examples.py
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# article file -> (date, entities {local id: (name, type, [aliases])}, relations)
# relation: (subject, predicate, object, role or None, fragment of the evidence sentence)
ARTICLES = {
    "kazan-brics-2024.de.txt": ("2024-10", {
        "putin": ("Wladimir Putin", "PER", ["Putin"]),
        "russia": ("Russland", "LOC", ["russische", "Russlands"]),
        "modi": ("Narendra Modi", "PER", ["Modi"]),
        "india": ("Indien", "LOC", ["indische"]),
        "xi": ("Xi Jinping", "PER", ["Xi"]),
        "china": ("China", "LOC", ["chinesische"]),
        "brics": ("BRICS", "ORG", []),
        "summit": ("BRICS-Gipfel", "EVENT", ["Gipfel"]),
        "kazan": ("Kasan", "LOC", []),
        "guterres": ("António Guterres", "PER", ["Guterres"]),
        "un": ("Vereinte Nationen", "ORG", ["UN"]),
    }, [
        ("putin", "holds_office", "russia", "Präsident", "Der russische Präsident Wladimir Putin"),
        ("summit", "held_in", "kazan", None, "Der russische Präsident Wladimir Putin"),
        ("kazan", "located_in", "russia", None, "Kasan liegt an der Wolga"),
        ("modi", "holds_office", "india", "Premierminister", "Der indische Premierminister"),
        ("modi", "participates_in", "summit", None, "Der indische Premierminister"),
        ("xi", "participates_in", "summit", None, "Auch der chinesische Staatschef"),
        ("xi", "holds_office", "china", "Staatschef", "Auch der chinesische Staatschef"),
        ("putin", "meets_with", "modi", None, "Am Rande des Gipfels traf sich Putin"),
        ("putin", "meets_with", "xi", None, "Am Rande des Gipfels traf sich Putin"),
        ("india", "member_of", "brics", None, "Indien und China gehören"),
        ("china", "member_of", "brics", None, "Indien und China gehören"),
        ("russia", "member_of", "brics", None, "Indien und China gehören"),
        ("guterres", "participates_in", "summit", None, "UN-Generalsekretär António Guterres"),
        ("guterres", "holds_office", "un", "Generalsekretär", "UN-Generalsekretär António Guterres"),
        ("guterres", "meets_with", "putin", None, "Guterres sprach in Kasan mit Putin"),
    ]),
    "washington-nato-2024.de.txt": ("2024-07", {
        "nato": ("NATO", "ORG", ["Nato", "Nordatlantische Allianz"]),
        "summit": ("NATO-Gipfel", "EVENT", ["Gipfel"]),
        "washington": ("Washington", "LOC", []),
        "usa": ("Vereinigte Staaten", "LOC", ["Vereinigten Staaten", "USA"]),
        "biden": ("Joe Biden", "PER", ["Biden"]),
        "stoltenberg": ("Jens Stoltenberg", "PER", ["Stoltenberg"]),
        "scholz": ("Olaf Scholz", "PER", ["Scholz"]),
        "germany": ("Deutschland", "LOC", []),
        "sweden": ("Schweden", "LOC", []),
    }, [
        ("summit", "held_in", "washington", None, "Der NATO-Gipfel fand in Washington statt"),
        ("washington", "located_in", "usa", "capital", "Washington ist die Hauptstadt"),
        ("biden", "holds_office", "usa", "Präsident", "Gastgeber war US-Präsident Joe Biden"),
        ("biden", "participates_in", "summit", None, "Gastgeber war US-Präsident Joe Biden"),
        ("stoltenberg", "holds_office", "nato", "Generalsekretär", "NATO-Generalsekretär Jens Stoltenberg"),
        ("stoltenberg", "participates_in", "summit", None, "NATO-Generalsekretär Jens Stoltenberg"),
        ("scholz", "holds_office", "germany", "Bundeskanzler", "Bundeskanzler Olaf Scholz"),
        ("scholz", "meets_with", "biden", None, "Bundeskanzler Olaf Scholz"),
        ("sweden", "member_of", "nato", None, "Schweden nahm zum ersten Mal"),
        ("sweden", "participates_in", "summit", None, "Schweden nahm zum ersten Mal"),
        ("germany", "member_of", "nato", None, "Deutschland ist seit 1955"),
    ]),
    "new-delhi-g20-2023.de.txt": ("2023-09", {
        "modi": ("Narendra Modi", "PER", ["Modi"]),
        "india": ("Indien", "LOC", []),
        "g20": ("G20", "ORG", ["Gruppe der Zwanzig"]),
        "summit": ("G20-Gipfel", "EVENT", ["Gipfel"]),
        "delhi": ("Neu-Delhi", "LOC", []),
        "au": ("Afrikanische Union", "ORG", ["AU"]),
        "scholz": ("Olaf Scholz", "PER", ["Scholz"]),
        "lula": ("Luiz Inácio Lula da Silva", "PER", ["Lula"]),
        "brazil": ("Brasilien", "LOC", ["brasilianische"]),
        "germany": ("Deutschland", "LOC", []),
    }, [
        ("summit", "held_in", "delhi", None, "Der G20-Gipfel in Neu-Delhi"),
        ("delhi", "located_in", "india", "capital", "ist die indische Hauptstadt"),
        ("modi", "participates_in", "summit", None, "Premierminister Narendra Modi eröffnete"),
        ("au", "member_of", "g20", None, "Die Afrikanische Union ist"),
        ("india", "member_of", "g20", None, "Indien, Brasilien und Deutschland"),
        ("brazil", "member_of", "g20", None, "Indien, Brasilien und Deutschland"),
        ("germany", "member_of", "g20", None, "Indien, Brasilien und Deutschland"),
        ("scholz", "participates_in", "summit", None, "Scholz reiste zum Gipfel"),
        ("scholz", "meets_with", "modi", None, "traf sich dort mit Modi"),
        ("lula", "holds_office", "brazil", "Präsident", "Der brasilianische Präsident"),
        ("lula", "participates_in", "summit", None, "Der brasilianische Präsident"),
    ]),
}


def byte_span(text, fragment, start=0):
    i = text.find(fragment, start)
    if i < 0:
        sys.exit(f"fragment not found: {fragment!r}")
    return len(text[:i].encode()), len(text[:i + len(fragment)].encode()), i


def sentence_of(text, fragment):
    i = text.find(fragment)
    if i < 0:
        sys.exit(f"sentence fragment not found: {fragment!r}")
    start = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    if text.rfind(". ", 0, i) < 0 and text.rfind("\n", 0, i) < 0:
        start = 0
    m = re.compile(r"[.!?](?=\s|$)").search(text, i + len(fragment))
    end = m.end() if m else len(text)
    s = text[start:end]
    return len(text[:start].encode()), len(text[:end].encode()), s


def document(path, date, entities, relations):
    text = open(path, encoding="utf-8").read()
    doc = {"id": "sha256:" + hashlib.sha256(text.encode()).hexdigest(),
           "source": os.path.relpath(path, os.path.dirname(HERE)), "lang": "de", "date": date,
           "entities": [], "relations": []}
    for local, (name, typ, aliases) in entities.items():
        mentions = []
        for surface in [name] + aliases:
            for m in re.finditer(re.escape(surface), text):
                b0 = len(text[:m.start()].encode())
                mentions.append({"start": b0, "end": b0 + len(surface.encode()), "text": surface})
        mentions.sort(key=lambda m: m["start"])
        doc["entities"].append({"id": local, "name": name, "type": typ, "aliases": aliases, "mentions": mentions})
    for s, p, o, role, fragment in relations:
        b0, b1, sentence = sentence_of(text, fragment)
        rel = {"subject": s, "predicate": p, "object": o, "confidence": 1.0,
               "evidence": {"start": b0, "end": b1, "text": sentence}}
        if role:
            rel["attributes"] = {"role": role}
        doc["relations"].append(rel)
    return doc


def main():
    out = os.path.join(HERE, "facts.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for name, (date, entities, relations) in ARTICLES.items():
            doc = document(os.path.join(HERE, "articles", name), date, entities, relations)
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
