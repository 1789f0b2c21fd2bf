"""A throwaway PostgreSQL server that speaks only TLS, with certificates of a throwaway authority
(tests/storage/test_shared_tls.py): the shared folder's "another host" reached on loopback.

Certificates (made with ``cryptography``): an authority ("Infusion Desk Test CA"), the server's
certificate for ``db.example.test`` signed by it, one for ``wrong.example.test`` signed by it too
(a server presenting another server's certificate), and a second authority that signed nothing
the server shows (a root certificate that does not fit). Keys stay in the data folder, 0600,
owned by the server's user.

The server: the distribution's binaries (``pg_server.find_pg_bin``), a data folder in a temp
folder owned by ``postgres`` (as root), 127.0.0.1 only, no unix socket, ``ssl = on``, and one
line in pg_hba.conf: ``hostssl all all 127.0.0.1/32 scram-sha-256`` (no plain ``host`` line: a
connection without TLS is refused by the server too). Every connection is logged
(``log_connections``), so that a test can prove that none was attempted.

A client reaches it as ``db.example.test`` with libpq's ``hostaddr=127.0.0.1``: the connection
goes to loopback while the certificate is checked against the name.
"""

from __future__ import annotations

import datetime
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pg_server import find_pg_bin

NAME = "db.example.test"  # the server's name, as its certificate says it
WRONG_NAME = "wrong.example.test"  # another server's name
START_SECONDS = 60


@dataclass(frozen=True)
class Certificates:
    """The files a test hands to the app (authorities) or to the server (certificates, keys)."""

    authority: Path  # signed the server's certificates (the right sslrootcert)
    other_authority: Path  # signed nothing the server shows (a wrong sslrootcert)
    server: tuple[Path, Path]  # certificate and key for NAME
    wrong: tuple[Path, Path]  # certificate and key for WRONG_NAME


def _authority(common_name: str) -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, key_cert_sign=True, crl_sign=True,
                content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return cert, key


def _server_certificate(host: str, authority: tuple[Any, Any]) -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    ca_cert, ca_key = authority
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return cert, key


def _write_certificate(cert: Any, path: Path) -> Path:
    from cryptography.hazmat.primitives import serialization

    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def _write_key(key: Any, path: Path) -> Path:
    from cryptography.hazmat.primitives import serialization

    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    os.chmod(path, 0o600)
    return path


def make_certificates(public: Path, private: Path) -> Certificates:
    """The authorities in ``public`` (anyone may read them), the server's files in ``private``
    (the server's data folder)."""
    authority = _authority("Infusion Desk Test CA")
    other, _ = _authority("Someone Else's CA")
    pairs = {}
    for label, host in (("server", NAME), ("wrong", WRONG_NAME)):
        cert, key = _server_certificate(host, authority)
        pairs[label] = (_write_certificate(cert, private / f"{label}.crt"),
                        _write_key(key, private / f"{label}.key"))
    return Certificates(authority=_write_certificate(authority[0], public / "authority.crt"),
                        other_authority=_write_certificate(other, public / "other.crt"),
                        server=pairs["server"], wrong=pairs["wrong"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(*args: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else list(args)


class TlsServer:
    """A running TLS-only server: its superuser's URL (over TLS, on loopback), its certificates,
    and the count of connections it was asked for."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.port = _free_port()
        self.place = Path(tempfile.mkdtemp(prefix="infusion-desk-tls-pg-"))
        self.data = self.place / "data"
        self.log = self.place / "server.log"
        public = self.place / "public"
        public.mkdir()
        password = secrets.token_hex(16)
        pwfile = self.place / "pw"
        pwfile.write_text(password)
        if os.geteuid() == 0:
            shutil.chown(self.place, "postgres")
            shutil.chown(pwfile, "postgres")
        os.chmod(self.place, 0o755)  # (the authorities are read by the tests' process too)
        subprocess.run(_as_postgres(
            str(bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "-A",
            "scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8",
            "--no-sync"), check=True, capture_output=True, text=True)
        pwfile.unlink()
        self.certificates = make_certificates(public, self.data)
        if os.geteuid() == 0:
            for path in (*self.certificates.server, *self.certificates.wrong):
                shutil.chown(path, "postgres", "postgres")
        (self.data / "pg_hba.conf").write_text(
            "# TLS only, password checked: no plain 'host' line\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n")
        with (self.data / "postgresql.conf").open("a") as conf:
            # (here, not on the command line: ALTER SYSTEM may then change the certificate)
            conf.write("\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
                       "log_connections = on\n")
        self.admin_url = (f"postgresql://postgres:{password}@127.0.0.1:{self.port}/postgres"
                          "?sslmode=require")
        self._start()

    def _start(self) -> None:
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   "-c unix_socket_directories='' -c fsync=off -c synchronous_commit=off")
        done = subprocess.run(_as_postgres(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options,
            "-w", "-t", str(START_SECONDS), "start"), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            text = self.log.read_text(errors="replace") if self.log.exists() else done.stderr
            self.remove()
            raise RuntimeError(f"the TLS PostgreSQL server did not start:\n{text[-2000:]}")

    def url_of(self, database: str) -> str:
        base, _, rest = self.admin_url.rpartition("/")
        return f"{base}/{database}?{rest.partition('?')[2]}"

    def address_text(self, user: str, database: str, folder: str, **settings: str) -> str:
        """A shared folder's address on this server by its name, reached on loopback."""
        query = "&".join(f"{key}={value}" for key, value in
                         {"folder": folder, "hostaddr": "127.0.0.1", **settings}.items())
        return f"postgresql://{user}@{NAME}:{self.port}/{database}?{query}"

    def new_database(self) -> str:
        """A new database set up for shared folders; its owner's URL."""
        import psycopg

        from infusion_desk.storage.shared.setup import setup_server

        name = f"tls_{secrets.token_hex(4)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        setup_server(self.url_of(name))
        return self.url_of(name)

    def connections_asked(self) -> int:
        """How many connections the server was asked for so far (its log, up to now: a
        connection marked with a fresh name is made and waited for first)."""
        import psycopg

        marker = f"marker_{secrets.token_hex(4)}"
        with psycopg.connect(self.admin_url, application_name=marker):
            pass
        deadline = time.monotonic() + 30
        while True:
            text = self.log.read_text(errors="replace")
            if marker in text:
                # (less the markers' own, this one's and earlier ones')
                return text.count("connection received:") - text.count("application_name=marker_")
            if time.monotonic() > deadline:
                raise AssertionError("the server's log never told of the marked connection")
            time.sleep(0.05)

    def show_certificate(self, which: str) -> None:
        """Make the server show its ``which`` certificate ("server" or "wrong") to new
        connections; returns once it does."""
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"ALTER SYSTEM SET ssl_cert_file = '{which}.crt'")
            conn.execute(f"ALTER SYSTEM SET ssl_key_file = '{which}.key'")
            conn.execute("SELECT pg_reload_conf()")
        host = WRONG_NAME if which == "wrong" else NAME
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(self.admin_url, host=host, hostaddr="127.0.0.1",
                                     sslmode="verify-full",
                                     sslrootcert=str(self.certificates.authority)):
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def remove(self) -> None:
        subprocess.run(_as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m",
                                    "immediate", "-w", "stop"), capture_output=True, check=False)
        shutil.rmtree(self.place, ignore_errors=True)


def start_tls_server() -> TlsServer | None:
    """A TLS-only throwaway server; None if there is no PostgreSQL on this computer."""
    bin_dir = find_pg_bin()
    return None if bin_dir is None else TlsServer(bin_dir)
