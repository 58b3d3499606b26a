"""Fixtures of the SDK tests: one real studio per session and geostudio clients."""

import os
from collections.abc import Iterator
from typing import Any

import pytest

from served_studio import ServedStudio, start_studio, stop_studio


@pytest.fixture(scope="session")
def studio() -> Iterator[ServedStudio]:
    """A running studio with arranged data, stopped after the session."""
    process, served = start_studio()
    try:
        yield served
    finally:
        stop_studio(process)


@pytest.fixture(scope="session")
def client(studio: ServedStudio) -> Any:
    """The public geostudio SDK, unchanged, pointed at the served studio."""
    os.environ["BASE_GATEWAY_API_URL"] = studio.url
    from geostudio import Client
    from geostudio.config import settings

    # The SDK reads the variable when geostudio.config is first imported; the test
    # module may have imported it already (for the SDK's models), so set it there too.
    settings.BASE_GATEWAY_API_URL = studio.url
    return Client(api_key=studio.api_key)


@pytest.fixture(scope="session")
def client_for_key(client: Any) -> Any:
    """Builds further SDK clients for other API keys of the same studio."""
    from geostudio import Client

    return lambda api_key: Client(api_key=api_key)
