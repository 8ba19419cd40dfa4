"""The office's signing key (keyring or passphrase) and partners' registered public keys."""

from __future__ import annotations

import base64
import unicodedata
from datetime import UTC, datetime
from types import SimpleNamespace

import keyring
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import PasswordSetError
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from db.models import ExchangeKey
from desktop.services import organisations
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ReadOnlyError, ValidationError
from desktop.services.exchange import keys
from desktop.services.exchange.fingerprints import encode_public_key, fingerprint
from desktop.services.exchange.key_storage import (
    KEYRING_SERVICE,
    KeyUnavailableError,
    PassphraseNeededError,
    check_key_passphrase,
    keyring_usable,
)
from desktop.services.exchange.keys import (
    create_own_key,
    key_for_fingerprint,
    needs_passphrase,
    office_keys,
    own_key,
    own_public_key_text,
    retire_own_key,
    signing_key,
    trusted_public_keys,
)
from desktop.services.exchange.partner_keys import (
    partner_keys,
    preview_public_key,
    refuse_if_organisation_has_keys,
    register_partner_key,
    retire_partner_key,
)
from desktop.services.organisations import OrganisationInput
from tests.keyring_backends import MemoryKeyring

PASSPHRASE = "mango monsoon ledger 42"
MESSAGE = b"manifest.json bytes"


class RefusingKeyring(MemoryKeyring):
    """A keyring that looks usable but refuses to store anything (a locked or broken vault)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the credential vault is locked")


class ForgetfulKeyring(MemoryKeyring):
    """A keyring that accepts secrets without error and then cannot give them back."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


def key_rows(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ExchangeKey)) or 0)


def stored_row(db: Database, key_id: int) -> ExchangeKey:
    with db.reading() as session:
        row = session.get(ExchangeKey, key_id)
        assert row is not None
        return row


def verifies(public_key_text: str, private_key: Ed25519PrivateKey) -> bool:
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_text))
    try:
        public.verify(private_key.sign(MESSAGE), MESSAGE)
    except InvalidSignature:
        return False
    return True


def raw_private(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.private_bytes_raw()


def new_public_key() -> tuple[str, bytes]:
    raw = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    return encode_public_key(raw), raw


def organisation(db: Database, name: str = "Akshara Learning Trust") -> int:
    return organisations.create_organisation(db, OrganisationInput(name=name, kind="NGO")).id


def set_created_at(db: Database, key_id: int, moment: datetime) -> None:
    with db.transaction() as session:
        session.execute(update(ExchangeKey).where(ExchangeKey.id == key_id).values(created_at=moment))


# --- keyring detection ---------------------------------------------------------------------------


def test_keyring_usable_only_for_a_real_backend(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert keyring_usable()
    keyring.set_keyring(null.Keyring())
    assert not keyring_usable()

    def no_session() -> KeyringBackend:
        raise RuntimeError("no D-Bus session")  # as a backend's platform check may fail

    monkeypatch.setattr(keyring, "get_keyring", no_session)
    assert not keyring_usable()


def test_fail_backend_is_not_a_usable_keyring(no_keyring: None) -> None:
    assert not keyring_usable()


# --- the office's key in the keyring ---------------------------------------------------------------


def test_first_signing_creates_the_key_in_the_keyring(db: Database, memory_keyring: MemoryKeyring) -> None:
    assert own_key(db) is None and own_public_key_text(db) is None
    assert not needs_passphrase(db)

    private_key = signing_key(db)

    info = own_key(db)
    assert info is not None and info.active
    assert (info.owner, info.storage, info.created_by) == ("office", "keyring", "tester")
    assert info.organisation_id is None and info.organisation_name is None
    assert info.created_at.tzinfo is not None
    assert info.fingerprint == fingerprint(base64.b64decode(info.public_key))
    secret = memory_keyring.secrets[(KEYRING_SERVICE, info.fingerprint)]
    assert base64.b64decode(secret) == raw_private(private_key)
    assert verifies(info.public_key, private_key)
    assert stored_row(db, info.id).private_key_pem is None  # nothing secret in the database
    assert own_public_key_text(db) == (info.public_key, info.fingerprint)
    assert not needs_passphrase(db)


def test_signing_again_uses_the_same_key(db: Database, memory_keyring: MemoryKeyring) -> None:
    first = signing_key(db)
    second = signing_key(db)
    assert raw_private(first) == raw_private(second)
    assert len(office_keys(db)) == 1
    assert len(memory_keyring.secrets) == 1


def test_create_own_key_keeps_its_label_and_refuses_a_second_active_key(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    info = create_own_key(db, label="  DDPI office,   main PC ")
    assert info.label == "DDPI office, main PC"
    secrets_before = dict(memory_keyring.secrets)

    with pytest.raises(ConflictError, match=info.fingerprint):
        create_own_key(db)

    assert key_rows(db) == 1
    assert memory_keyring.secrets == secrets_before


def test_a_label_too_long_is_refused(db: Database, memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(ValidationError) as refused:
        create_own_key(db, label="x" * 201)
    assert "201 characters" in refused.value.field_errors["label"]
    assert key_rows(db) == 0 and memory_keyring.secrets == {}


def test_a_read_only_database_creates_no_key(db: Database, memory_keyring: MemoryKeyring) -> None:
    db.read_only = True
    with pytest.raises(ReadOnlyError):
        signing_key(db)
    assert memory_keyring.secrets == {}
    db.read_only = False
    assert key_rows(db) == 0


def test_keyring_entry_removed_when_the_database_refuses_the_key(
    db: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The new key's fingerprint is already registered as a partner's: the insert fails after the
    # keyring was written, and the keyring must not keep a key the database does not know.
    colliding = Ed25519PrivateKey.generate()
    register_partner_key(db, organisation(db), encode_public_key(colliding.public_key().public_bytes_raw()))
    monkeypatch.setattr(keys, "Ed25519PrivateKey", SimpleNamespace(generate=lambda: colliding))

    with pytest.raises(IntegrityError):
        create_own_key(db)

    assert memory_keyring.secrets == {}
    assert own_key(db) is None and key_rows(db) == 1


def test_keyring_that_lost_the_key_names_its_fingerprint(db: Database, memory_keyring: MemoryKeyring) -> None:
    signing_key(db)
    info = own_key(db)
    assert info is not None
    memory_keyring.secrets.clear()  # e.g. the database restored under another Windows user

    with pytest.raises(KeyUnavailableError) as refused:
        signing_key(db)

    message = refused.value.message
    assert refused.value.fingerprint == info.fingerprint
    assert info.fingerprint in message and "is not in this PC's keyring" in message
    assert "Retire that key" in message and "new hand-over receipt" in message
    assert office_keys(db) == [info]  # no second key made behind the office's back


def test_no_keyring_any_more_for_a_keyring_key(db: Database, memory_keyring: MemoryKeyring) -> None:
    signing_key(db)
    info = own_key(db)
    assert info is not None
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyUnavailableError, match="could not be read from this PC's keyring") as refused:
        signing_key(db, passphrase=PASSPHRASE)
    assert info.fingerprint in refused.value.message


def test_keyring_entry_of_another_key_is_refused(db: Database, memory_keyring: MemoryKeyring) -> None:
    signing_key(db)
    info = own_key(db)
    assert info is not None
    other = base64.b64encode(raw_private(Ed25519PrivateKey.generate())).decode()
    memory_keyring.secrets[(KEYRING_SERVICE, info.fingerprint)] = other
    with pytest.raises(KeyUnavailableError, match="belongs to a different key"):
        signing_key(db)

    memory_keyring.secrets[(KEYRING_SERVICE, info.fingerprint)] = "not base64 at all!"
    with pytest.raises(KeyUnavailableError, match="is damaged"):
        signing_key(db)


# --- the passphrase fallback -------------------------------------------------------------------------


def test_without_keyring_a_passphrase_is_needed(db: Database, no_keyring: None) -> None:
    assert needs_passphrase(db)
    for missing in (None, ""):
        with pytest.raises(PassphraseNeededError, match="no keyring") as refused:
            signing_key(db, passphrase=missing)
        assert "passphrase" in refused.value.message
    assert key_rows(db) == 0


def test_a_short_passphrase_is_refused(db: Database, no_keyring: None) -> None:
    with pytest.raises(ValidationError) as refused:
        signing_key(db, passphrase="eleven char")
    assert "at least 12 characters" in refused.value.field_errors["passphrase"]
    assert "has 11" in refused.value.field_errors["passphrase"]
    assert key_rows(db) == 0


def test_the_key_passphrase_check_is_the_one_creation_applies() -> None:
    check_key_passphrase("twelve chars")  # exactly the minimum
    with pytest.raises(ValidationError) as refused:
        check_key_passphrase("eleven char")
    assert refused.value.field_errors == {
        "passphrase": (
            "The key passphrase must be at least 12 characters long; this one has 11. A few "
            "unrelated words make a passphrase that is long and easy to remember."
        )
    }


def test_passphrase_key_is_stored_encrypted_and_signs_with_the_right_passphrase(
    db: Database, no_keyring: None, memory_keyring: MemoryKeyring
) -> None:
    created = signing_key(db, passphrase=PASSPHRASE)
    info = own_key(db)
    assert info is not None and info.storage == "passphrase"
    assert memory_keyring.secrets == {}

    pem = stored_row(db, info.id).private_key_pem
    assert pem is not None and pem.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises(TypeError):
        load_pem_private_key(pem.encode(), password=None)
    loaded = load_pem_private_key(pem.encode(), password=PASSPHRASE.encode())
    assert isinstance(loaded, Ed25519PrivateKey) and raw_private(loaded) == raw_private(created)

    assert needs_passphrase(db)
    with pytest.raises(PassphraseNeededError, match=info.fingerprint):
        signing_key(db)
    with pytest.raises(ValidationError) as refused:
        signing_key(db, passphrase="mango monsoon ledger 43")
    assert refused.value.field_errors["passphrase"].startswith(
        f"That is not the passphrase of this office's signing key (fingerprint {info.fingerprint})."
    )

    again = signing_key(db, passphrase=PASSPHRASE)
    assert raw_private(again) == raw_private(created)
    assert verifies(info.public_key, again)
    assert key_rows(db) == 1


def test_passphrase_key_keeps_asking_once_a_keyring_appears(
    db: Database, no_keyring: None, memory_keyring: MemoryKeyring
) -> None:
    signing_key(db, passphrase=PASSPHRASE)
    keyring.set_keyring(memory_keyring)
    assert needs_passphrase(db)
    with pytest.raises(PassphraseNeededError):
        signing_key(db)


def test_passphrase_typed_in_another_unicode_form_still_opens_the_key(db: Database, no_keyring: None) -> None:
    composed = "ಕೀಲಿ ಮಾವಿನ ಮರ 2026"  # ೀ as one character
    decomposed = unicodedata.normalize("NFD", composed)  # ೀ as ಿ + ೕ, as some keyboards type it
    assert decomposed != composed
    created = signing_key(db, passphrase=composed)
    assert raw_private(signing_key(db, passphrase=decomposed)) == raw_private(created)


def test_refusing_keyring_falls_back_only_with_a_passphrase(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    refusing = RefusingKeyring()
    keyring.set_keyring(refusing)
    assert keyring_usable() and not needs_passphrase(db)

    with pytest.raises(PassphraseNeededError, match="the credential vault is locked"):
        signing_key(db)
    assert key_rows(db) == 0

    private_key = signing_key(db, passphrase=PASSPHRASE)
    info = own_key(db)
    assert info is not None and info.storage == "passphrase"
    assert refusing.secrets == {}
    assert verifies(info.public_key, private_key)
    assert needs_passphrase(db)


def test_keyring_that_cannot_give_the_key_back_counts_as_refusing(db: Database) -> None:
    forgetful = ForgetfulKeyring()
    keyring.set_keyring(forgetful)
    with pytest.raises(PassphraseNeededError, match="read back"):
        create_own_key(db)
    assert key_rows(db) == 0 and forgetful.secrets == {}  # the unreadable entry was removed

    info = create_own_key(db, passphrase=PASSPHRASE)
    assert info.storage == "passphrase"


# --- retiring the office's key ---------------------------------------------------------------------


def test_retiring_needs_a_reason_and_the_next_signing_makes_a_new_key(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    old_private = signing_key(db)
    old = own_key(db)
    assert old is not None

    with pytest.raises(ValidationError) as refused:
        retire_own_key(db, "  \n ")
    assert "reason" in refused.value.field_errors["reason"]
    assert own_key(db) == old

    retire_own_key(db, "The office PC was replaced.")
    assert own_key(db) is None and own_public_key_text(db) is None
    # Left in the keyring: see retire_own_key.
    assert (KEYRING_SERVICE, old.fingerprint) in memory_keyring.secrets

    new_private = signing_key(db)
    new = own_key(db)
    assert new is not None and new.fingerprint != old.fingerprint
    assert raw_private(new_private) != raw_private(old_private)

    listed = office_keys(db)
    assert [k.fingerprint for k in listed] == [new.fingerprint, old.fingerprint]
    assert not listed[1].active and listed[1].retired_reason == "The office PC was replaced."
    assert listed[1].retired_at is not None and listed[1].retired_at.tzinfo is not None

    with db.reading() as session:
        trusted = trusted_public_keys(session)
        signer = key_for_fingerprint(session, old.fingerprint)
    assert set(trusted) == {old.fingerprint, new.fingerprint}  # what the old key signed was ours
    assert trusted[old.fingerprint] == base64.b64decode(old.public_key)
    assert signer is not None and signer.owner == "office" and not signer.active


def test_retiring_without_an_active_key_is_refused(db: Database) -> None:
    with pytest.raises(ConflictError, match="no active signing key"):
        retire_own_key(db, "Moving to a new PC")
    assert key_rows(db) == 0


# --- partners' keys ----------------------------------------------------------------------------------


def test_preview_shows_the_fingerprint_of_a_pasted_key() -> None:
    text, raw = new_public_key()
    pasted = f"  {text[:20]}\n{text[20:]} "
    assert preview_public_key(pasted) == fingerprint(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "Type or paste"),
        ("not*base64*at*all", "characters a key cannot have"),
        (base64.b64encode(b"\x01" * 31).decode(), "this one is 31 bytes"),
    ],
)
def test_malformed_keys_are_refused(db: Database, text: str, expected: str) -> None:
    with pytest.raises(ValidationError) as previewed:
        preview_public_key(text)
    assert expected in previewed.value.field_errors["public_key"]

    organisation_id = organisation(db)
    with pytest.raises(ValidationError) as refused:
        register_partner_key(db, organisation_id, text)
    assert expected in refused.value.field_errors["public_key"]
    assert key_rows(db) == 0


def test_registering_a_partner_key(db: Database) -> None:
    organisation_id = organisation(db)
    text, raw = new_public_key()

    info = register_partner_key(db, organisation_id, text, label="  From the MoU signing ")

    assert (info.owner, info.organisation_id, info.organisation_name) == (
        "partner",
        organisation_id,
        "Akshara Learning Trust",
    )
    assert (info.label, info.public_key, info.fingerprint) == ("From the MoU signing", text, fingerprint(raw))
    assert info.storage is None and info.created_by == "tester" and info.active
    assert partner_keys(db) == [info]
    with db.reading() as session:
        assert trusted_public_keys(session) == {info.fingerprint: raw}
        assert key_for_fingerprint(session, info.fingerprint) == info
        assert key_for_fingerprint(session, fingerprint(b"\x00" * 32)) is None


def test_a_key_already_registered_is_refused_naming_its_holder(db: Database) -> None:
    first = organisation(db)
    second = organisation(db, "Pratham Karnataka")
    text, _raw = new_public_key()
    info = register_partner_key(db, first, text)
    set_created_at(db, info.id, datetime(2026, 3, 14, 10, 0, tzinfo=UTC))

    for organisation_id in (first, second):
        with pytest.raises(ConflictError) as refused:
            register_partner_key(db, organisation_id, text)
        assert refused.value.message == (
            f"This key (fingerprint {info.fingerprint}) is already registered for Akshara Learning "
            "Trust since 14/03/2026."
        )
    assert key_rows(db) == 1

    retire_partner_key(db, info.id, "Partner lost the laptop")
    with pytest.raises(ConflictError, match="retired key cannot be registered again"):
        register_partner_key(db, second, text)
    assert key_rows(db) == 1


def test_the_office_own_key_cannot_be_registered_as_a_partner_key(db: Database) -> None:
    signing_key(db)
    own = own_key(db)
    assert own is not None
    set_created_at(db, own.id, datetime(2026, 1, 5, 9, 30, tzinfo=UTC))

    with pytest.raises(ConflictError) as refused:
        register_partner_key(db, organisation(db), own.public_key)

    assert "this office's own signing key" in refused.value.message
    assert "since 05/01/2026" in refused.value.message
    assert key_rows(db) == 1


def test_a_key_for_an_unknown_organisation_is_refused(db: Database) -> None:
    text, _raw = new_public_key()
    with pytest.raises(NotFoundError, match="Organisation #999"):
        register_partner_key(db, 999, text)
    assert key_rows(db) == 0


def test_partner_keys_are_listed_by_organisation(db: Database) -> None:
    pratham = organisation(db, "Pratham Karnataka")
    akshara = organisation(db, "Akshara Learning Trust")
    first = register_partner_key(db, pratham, new_public_key()[0])
    second = register_partner_key(db, akshara, new_public_key()[0])
    third = register_partner_key(db, pratham, new_public_key()[0])
    set_created_at(db, third.id, datetime(2026, 12, 1, tzinfo=UTC))

    assert [k.id for k in partner_keys(db)] == [second.id, third.id, first.id]
    assert [k.id for k in partner_keys(db, organisation_id=pratham)] == [third.id, first.id]
    assert office_keys(db) == []


def test_a_retired_partner_key_is_no_longer_trusted(db: Database) -> None:
    organisation_id = organisation(db)
    kept = register_partner_key(db, organisation_id, new_public_key()[0])
    retired = register_partner_key(db, organisation_id, new_public_key()[0])

    with pytest.raises(ValidationError) as refused:
        retire_partner_key(db, retired.id, "")
    assert "reason" in refused.value.field_errors
    assert partner_keys(db, organisation_id=organisation_id)[0].active

    after = retire_partner_key(db, retired.id, "Replaced by the key on the 2027 receipt")
    assert not after.active and after.retired_reason == "Replaced by the key on the 2027 receipt"
    assert [k.id for k in partner_keys(db)] == [kept.id]
    assert {k.id for k in partner_keys(db, include_retired=True)} == {kept.id, retired.id}
    with db.reading() as session:
        assert set(trusted_public_keys(session)) == {kept.fingerprint}
        signer = key_for_fingerprint(session, retired.fingerprint)
    assert signer is not None and not signer.active  # still says whose it was

    with pytest.raises(ConflictError, match="already retired on") as again:
        retire_partner_key(db, retired.id, "Twice")
    assert "Akshara Learning Trust" in again.value.message
    assert stored_row(db, retired.id).retired_reason == after.retired_reason  # unchanged by the refusal


def test_retire_partner_key_refuses_the_office_key_and_unknown_ids(db: Database) -> None:
    signing_key(db)
    own = own_key(db)
    assert own is not None
    with pytest.raises(ConflictError, match="this office's own signing key"):
        retire_partner_key(db, own.id, "Wrong list")
    assert own_key(db) == own
    with pytest.raises(NotFoundError, match="Key #999"):
        retire_partner_key(db, 999, "Gone")


def test_an_organisation_with_registered_keys_is_kept(db: Database) -> None:
    organisation_id = organisation(db)
    with db.reading() as session:
        refuse_if_organisation_has_keys(session, "Akshara Learning Trust", organisation_id)
    key = register_partner_key(db, organisation_id, new_public_key()[0])
    retire_partner_key(db, key.id, "Replaced")
    with db.reading() as session, pytest.raises(ConflictError, match="1 exchange key"):
        refuse_if_organisation_has_keys(session, "Akshara Learning Trust", organisation_id)
