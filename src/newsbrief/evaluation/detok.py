"""Undo Penn Treebank tokenization (CNN/DM, Newsroom) before any NLP.

``-LRB-`` becomes ``(``, ```` `` ```` and ``''`` become ``"``, `` 's`` becomes
``'s``, `` ,`` becomes ``,``, `` n't`` becomes ``n't``, and so on.
"""

from __future__ import annotations

import re

_BRACKETS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}",
}
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(\d)\s+,\s*(\d{3})\b"), r"\1,\2"),
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r"\s+(n't|N'T)\b"), r"\1"),
    (re.compile(r"\s+('s|'S|'re|'RE|'ve|'VE|'ll|'LL|'d|'D|'m|'M)\b"), r"\1"),
    (re.compile(r"\s+([,.;:!?%])"), r"\1"),
    (re.compile(r"([(\[{$£€#])\s+"), r"\1"),
    (re.compile(r"\s+([)\]}])"), r"\1"),
    (re.compile(r"\s+-\s+"), " - "),
    (re.compile(r"\s{2,}"), " "),
]
_QUOTE_PAIR = re.compile(r'"\s*([^"]*?)\s*"')
_SINGLE_PAIR = re.compile(r"(^|\s)'\s+([^']*?)\s+'(?=\s|[,.;:!?]|$)")


def detokenize(text: str) -> str:
    """Turn PTB-tokenized text back into ordinary prose."""
    for token, char in _BRACKETS.items():
        text = text.replace(token, char)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    text = _QUOTE_PAIR.sub(lambda m: f'"{m.group(1)}"', text)
    text = _SINGLE_PAIR.sub(lambda m: f"{m.group(1)}'{m.group(2)}'", text)
    return text.strip()
