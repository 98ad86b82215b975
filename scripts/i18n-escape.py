#!/usr/bin/env python3
"""Writes src/main/resources/i18n/*.properties from the UTF-8 sources in src/main/i18n-src.

Jira reads plugin i18n files as ISO-8859-1, so every character outside ASCII is written as a
\\uXXXX escape. A test checks that the shipped files match their sources.
"""
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
src = root / "src/main/i18n-src"
out = root / "src/main/resources/i18n"
out.mkdir(parents=True, exist_ok=True)
for f in sorted(src.glob("*.properties")):
    text = f.read_text(encoding="utf-8")
    escaped = "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)
    (out / f.name).write_text(escaped, encoding="ascii")
    print("wrote", (out / f.name).relative_to(root))
