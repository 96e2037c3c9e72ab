"""Following a background job in tests: the form now answers 303 to a job page, not to the brief."""

from __future__ import annotations

import time
from typing import Any

import httpx
from fastapi.testclient import TestClient


def wait_for_job(client: TestClient | httpx.Client, job_id: str, timeout: float = 120.0) -> dict[str, Any]:
    """Poll ``GET /api/v1/jobs/{id}`` until the job is done or failed; its last status."""
    deadline = time.monotonic() + timeout
    while True:
        status: dict[str, Any] = client.get(f"/api/v1/jobs/{job_id}").json()
        if status["status"] in ("done", "failed") or time.monotonic() > deadline:
            return status
        time.sleep(0.05)


def follow_job(client: TestClient, response: Any) -> Any:
    """The page a form post leads to once its job has ended (the brief, or the form again)."""
    assert response.status_code == 303, response.text
    location = response.headers["location"]
    assert location.startswith("/jobs/"), location
    wait_for_job(client, location.rsplit("/", 1)[1])
    return client.get(location)
