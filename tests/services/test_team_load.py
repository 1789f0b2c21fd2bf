"""A care team on one shared folder, small (issue 17): a few members, each signed in as herself,
edit the same records, log calls and bring in letters at the same time on the throwaway
PostgreSQL server; nothing is lost, nothing goes wrong, and a server stopped mid-way costs
nothing either: what could not be saved is kept and saved when it is back.

The full run (20 members for 60 s, its p50/p95) is ``tests/benchmarks/team_load.py``; this is
the same code, smaller, with members as threads (processes cost seconds each to start).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


team_load = load("team_load")
team_member = sys.modules["team_member"]  # (team_load imports it from its own folder)
team_outage = load("team_outage")

MEMBERS = 5
SECONDS = 3.0
THINK = 0.005  # a breath between a member's operations: the window's tests share the machine


@pytest.fixture(scope="module")
def team(pg_server: Any) -> Any:
    """Five people, each a role of her own, given one folder with four contacts they all edit."""
    return team_load.set_up_team(pg_server.new_database(), MEMBERS,
                                 prefix=pg_server.unique_name("m"))


@pytest.fixture(scope="module")
def switch(team: Any, pg_server: Any) -> Any:
    """Stops the test server and starts it again (not a server named in the environment: that
    one is not ours to stop)."""
    from pg_server import ENV_URL

    if os.environ.get(ENV_URL, "").strip():
        pytest.skip(f"{ENV_URL} names a server of its own: it is not stopped by the tests")
    return team_outage.ServerSwitch(pg_server.url_of(team.database))


def assert_nothing_lost(figures: dict[str, Any]) -> None:
    assert figures["errors"] == 0, figures["error_kinds"]
    assert figures["lost_updates"] == 0, figures
    assert all(kind["count"] > 0 for kind in figures["kinds"].values()), figures["kinds"]


def test_members_working_at_once_lose_nothing(team: Any) -> None:
    results = team_load.run_team(team, SECONDS, threads=True, think=THINK)
    figures = team_load.tally(results, team_load.verify(team, results), SECONDS)
    assert_nothing_lost(figures)
    assert figures["kept_while_away"] == 0 and figures["told_while_away"] == []
    for kind in figures["kinds"].values():  # each kind of operation has its figures
        assert kind["p50_ms"] is not None and kind["p95_ms"] >= kind["p50_ms"]


def test_a_server_stopped_mid_way_costs_nothing(team: Any, switch: Any) -> None:
    before = team_load.read_folder(team)[0]
    results = team_load.run_team(team, SECONDS, threads=True, think=THINK, seed=18,
                                 meanwhile=team_load.outage(switch, SECONDS / 4, 1.0))
    assert switch.running
    figures = team_load.tally(results, team_load.verify(team, results, before), SECONDS)
    assert_nothing_lost(figures)
    assert figures["kept_while_away"] > 0  # members were working when it stopped
    assert figures["saved_when_back"] == figures["kept_while_away"]
    assert figures["told_while_away"], "no one was told the server could not be reached"
    for sentence in figures["told_while_away"]:
        assert "cannot be reached" in sentence


def test_the_save_under_way_when_the_server_stops_is_kept_and_saved(team: Any,
                                                                    switch: Any) -> None:
    from infusion_desk.storage.address import parse_server_address

    name, password = team.members[-1]
    seen = team_outage.stop_during_save(parse_server_address(team.address(name)), password,
                                        switch)
    assert seen.error_kind == "ServerUnreachableError"
    assert seen.told == (f"The server {team.host} cannot be reached right now, so this change "
                         "was not saved. Check that this computer is connected to the network, "
                         "then try again.")  # (the window's outbox says it keeps it)
    assert (seen.kept_while_away, seen.saved_when_back, seen.calls_found) == (1, 1, 1)


def test_the_check_finds_an_edit_written_over(team: Any) -> None:
    """The tally is not blind: an edit saved over another's without the version check (version
    0: "not read") is found as one lost update."""
    from dataclasses import replace

    from infusion_desk.core.records import Contact
    from infusion_desk.services import Folder
    from infusion_desk.storage.address import parse_server_address

    (first, first_password), (second, second_password) = team.members[:2]
    contact_id = team.shared_ids[0]
    before = team_load.read_folder(team)[0]
    with (Folder.open_shared(parse_server_address(team.address(first)), first_password) as a,
          Folder.open_shared(parse_server_address(team.address(second)), second_password) as b):
        mine, theirs = a.get(Contact, contact_id), b.get(Contact, contact_id)
        b.records.update(replace(theirs, notes=team_member.bumped(theirs.notes, second)))
        a.records.update(replace(mine, notes=team_member.bumped(mine.notes, first), version=0))
    results = [team_member.MemberResult(first, edits={contact_id: 1}),
               team_member.MemberResult(second, edits={contact_id: 1})]
    verdict = team_load.verify(team, results, before)
    assert (verdict.lost_edits, verdict.lost_updates) == (1, 1)
