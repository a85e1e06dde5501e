"""Keep a password out of the free text a server or its driver writes, which may quote it.

Specs and URLs need none of this: `EngineSpec` and SQLAlchemy's `URL` never render the password. What the
user typed may be malformed in every way a URL can be (an unencoded `@`, `:` or `/` in the password), so
`password_of` trusts no URL parser: the password is everything between the first `:` of the part after
`://` and the last `@`, which takes too much rather than too little.
"""

from __future__ import annotations

from urllib.parse import quote, quote_plus, unquote, unquote_plus

MASK = "***"
MIN_SECRET = 4  # shorter passwords are never shown, but not hunted for in free text: too many false hits


def password_of(url: str) -> str | None:
    """The password as typed in `url` (everything between the user's `:` and the last `@`), or None."""
    if "://" not in url:
        return None
    rest = url.split("://", 1)[1]
    if "@" not in rest:
        return None
    userinfo = rest.rsplit("@", 1)[0]
    return userinfo.split(":", 1)[1] if ":" in userinfo else None


def scrub(text: str, password: str | None) -> str:
    """`text` with every spelling of `password` replaced by the mask, longest first (one may hold another)."""
    for spelling in sorted(_spellings(password or ""), key=len, reverse=True):
        text = text.replace(spelling, MASK)
    return text


def _spellings(password: str) -> set[str]:
    decoded = {password, unquote(password), unquote_plus(password)}
    forms = decoded | {encode(form) for form in decoded for encode in (quote, quote_plus)} | {repr(password)[1:-1]}
    return {form for form in forms if len(form) >= MIN_SECRET}
