"""Runs the `run:` steps of a GitHub Actions workflow as the runner would (bash -eo pipefail,
in order, stopping at the first failure), skipping steps whose id is given with --skip.
Prints one line per step, "<exit status> <name>", and exits 0; the caller judges."""
import argparse
import subprocess
import sys

import yaml

parser = argparse.ArgumentParser()
parser.add_argument("workflow")
parser.add_argument("--skip", action="append", default=[])
args = parser.parse_args()

with open(args.workflow) as f:
    workflow = yaml.safe_load(f)
for job in workflow["jobs"].values():
    for step in job["steps"]:
        if "run" not in step or step.get("id") in args.skip:
            continue
        status = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]]
        ).returncode
        print(f"{status} {step.get('name', step['run'][:40])}", flush=True)
        if status != 0:
            sys.exit(0)
