"""Keep passwords out of everything zsgate prints about an engine.

An engine spec is what a user typed, and a `dsn:` URL in it may be malformed in every way a URL can be
(an unencoded `@`, `:` or `/` in the password), so nothing here trusts a URL parser: the password is
everything between the first `:` of the part after `://` and the last `@`, which masks too much rather
than too little.
"""

from __future__ import annotations

import re
from urllib.parse import quote, quote_plus, unquote, unquote_plus

MASK = "***"
MIN_SECRET = 4  # shorter passwords are masked where the spec is shown, but not hunted for in free text
_QUERY_SECRET = re.compile(r"(?i)([?&](?:password|passwd|pwd)=)([^&]*)")


def shown_spec(spec: str) -> str:
    """`spec` for people: a `dsn:` URL with its password and password query values masked."""
    if "://" not in spec:
        return spec
    scheme, rest = spec.split("://", 1)
    if "@" in rest:
        userinfo, host = rest.rsplit("@", 1)
        if ":" in userinfo:
            rest = f"{userinfo.split(':', 1)[0]}:{MASK}@{host}"
    return f"{scheme}://{_QUERY_SECRET.sub(_masked_value, rest)}"


def password_of(url: str) -> str | None:
    """The password as typed in `url` (everything between the user's `:` and the last `@`), or None."""
    if "://" not in url:
        return None
    rest = url.split("://", 1)[1]
    if "@" not in rest:
        return None
    userinfo = rest.rsplit("@", 1)[0]
    return userinfo.split(":", 1)[1] if ":" in userinfo else None


def secrets_of(spec: str) -> frozenset[str]:
    """Every spelling of the passwords in `spec` that must never reach the output."""
    if "://" not in spec:
        return frozenset()
    raw: list[str] = [value for _, value in _QUERY_SECRET.findall(spec.split("://", 1)[1])]
    if (password := password_of(spec)) is not None:
        raw.append(password)
    spellings = {form for value in raw for form in _spellings(value)}
    return frozenset(form for form in spellings if len(form) >= MIN_SECRET)


def scrub(text: str, secrets: frozenset[str]) -> str:
    """`text` with every secret replaced by the mask, longest first (one may contain another)."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def _masked_value(match: re.Match[str]) -> str:
    return match.group(1) + MASK


def _spellings(value: str) -> set[str]:
    decoded = {value, unquote(value), unquote_plus(value)}
    return decoded | {encode(form) for form in decoded for encode in (quote, quote_plus)} | {repr(value)[1:-1]}
