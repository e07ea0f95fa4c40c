"""Scale-out, tested: map a folder of pages through `baoxun parse --ndjson-in` on a local Dask
cluster and check the output against one process reading the same records.

Usage (npm run test:cluster; needs Debian's python3-distributed):
    python3 scripts/cluster/dask_map.py [FOLDER] [--workers N]
FOLDER defaults to fixtures/. Exit 0 when every record comes back, in order, equal to the
single-process reading; 1 otherwise.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys

from dask.distributed import Client, LocalCluster

ROOT = pathlib.Path(__file__).resolve().parents[2]
NODE = os.environ.get("BAOXUN_NODE", str(ROOT / "node_modules" / ".bin" / "node"))
CLI = [NODE, str(ROOT / "dist" / "cli.js"), "parse", "--ndjson-in"]


def read_batch(lines):
    """One partition: its NDJSON records through the CLI, one answer line per record."""
    run = subprocess.run(CLI, input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    return run.stdout.splitlines()


def records(folder):
    pages = sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix in (".md", ".txt") and "__snapshots__" not in p.parts)
    return [json.dumps({"id": str(p.relative_to(folder)), "text": p.read_text("utf-8")}, ensure_ascii=False) for p in pages]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "fixtures"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    lines = records(args.folder)
    if not lines:
        print(f"dask_map: {args.folder}: no .md or .txt pages", file=sys.stderr)
        return 1
    batches = [lines[i : i + 8] for i in range(0, len(lines), 8)]
    # a local cluster only: worker processes on this machine, the scheduler on the loopback
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        answers = [line for batch in client.gather(client.map(read_batch, batches)) for line in batch]
    expected = read_batch(lines)
    got_ids = [json.loads(a)["id"] for a in answers]
    want_ids = [json.loads(r)["id"] for r in lines]
    problems = []
    if got_ids != want_ids:
        problems.append(f"ids out of order or missing: {len(got_ids)} answers for {len(want_ids)} records")
    if answers != expected:
        problems.append("answers differ from one process reading the same records")
    if any("error" in json.loads(a) for a in answers):
        problems.append("some records came back as errors")
    for p in problems:
        print(f"dask_map: {p}", file=sys.stderr)
    articles = sum(len(json.loads(a)["result"]["articles"]) for a in answers if "result" in json.loads(a))
    print(f"dask_map: {len(answers)} pages on {args.workers} Dask workers in {len(batches)} partitions, "
          f"{articles} articles, {'the same as one process' if not problems else 'NOT the same'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
