"""Server addresses: read as typed, printed back without a password, protected off this computer."""

from __future__ import annotations

from pathlib import Path

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
    assert ("certificate would not be checked" in str(refused.value)) == (mode == "require")
    assert "ask whoever looks after the server for its certificate" in str(refused.value)
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


def test_hostaddr_says_where_the_server_named_host_is() -> None:
    address = parse_server_address(
        "postgresql://maria@db.example.test:6543/i?folder=b&hostaddr=127.0.0.1&sslrootcert=/ca.pem")
    assert (address.host, address.hostaddr, address.sslmode) == (
        "db.example.test", "127.0.0.1", "verify-full")
    assert not address.is_local  # the certificate must name db.example.test
    assert parse_server_address(address.text()) == address
    assert "hostaddr=127.0.0.1" in address.text()
    url = address.sqlalchemy_url("pw")
    assert (url.host, url.query["hostaddr"], url.query["sslmode"]) == (
        "db.example.test", "127.0.0.1", "verify-full")
    assert address.keyring_key() == "maria@db.example.test:6543/i"
    assert address.display() == "b — db.example.test"
    assert address.with_folder("c").hostaddr == "127.0.0.1"
    assert "hostaddr" not in parse_server_address("postgresql://m@h.example/i?folder=b").text()


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require"])
def test_the_tls_rule_looks_at_the_name_and_at_the_address(mode: str) -> None:
    # another server's name, even if reached on this computer
    with pytest.raises(PlainConnectionRefusedError):
        parse_server_address(
            f"postgresql://m@db.example.test/i?folder=b&hostaddr=127.0.0.1&sslmode={mode}")
    # this computer's name, but another computer's address
    with pytest.raises(PlainConnectionRefusedError) as refused:
        parse_server_address(
            f"postgresql://m@localhost/i?folder=b&hostaddr=192.0.2.7&sslmode={mode}")
    assert "localhost" in str(refused.value)
    elsewhere = parse_server_address("postgresql://m@localhost/i?folder=b&hostaddr=192.0.2.7")
    assert (elsewhere.sslmode, elsewhere.is_local) == ("verify-full", False)
    here = parse_server_address("postgresql://m@localhost/i?folder=b&hostaddr=::1")
    assert (here.sslmode, here.is_local) == ("prefer", True)


@pytest.mark.parametrize("hostaddr", ["db.example.test", "127.0.0.300", "10.0.0.1,10.0.0.2"])
def test_hostaddr_must_be_an_ip_address(hostaddr: str) -> None:
    with pytest.raises(InvalidValueError) as refused:
        parse_server_address(f"postgresql://m@db.example.test/i?folder=b&hostaddr={hostaddr}")
    assert "IP address" in str(refused.value)


def test_the_authoritys_file_may_start_with_home_and_is_kept_as_typed(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    address = parse_server_address(
        "postgresql://m@db.example.test/i?folder=b&sslrootcert=~/certs/ca.pem")
    assert address.sslrootcert == "~/certs/ca.pem"
    assert "sslrootcert=~%2Fcerts%2Fca.pem" in address.text()
    assert address.sqlalchemy_url(None).query["sslrootcert"] == str(tmp_path / "certs/ca.pem")
    system = parse_server_address("postgresql://m@db.example.test/i?folder=b&sslrootcert=system")
    assert system.sqlalchemy_url(None).query["sslrootcert"] == "system"


def test_without_an_authoritys_file_the_systems_authorities_check_the_server(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """libpq's own default (~/.postgresql/root.crt) is used when it is there; else the
    authorities this computer trusts (without them libpq would refuse every server)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    full = parse_server_address("postgresql://m@db.example.org/i?folder=b")
    assert full.sqlalchemy_url(None).query["sslrootcert"] == "system"
    assert "sslrootcert" not in full.text()
    ca = parse_server_address("postgresql://m@db.example.org/i?folder=b&sslmode=verify-ca")
    assert "sslrootcert" not in ca.sqlalchemy_url(None).query  # (libpq refuses system there)
    local = parse_server_address("postgresql://m@localhost/i?folder=b")
    assert "sslrootcert" not in local.sqlalchemy_url(None).query
    (tmp_path / ".postgresql").mkdir()
    (tmp_path / ".postgresql" / "root.crt").write_text("(hers)")
    assert "sslrootcert" not in full.sqlalchemy_url(None).query
