#!/usr/bin/python3
"""Prints the values of one GraphML attribute (by attr.name) as a JSON list, read with Python's
own XML parser, which keeps whitespace exactly (Boost's read_graphml condenses it).

usage: graphml_values.py FILE.graphml ATTRIBUTE
"""
import json
import sys
import xml.etree.ElementTree as ET

NS = '{http://graphml.graphdrawing.org/xmlns}'
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get('id') for k in root.iter(NS + 'key') if k.get('attr.name') == sys.argv[2]}
values = [d.text or '' for d in root.iter(NS + 'data') if d.get('key') in keys]
json.dump(values, sys.stdout, ensure_ascii=False)
