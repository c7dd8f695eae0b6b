#!/usr/bin/python3
"""Derives the German pack's lexicon of international organisations from SupraVerden.

usage: derive_intl_orgs.py INTL_ORGS_EN_DE.tsv ORGANISATIONS.tsv > lexicons/intl_orgs.tsv

INTL_ORGS_EN_DE.tsv is ../shared/data/gazetteers/intl_orgs/intl_orgs_en_de.derived.tsv (SupraVerden,
(c) Confirmordeny 2025-2026, https://github.com/confirmordeny/supraverden, CC BY-SA 4.0); the output
is a derivative and carries the same licence. Organisations our own organisations.tsv already has
(by any name or acronym) are left out. Each organisation with a German name is named by it; its
English names and acronyms of three characters or more are further forms; the German name's
adjectives also appear declined ("Europäische Zentralbank" -> "Europäischen Zentralbank").
"""
import csv
import re
import sys


def declined(name):
    """The German name with its attributive adjectives in the weak form (-e/-er/-es -> -en)."""
    words = name.split(' ')
    out = []
    for i, w in enumerate(words):
        last = i == len(words) - 1
        if not last and re.fullmatch(r'[A-ZÄÖÜ][a-zäöüß]+(e|er|es)', w) and words[i + 1][:1].isupper():
            w = re.sub(r'(e|er|es)$', 'en', w)
        out.append(w)
    variant = ' '.join(out)
    return [variant] if variant != name else []


def acronym(a):
    a = a.strip()
    return a if re.fullmatch(r'[A-Z][A-Z0-9]{2,7}', a) else ''


def main():
    source, ours = sys.argv[1], sys.argv[2]
    known = set()
    for line in open(ours, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        known.update(n.lower() for n in [f[1]] + (f[2].split('|') if len(f) > 2 else []) if n)
        if len(f) > 3:
            for kv in f[3].split(';'):
                if kv.startswith('acronym='):
                    known.update(a.lower() for a in kv[8:].split('|'))
    print('# International organisations, derived by extract/lang/de/tools/derive_intl_orgs.py from SupraVerden')
    print('# (c) Confirmordeny 2025-2026, https://github.com/confirmordeny/supraverden, CC BY-SA 4.0; this file')
    print('# is a derivative under the same licence. Do not edit: run the script again.')
    seen = set()
    for row in csv.DictReader(open(source, encoding='utf-8'), delimiter='\t'):
        german, english = row['Name_de'].strip(), row['Name_en'].strip()
        if not german:
            continue
        acronyms = [a for a in (acronym(row['Abbreviation_en']), acronym(row['Abbreviation_other_en'])) if a]
        names = [german] + declined(german) + [english, row['Name_other_en'].strip()]
        if any(n.lower() in known for n in names + acronyms if n) or german in seen:
            continue
        seen.add(german)
        forms = []
        for n in names[1:] + acronyms:
            if n and n != german and n not in forms and '\t' not in n and '|' not in n:
                forms.append(n)
        attrs = ''  # named by the German name: an English acronym would name its events ("ECB-Gipfel")
        print('org\t%s\t%s\t%s' % (german, '|'.join(forms), attrs))


if __name__ == '__main__':
    main()
