"""The geostudio SDK lists, reads, patches and deletes tunes.

Tunes have no create endpoint yet (submit-tune is a later issue): serve-for-sdk.ts
inserts two for the test user. The tests run in file order and share them.
"""

from typing import Any

from sdk_expectations import TIMESTAMP
from served_studio import ServedStudio


def test_list_tunes_shows_the_users_tunes(client: Any, studio: ServedStudio) -> None:
    assert len(studio.tune_ids) == 2, "no tunes arranged: no seeded tune template yet"

    answer = client.list_tunes()

    assert answer["total_records"] == 2
    assert answer["page_count"] == 2
    # Both were inserted within a few milliseconds, so only membership is certain.
    assert {t["id"] for t in answer["results"]} == set(studio.tune_ids)
    assert {t["status"] for t in answer["results"]} == {"Pending"}


def test_get_tune_returns_the_fields_the_sdk_reads(
    client: Any, studio: ServedStudio
) -> None:
    tune = client.get_tune(studio.tune_ids[0])

    assert tune["id"] == studio.tune_ids[0]
    assert tune["name"] == "sdk-flood-first"
    assert tune["dataset_id"] == studio.dataset_id
    assert tune["tune_template_id"] == studio.template_id
    assert tune["metrics"] == []
    assert tune["train_options"] == {
        "resources": {"gpus": 1, "memory_gb": 16},
        "notify": False,
    }
    assert TIMESTAMP.match(tune["created_at"])


def test_update_tune_keeps_null_fields_and_deep_merges_train_options(
    client: Any, studio: ServedStudio
) -> None:
    tune_id = studio.tune_ids[0]

    answer = client.update_tune(
        tune_id,
        {
            "description": "patched by the SDK",
            "train_options": {"resources": {"memory_gb": 32}},
        },
    )

    assert set(answer) == {"message"}
    tune = client.get_tune(tune_id)
    assert tune["name"] == "sdk-flood-first"
    assert tune["description"] == "patched by the SDK"
    assert tune["train_options"] == {
        "resources": {"gpus": 1, "memory_gb": 32},
        "notify": False,
    }


def test_delete_tune_hides_it_from_reads_and_lists(
    client: Any, studio: ServedStudio
) -> None:
    tune_id = studio.tune_ids[1]

    answer = client.delete_tune(tune_id)

    # The SDK turns a body that is not JSON (here the empty 204) into {"reason": text}.
    assert answer == {"reason": ""}
    assert set(client.get_tune(tune_id)) == {"detail"}
    assert tune_id not in [t["id"] for t in client.list_tunes()["results"]]
