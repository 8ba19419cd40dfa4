"""Students' pseudonyms under an MoU: a keyed hash of the office's student id.

Each MoU has a 32-byte random secret (table ``mou_exchange_secret``), made the first time it
exports student results and never shown or exported. A student's pseudonym is the first 16 hex
digits of HMAC-SHA256(secret, student id), so it is the same in every package under the MoU (the
partner can link a student's baseline and endline) and unrelated between MoUs (two partners
cannot link their data). Without the secret, a pseudonym cannot be turned back into the id.

A renewed MoU uses the secret of the first MoU of its renewal chain: the partner working on with
the same schools keeps linking the same students across the renewal. An amendment is the same
MoU and so the same secret anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Iterable

from sqlalchemy.orm import Session

from db.models import Mou, MouExchangeSecret
from desktop.services.i18n import translate
from desktop.services.records import get_or_raise

SECRET_BYTES = 32
PREFIX = "S"
HEX_DIGITS = 16  # 64 bits: no two of a district's students share one in practice


def first_of_renewals(session: Session, mou_id: int) -> Mou:
    """The MoU that ``mou_id`` renews, and that one's, back to the first of the chain."""
    mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
    seen = {mou.id}
    while mou.renews_id is not None and mou.renews_id not in seen:
        earlier = session.get(Mou, mou.renews_id)
        if earlier is None:
            break
        seen.add(earlier.id)
        mou = earlier
    return mou


def mou_secret(session: Session, mou_id: int) -> bytes:
    """The pseudonym secret of MoU ``mou_id`` (that of the first MoU it renews, if it is a
    renewal); made and added to the caller's transaction the first time it is asked for."""
    owner = first_of_renewals(session, mou_id)
    row = session.get(MouExchangeSecret, owner.id)
    if row is None:
        row = MouExchangeSecret(mou_id=owner.id, secret=secrets.token_bytes(SECRET_BYTES))
        session.add(row)
        session.flush()
    return bytes(row.secret)


def _digest(keyed: hmac.HMAC, student_key: str) -> str:
    keyed.update(unicodedata.normalize("NFC", student_key).encode("utf-8"))
    return PREFIX + keyed.hexdigest()[:HEX_DIGITS].upper()


def pseudonym(secret: bytes, student_key: str) -> str:
    """ "S" and 16 hex digits: the student's pseudonym under the MoU whose secret this is."""
    return _digest(hmac.new(secret, digestmod=hashlib.sha256), student_key)


def pseudonym_map(secret: bytes, keys: Iterable[str]) -> dict[str, str]:
    """Each distinct student id -> its pseudonym (the keyed hash set up once, copied per id)."""
    keyed = hmac.new(secret, digestmod=hashlib.sha256)
    return {key: _digest(keyed.copy(), key) for key in set(keys)}


def reverse_map(secret: bytes, keys: Iterable[str]) -> dict[str, str]:
    """Pseudonym -> student id, for the office's ``keys``: reads back results a partner returns
    by pseudonym."""
    return {alias: key for key, alias in pseudonym_map(secret, keys).items()}
