"""Server addresses of shared folders, for the window and the command line (which may not reach
into storage themselves): parsing, checking and printing them (``storage.address``)."""

from __future__ import annotations

from infusion_desk.storage.address import (
    FolderLocation,
    ServerAddress,
    looks_like_server_address,
    parse_server_address,
    server_address,
)

__all__ = ["FolderLocation", "ServerAddress", "looks_like_server_address",
           "parse_server_address", "server_address"]
