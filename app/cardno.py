"""Card numbers: short, no ambiguous characters, with a check character.

Seven characters from a 32-letter alphabet without 0/O and 1/I (six random
plus one Luhn mod-32 check character). The check catches every single
mistyped character and every swap of two neighbours except the pair "2Z"/"Z2"
(Luhn mod N's one blind spot), so a mistyped number is refused instead of
opening the wrong member.
"""
from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
BODY_LEN = 6
N = len(ALPHABET)


def check_char(body: str) -> str:
    """Luhn mod N check character for ``body`` (characters from ALPHABET)."""
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * _INDEX[ch]
        factor = 1 if factor == 2 else 2
        total += addend // N + addend % N
    return ALPHABET[(N - total % N) % N]


def is_valid(code: str) -> bool:
    """True if ``code`` is in our format and its check character matches."""
    return looks_like_ours(code) and check_char(code[:-1]) == code[-1]


def looks_like_ours(code: str) -> bool:
    return len(code) == BODY_LEN + 1 and all(c in _INDEX for c in code)


def normalize(text: str) -> str:
    """Upper-case and drop spaces and dashes (as printed ``ABC-DEFG``)."""
    import unicodedata

    return "".join(unicodedata.normalize("NFKC", text).split()).replace("-", "").upper()


def generate(rng: secrets.SystemRandom | None = None) -> str:
    choice = (rng or secrets.SystemRandom()).choice
    body = "".join(choice(ALPHABET) for _ in range(BODY_LEN))
    return body + check_char(body)
