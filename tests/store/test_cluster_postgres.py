"""A `--cluster local:2` run whose workers store into PostgreSQL themselves (each a writer of its
own, whose batch its partitions fill together, stored while the next partition codes:
cluster.code_partition) stores exactly what one process stores there, incidents included.

The JSONL lines are tests/test_cluster.py's: the first paragraphs of four AFP reports of 1-2
April 1997 in the shared corpus, beside the bundled examples/.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from click.testing import CliRunner

from communique.cli import main
from conftest import EXAMPLES
from test_cluster import AFP_1997


@pytest.mark.parametrize("store_batch", ["1", "256"])  # several batches per partition; partitions per batch
def test_workers_storing_into_postgres_store_what_one_process_stores(new_postgres_store: Callable[[], str],
                                                                     tmp_path, store_batch: str) -> None:
    feed = tmp_path / "afp-1997.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in AFP_1997 + AFP_1997[:2]) + "\n", encoding="utf-8")
    inputs = [str(EXAMPLES), str(feed)]
    single, clustered = new_postgres_store(), new_postgres_store()
    one = CliRunner().invoke(main, ["code", *inputs, "--db", single, "--format", "none"])
    # partitions of 2 articles, several partitions per worker
    two = CliRunner().invoke(main, ["code", *inputs, "--db", clustered, "--format", "none", "--cluster", "local:2",
                                    "--partition-size", "2", "--store-batch", store_batch])
    assert one.exit_code == two.exit_code == 0, two.output
    assert "10 article(s) coded, 0 rejected" in two.output  # the two repeated lines: coded twice, stored once
    exported = [CliRunner().invoke(main, ["export", "--db", db]).output for db in (single, clustered)]
    assert exported[0] == exported[1]
    assert len(exported[0].splitlines()) == 8 and '"incident"' in exported[0]
