#!/usr/bin/python3
"""Checks kg's JSON-LD export with a real JSON-LD processor (python3-pyld).

usage: jsonld_equals_nquads.py GRAPH.jsonld GRAPH.nq

pyld expands the JSON-LD and converts it to RDF; the quads it finds must be exactly the quads of
kg's own N-Quads export of the same graph (compared as sets of parsed quads, so two spellings of
one literal count as one). Exits 0 when they are equal, 1 with the differences otherwise.
"""
import json
import re
import sys

from pyld import jsonld

TERM = re.compile(r'\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?)')
ECHAR = {'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', "'": "'", '\\': '\\'}


def unescape(body):
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != '\\':
            out.append(c)
            i += 1
        elif body[i + 1] in ECHAR:
            out.append(ECHAR[body[i + 1]])
            i += 2
        elif body[i + 1] == 'u':
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        else:  # 'U'
            out.append(chr(int(body[i + 2:i + 10], 16)))
            i += 10
    return ''.join(out)


def normal(term):
    if term.startswith('"'):
        end = term.rindex('"')
        suffix = term[end + 1:]
        if suffix == '^^<http://www.w3.org/2001/XMLSchema#string>':
            suffix = ''
        return ('literal', unescape(term[1:end]), suffix)
    return ('node', term)


def parse(text):
    quads = set()
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        terms, pos = [], 0
        while True:
            m = TERM.match(line, pos)
            if not m:
                break
            terms.append(m.group(1))
            pos = m.end()
        if line[pos:].strip() != '.' or len(terms) not in (3, 4):
            raise SystemExit(f'line {number} is not a quad: {line}')
        graph = terms[3] if len(terms) == 4 else ''
        quads.add((normal(terms[0]), normal(terms[1]), normal(terms[2]), graph))
    return quads


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        document = json.load(f)
    expected = jsonld.to_rdf(document, {'format': 'application/n-quads'})
    with open(sys.argv[2], encoding='utf-8') as f:
        ours = f.read()
    a, b = parse(expected), parse(ours)
    if a == b:
        print(f'{len(a)} quads agree')
        return 0
    for q in sorted(a - b)[:10]:
        print('only from the JSON-LD:', q)
    for q in sorted(b - a)[:10]:
        print('only in the N-Quads:', q)
    print(f'{len(a - b)} quads only from the JSON-LD, {len(b - a)} only in the N-Quads')
    return 1


if __name__ == '__main__':
    sys.exit(main())
