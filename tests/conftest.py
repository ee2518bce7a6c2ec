"""Fixtures shared by the channel tests."""

import pytest

from tests.fake_platform import FakePlatformApi


@pytest.fixture()
def fake_api():
    """A fake chat-platform Web API on loopback, stopped after the test."""
    api = FakePlatformApi().start()
    yield api
    api.stop()
