"""A shared folder's address where a folder file is accepted when the app starts
(``infusion-desk postgresql://…``), and handed over by a second start to the running window."""

from __future__ import annotations

from infusion_desk.app import start_request
from infusion_desk.ui.single_instance import OpenRequest

ADDRESS = "postgresql://maria@db.example.org/infusion?folder=brennan"


def test_an_address_given_at_start_asks_for_that_shared_folder() -> None:
    request = start_request([ADDRESS])
    assert request.shared == ADDRESS and request.path is None and not request.demo
    assert start_request(["Walter.infusiondesk"]).shared == ""


def test_a_second_start_hands_the_address_over() -> None:
    request = OpenRequest(shared=ADDRESS, token="t")
    assert OpenRequest.from_bytes(request.to_bytes()) == request
    old = b'{"open": "/home/ann/W.infusiondesk", "demo": false, "token": ""}\n'
    assert OpenRequest.from_bytes(old) is not None  # (from an older version: no "shared")
    assert OpenRequest.from_bytes(b'{"open": null, "demo": false, "shared": 7}') is None
    assert OpenRequest.from_bytes(b'{"open": null, "demo": false, "shared": "a\\u0000b"}') is None
