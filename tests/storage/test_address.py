"""Server addresses: read as typed, printed back without a password, protected off this computer."""

from __future__ import annotations

import pytest

from infusion_desk.core.errors import (
    InvalidValueError,
    PasswordInAddressError,
    PlainConnectionRefusedError,
)
from infusion_desk.storage.address import (
    ServerAddress,
    looks_like_server_address,
    parse_server_address,
)


def test_a_full_address_is_read_with_its_parts() -> None:
    address = parse_server_address(
        "postgresql://maria@db.example.org:6543/infusion?folder=brennan&sslrootcert=/ca.pem")
    assert address == ServerAddress(user="maria", host="db.example.org", port=6543,
                                    database="infusion", folder="brennan",
                                    sslmode="verify-full", sslrootcert="/ca.pem")
    assert address.keyring_key() == "maria@db.example.org:6543/infusion"
    assert address.display() == "brennan — db.example.org"
    assert not address.is_local


def test_defaults_port_and_certificate_checking() -> None:
    remote = parse_server_address("postgres://maria@db.example.org/infusion?folder=brennan")
    assert (remote.port, remote.sslmode) == (5432, "verify-full")
    local = parse_server_address("postgresql://maria@localhost/infusion?folder=brennan")
    assert (local.port, local.sslmode, local.is_local) == (5432, "prefer", True)
    assert parse_server_address(
        "postgresql://maria@127.0.0.2/i?folder=b&sslmode=disable").sslmode == "disable"
    assert parse_server_address("postgresql://maria@[::1]:5433/i?folder=b").host == "::1"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_another_host_must_check_the_servers_certificate(mode: str) -> None:
    with pytest.raises(PlainConnectionRefusedError) as refused:
        parse_server_address(f"postgresql://maria@db.example.org/i?folder=b&sslmode={mode}")
    assert "db.example.org" in str(refused.value)
    assert ("certificate" in str(refused.value)) == (mode == "require")
    assert ("unprotected" in str(refused.value) or "would not be protected"
            in str(refused.value)) == (mode != "require")


def test_verify_ca_is_allowed_off_this_computer() -> None:
    address = parse_server_address("postgresql://m@10.0.0.5/i?folder=b&sslmode=verify-ca")
    assert address.sslmode == "verify-ca"


@pytest.mark.parametrize("text", [
    "postgresql://maria:hunter22@db.example.org/infusion?folder=brennan",
    "postgresql://maria@db.example.org/infusion?folder=brennan&password=hunter22",
])
def test_a_password_in_the_address_is_refused(text: str) -> None:
    with pytest.raises(PasswordInAddressError) as refused:
        parse_server_address(text)
    assert isinstance(refused.value, InvalidValueError)
    assert "hunter22" not in str(refused.value) + refused.value.detail


@pytest.mark.parametrize("text", [
    "postgresql://db.example.org/infusion?folder=brennan",  # no person
    "postgresql://maria@db.example.org/?folder=brennan",  # no database
    "postgresql://maria@db.example.org/infusion",  # no folder
    "postgresql://maria@db.example.org/infusion?folder=%20",
    "postgresql://maria@db.example.org:99999/infusion?folder=b",
    "postgresql://maria@db.example.org/infusion?folder=b&sslmode=sometimes",
    "postgresql://maria@db.example.org/infusion?folder=b&colour=blue",
    "/home/maria/Brennan.infusiondesk",
])
def test_what_is_missing_or_wrong_is_refused_plainly(text: str) -> None:
    with pytest.raises(InvalidValueError):
        parse_server_address(text)


def test_text_round_trips_and_never_holds_a_password() -> None:
    for text in ("postgresql://maria@db.example.org:5432/infusion?folder=brennan",
                 "postgresql://Mar%C3%ADa%20G@127.0.0.1:5433/my%20db?folder=The%20Browns"
                 "&sslmode=disable",
                 "postgresql://m@[::1]:5432/i?folder=b",
                 "postgresql://m@h.example:5432/i?folder=b&sslmode=verify-ca&sslrootcert=%2Fca.pem"):
        address = parse_server_address(text)
        assert parse_server_address(address.text()) == address
    spaced = parse_server_address(
        "postgresql://Mar%C3%ADa%20G@127.0.0.1:5433/my%20db?folder=The%20Browns")
    assert (spaced.user, spaced.database, spaced.folder) == ("María G", "my db", "The Browns")
    url = spaced.sqlalchemy_url("s3cret pw")
    assert url.password == "s3cret pw"
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "prefer"
    assert "s3cret" not in spaced.text()
    assert "s3cret" not in repr(spaced)


def test_server_addresses_are_told_from_paths() -> None:
    assert looks_like_server_address("postgresql://m@h/d?folder=f")
    assert looks_like_server_address("  POSTGRES://m@h/d?folder=f")
    assert not looks_like_server_address("/tmp/postgresql/Brennan.infusiondesk")
    assert not looks_like_server_address("C:\\Folders\\Brennan.infusiondesk")


def test_with_folder_keeps_the_rest() -> None:
    address = parse_server_address("postgresql://maria@db.example.org/infusion?folder=brennan")
    other = address.with_folder("lee")
    assert other.folder == "lee"
    assert other.keyring_key() == address.keyring_key()
