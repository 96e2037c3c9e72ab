"""Hostile inputs for the CLI (issue 16), written by code so no large file lives in the repository.

Each :class:`Case` names a file to write, the exit code ``newsbrief brief`` must give, and a piece of
the one-line message. ``tests/hostile/test_cli_cases.py`` runs them under hard limits and
``benchmarks/hostile_cases.py`` times them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

MONTHS = ("January February March April May June July August September October November December").split()
SENTENCES = (
    "The harbour board met on Tuesday to discuss the plan for a new sea wall.",
    "Officials said the cost had risen because steel prices were higher than expected.",
    "Residents who spoke at the meeting asked why the work could not start this year.",
    "The council leader said she would publish the full budget before the next vote.",
    "Engineers warned that the old wall would not survive another winter of storms.",
)


def prose(words: int, per_paragraph: int = 120) -> str:
    """English news prose of about ``words`` words in paragraphs of about ``per_paragraph`` words."""
    paragraphs, paragraph, count, n = [], [], 0, 0
    while count < words:
        sentence = SENTENCES[n % len(SENTENCES)].replace("Tuesday", f"day {n}")
        paragraph.append(sentence)
        count += len(sentence.split())
        n += 1
        if sum(len(s.split()) for s in paragraph) >= per_paragraph:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    paragraphs.append(" ".join(paragraph))
    return "Harbour board weighs sea wall\n\n" + "\n\n".join(p for p in paragraphs if p)


def one_paragraph(chars: int) -> str:
    """A headline and one paragraph of about ``chars`` characters of English sentences."""
    body = " ".join(SENTENCES[n % len(SENTENCES)] for n in range(chars // 70 + 1))
    return "Harbour board weighs sea wall\n\n" + body[:chars]


def dates(count: int) -> str:
    """An article of ``count`` sentences that each carry a date."""
    sentences = [f"On {1 + i % 28} {MONTHS[i % 12]} {1990 + i % 30} the board met again." for i in range(count)]
    return "Board dates\n\n" + "\n\n".join(" ".join(sentences[i:i + 10]) for i in range(0, count, 10))


def many_paragraphs_html(count: int) -> str:
    """A page of ``count`` short <p> elements."""
    body = "".join(f"<p>Item {i} of the list was read.</p>" for i in range(count))
    return f"<html><head><title>Many paragraphs</title></head><body><article>{body}</article></body></html>"


ARABIC = ("مجلس الميناء يناقش خطة بناء جدار بحري جديد لحماية المدينة من العواصف. "
          "وقال المسؤولون إن التكلفة ارتفعت بسبب أسعار الصلب. ") * 20
DIALOGUE = (
    "Dockers vow to stay\n\n"
    "'I'd stay,' Tom said. 'It's ours.' 'We'll fight,' Ann said. 'They'll lose.' 'I'm certain.' "
    "'It's clear.' 'We're right,' Ann said. 'Tom's family's farm isn't theirs.' 'I'll stay.' "
    "'He's here.' 'She's here.' 'We've time.' 'You'll see,' Tom said. 'It's the dockers' yard.' "
    "'They've lied.' 'I'd know.' 'We'd won.'"
)
ENGLISH = prose(400)


@dataclass(frozen=True)
class Case:
    """One hostile (or ordinary) input and what ``newsbrief brief`` must do with it."""

    name: str
    filename: str
    make: Callable[[], bytes]
    exit_code: int
    message: str  # part of the one-line error (empty: success)
    slow: bool = False  # it briefs a whole article (spaCy loads): seconds


CASES = (
    Case("paragraph of 1,000,000 characters", "para1m.txt",
         lambda: ("Headline\n\n" + "x" * 1_000_000).encode(), 2, "1,000,000 characters, more than the 50,000"),
    Case("paragraph of 1,000,001 characters of prose", "para1m-prose.txt",
         lambda: one_paragraph(1_000_001).encode(), 2, "setting max_words"),
    Case("paragraph of 999,000 characters of prose", "para999k.txt",
         lambda: one_paragraph(999_000).encode(), 2, "setting max_words"),
    Case("paragraph of 52,000 characters of prose", "para52k.txt",
         lambda: one_paragraph(52_000).encode(), 2, "characters, more than the 50,000 allowed in one paragraph"),
    Case("400 KB of prose", "400kb.txt", lambda: prose(70_000).encode()[:400_000], 2, "setting max_words"),
    Case("2 MB of prose", "2mb.txt", lambda: prose(350_000).encode(), 2, "setting max_words"),
    Case("9.5 MB of prose", "9mb.txt", lambda: prose(1_650_000).encode(), 2, "setting max_words"),
    Case("10,000 dates", "dates.txt", lambda: dates(10_000).encode(), 2, "setting max_words"),
    Case("page of 50,000 <p>", "many.html", lambda: many_paragraphs_html(50_000).encode(), 2,
         "setting max_html_elements"),
    Case("Arabic article", "arabic.txt", lambda: ("عنوان\n\n" + ARABIC).encode(), 2,
         "only English is supported for now (this looks like Arabic)"),
    Case("UTF-16 with a BOM", "utf16.txt", lambda: ENGLISH.encode("utf-16"), 0, "", slow=True),
    Case("UTF-32 with a BOM", "utf32.txt", lambda: ENGLISH.encode("utf-32"), 0, "", slow=True),
    Case("UTF-16 without a BOM", "utf16le.txt", lambda: ENGLISH.encode("utf-16-le"), 0, "", slow=True),
    Case("quotes and apostrophes inside words", "dialogue.txt", lambda: DIALOGUE.encode(), 0, "", slow=True),
)
