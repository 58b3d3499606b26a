"""The geostudio SDK creates, lists and revokes API keys; revoked keys stop working."""

from typing import Any

from sdk_expectations import seeded_base_models
from served_studio import ServedStudio


def test_api_keys_are_listed_created_and_revoked_with_the_sdk(
    client: Any, client_for_key: Any, studio: ServedStudio
) -> None:
    listed = client.list_apikeys()["results"]
    assert any(studio.api_key.startswith(key["prefix"].rstrip("…")) for key in listed)

    created = client.create_apikey({"name": "made by the SDK"})
    assert created["name"] == "made by the SDK"
    assert created["active"] is True
    second = client_for_key(created["value"])
    assert second.list_base_models()["total_records"] >= len(seeded_base_models())

    client.delete_apikey(created["id"])

    assert created["id"] not in [key["id"] for key in client.list_apikeys()["results"]]
    assert second.list_base_models() == {
        "detail": "Provide a valid Authorization or X-Api-Key header."
    }
