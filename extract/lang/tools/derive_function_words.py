#!/usr/bin/python3
"""Derives the German pack's function words from UD German-GSD: words never part of a name.

usage: derive_function_words.py de_gsd-ud-dev.conllu de_gsd-ud-test.conllu > lang/de/lexicons/function_words.tsv

The CoNLL-U files are ../shared/data/ud/de_gsd (UD German-GSD, CC BY-SA 4.0); the output is a
derivative and carries the same licence. German capitalises every sentence's first word, so
"Beim", "Danach" or "Zudem" there look like the start of a name. A word is listed (class `noun`:
never part of a name) when the treebank uses it at least twice and mostly as a closed-class word
(adposition, determiner, pronoun, conjunction, particle, auxiliary, or a contraction of them such
as "beim"), or as an adverb of six letters or more (shorter ones, "Lange", "Bald", are also surnames).
"""
import collections
import sys

HEADER = '''# Function words, derived by extract/lang/tools/derive_function_words.py from UD German-GSD
# (Universal Dependencies, CC BY-SA 4.0); this file is a derivative under the same licence.
# Do not edit: run the script again.'''

CLOSED = {'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'AUX'}
# Closed-class words that are also given names.
GIVEN = {'Per'}


def capitalised(form):
    return form[:1].upper() + form[1:].lower()


def main(paths):
    function, other = collections.Counter(), collections.Counter()

    def count(form, uposes):
        word = capitalised(form)
        closed = all(u in CLOSED for u in uposes) or (uposes == ['ADV'] and len(word) >= 6)
        (function if closed else other)[word] += 1

    for path in paths:
        contraction = None  # (form, last id, its words' POS)
        with open(path, encoding='utf-8') as f:
            for line in f:
                if not line.strip() or line.startswith('#'):
                    continue
                cols = line.rstrip('\n').split('\t')
                if '.' in cols[0]:
                    continue
                if '-' in cols[0]:
                    contraction = (cols[1], cols[0].split('-')[1], [])
                    continue
                if contraction:
                    contraction[2].append(cols[3])
                    if cols[0] == contraction[1]:
                        count(contraction[0], contraction[2])
                        contraction = None
                    continue
                count(cols[1], [cols[3]])
    print(HEADER)
    for word in sorted(function):
        if function[word] >= 2 and other[word] * 4 < function[word] and word.isalpha() and len(word) > 2 \
                and word not in GIVEN:
            print(f'noun\t{word}\t\t')


if __name__ == '__main__':
    main(sys.argv[1:])
