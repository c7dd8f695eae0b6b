#!/usr/bin/python3
"""Derives a pack's list of given names from open first-name registers, without the words of its language.

usage: derive_given_names.py LANG DATA_DIR PACK_DIR > PACK_DIR/lexicons/given_names_derived.tsv

DATA_DIR is ../shared/data. The names are those of the Berlin register office's lists of first names
given to newborns 2012–2023 (gazetteers/first_names/de_berlin, CC BY 3.0 DE: "Berliner Landesamt für
Bürger- und Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG") given at least
ten times — a city's register holds the names of many languages — and Moby Word II's English first names
(gazetteers/first_names/en_stdlib_moby, public domain). A given name followed by a capitalised word starts
a person's name, so a name is left out when it is also a word of the language or a place:
- a word the language's corpora write in lower case ("Hope", "Summer": "hope", "summer"), or tag as
  something else than a person's name more often than as one ("Engel" is mostly a German noun);
- a name of the pack's lexicons (a city, a country, an organisation, an office, a noun of the pack)
  or of iso-codes' states and their subdivisions ("Georgia", "Virginia", "Victoria");
- a name the pack's own list (lexicons/given_names.tsv) has already; and names of fewer than three
  letters.
The corpora are, for German, UD German-GSD (ud/de_gsd), GermEval 2014 and the German legal NER corpus
(ner/de); for English, the UNER English-EWT, WNUT-17 and GUM corpora (ner/en). The output lists names only,
as one entry of kind=register: they start only names no other step takes (extract/lexicons/README.md).
"""
import collections
import csv
import glob
import gzip
import io
import json
import os
import re
import sys
import tarfile

HEADER = '''# Given names, derived by extract/lang/tools/derive_given_names.py from the Berlin register office's
# first names 2012-2023 (LABO / BerlinOnline Stadtportal GmbH & Co. KG, CC BY 3.0 DE,
# https://github.com/berlinonline/haeufige-vornamen-berlin) and Moby Word II's first names (Grady Ward,
# public domain), without the words and places of the pack's language. Do not edit: run the script again.'''

NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèêáàâíìóòôúùçñëïãõ]+(-[A-ZÄÖÜ][a-zäöüßéèêáàâíìóòôúùçñëïãõ]+)?")
MIN_BERLIN = 10  # births over the twelve years: rarer strings are often no names


def register_names(data):
    births = collections.Counter()
    tar = tarfile.open(os.path.join(data, 'gazetteers/first_names/de_berlin/berlin_vornamen_cleaned_2012-2023.tar.gz'))
    for member in tar.getmembers():
        if member.name.endswith('.csv'):
            for row in csv.DictReader(io.TextIOWrapper(tar.extractfile(member), encoding='utf-8')):
                births[row['vorname'].strip()] += int(row['anzahl'])
    names = {n for n, c in births.items() if c >= MIN_BERLIN}
    for f in ('female_first_names_en.txt', 'male_first_names_en.txt'):
        with open(os.path.join(data, 'gazetteers/first_names/en_stdlib_moby', f), encoding='utf-8') as lines:
            names |= {line.strip() for line in lines if line.strip()}
    return {n for n in names if NAME.fullmatch(n) and len(n) >= 3}


class Usage:
    """How a language's corpora use each word: in lower case, as a person's name, as anything else."""

    def __init__(self):
        self.lower, self.person, self.other = set(), collections.Counter(), collections.Counter()

    def add(self, form, is_person):
        if not form:
            return
        if form[0].islower():
            self.lower.add(form)
        (self.person if is_person else self.other)[form] += 1

    def conllu(self, lines):  # UPOS PROPN counts as a name
        for line in lines:
            cols = line.rstrip('\n').split('\t')
            if len(cols) == 10 and cols[0].isdigit():
                self.add(cols[1], cols[3] == 'PROPN')

    def columns(self, lines, form, tag, first_is_id=False):  # NER tags: B-PER, I-PER, B-person …
        for line in lines:
            cols = line.split('\t') if first_is_id else line.split()
            if len(cols) > tag and (not first_is_id or cols[0].isdigit()):
                t = cols[tag].strip()
                self.add(cols[form], 'PER' in t or 'person' in t)


def usage_of(lang, data):
    u = Usage()
    if lang == 'de':
        for f in sorted(glob.glob(os.path.join(data, 'ud/de_gsd/*.conllu'))):
            with open(f, encoding='utf-8') as lines:
                u.conllu(lines)
        for f in sorted(glob.glob(os.path.join(data, 'ner/de/germeval2014/*.tsv'))):
            with open(f, encoding='utf-8') as lines:
                u.columns(lines, 1, 2, first_is_id=True)
        for f in sorted(glob.glob(os.path.join(data, 'ner/de/legal_ner_ler/*.conll.gz'))):
            with gzip.open(f, 'rt', encoding='utf-8') as lines:
                # (its persons: PER, judges RR, lawyers AN)
                u.columns((l.replace('-RR', '-PER').replace('-AN', '-PER') for l in lines), 0, 1)
    else:
        with open(os.path.join(data, 'ner/en/uner_en_ewt/en_ewt-ud-dev.iob2'), encoding='utf-8') as lines:
            u.columns(lines, 1, 2, first_is_id=True)
        for f in ('wnut17train.conll', 'emerging.dev.conll', 'emerging.test.annotated'):
            with open(os.path.join(data, 'ner/en/wnut17', f), encoding='utf-8') as lines:
                u.columns(lines, 0, 1)
        for f in sorted(glob.glob(os.path.join(data, 'ner/en/gum_en_open_genres/*.tar.gz'))):
            tar = tarfile.open(f)
            for member in tar.getmembers():
                if member.name.endswith('.conllu'):
                    u.conllu(io.TextIOWrapper(tar.extractfile(member), encoding='utf-8'))
    return u


def lexicon_forms(path):
    """The canonical names and other forms of a lexicon file's entries."""
    with open(path, encoding='utf-8') as lines:
        for line in lines:
            cols = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(cols) >= 2:
                yield from [cols[1]] + (cols[2].split('|') if len(cols) > 2 else [])


def pack_words(pack):
    """Every word of the pack's lexicons but its given names (and of iso-codes' states), and the pack's own
    given names (lexicons/given_names.tsv) apart; this script's output is read by neither."""
    words, given = set(), set()
    for f in sorted(glob.glob(os.path.join(pack, 'lexicons/*.tsv'))):
        name = os.path.basename(f)
        if name == 'given_names.tsv':
            given.update(lexicon_forms(f))
        elif not name.startswith('given_names'):
            words.update(w for form in lexicon_forms(f) for w in form.split())
    for f in glob.glob('/usr/share/iso-codes/json/iso_3166-*.json'):
        with open(f, encoding='utf-8') as j:
            for entries in json.load(j).values():
                for e in entries:
                    for key in ('name', 'common_name', 'official_name'):
                        words.update(e.get(key, '').replace(',', ' ').split())
    return words, given


def main(lang, data, pack):
    names = register_names(data)
    usage = usage_of(lang, data)
    words, given = pack_words(pack)
    kept = sorted(n for n in names
                  if n not in given and n not in words and n.lower() not in usage.lower
                  and usage.other[n] <= usage.person[n])
    print(HEADER)
    print('given\t%s\t%s\tkind=register' % (kept[0], '|'.join(kept[1:])))


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('de', 'en'):
        sys.exit(__doc__.split('\n\n')[1])
    main(*sys.argv[1:])
