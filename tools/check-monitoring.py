#!/usr/bin/env python3
"""Checks the monitoring configuration promtool does not: every query of the Grafana dashboard
(docker/grafana/dashboards) parses as PromQL and names only metrics that exist (Paygrid's, from the alert rules'
own vocabulary, or the JVM and pool figures Payara exports), and the production Prometheus and Alertmanager files
are valid. Run by .ci/run, which has installed Debian's prometheus and prometheus-alertmanager packages.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
known = {line.split("|")[1].strip().strip("`") for line in (root / "docs/operations.md").read_text().splitlines()
         if line.startswith("| `paygrid_") or line.startswith("| `simulator_")}
known = {name for cell in known for name in re.findall(r"[a-z_]+", cell)}
problems = []
rules = []
for dashboard in sorted((root / "docker/grafana/dashboards").glob("*.json")):
    for panel in json.loads(dashboard.read_text())["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"]
            rules.append({"record": "check:%d" % len(rules), "expr": expr})
            for metric in re.findall(r"\b(paygrid_[a-z_]+)", expr):
                base = re.sub(r"_(bucket|count|sum)$", "", metric)
                if base not in known and metric not in known:
                    problems.append("%s, panel '%s': %s is not a documented metric" % (dashboard.name, panel["title"], metric))
with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as file:
    json.dump({"groups": [{"name": "dashboard", "rules": rules}]}, file)
# Debian's amtool (0.25) predates url_file (0.26, the image runs 0.27): checked with a placeholder URL instead
alertmanager = tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False)
alertmanager.write(re.sub(r"url_file: \S+", "url: http://alerts.invalid/", (root / "docker/monitoring/alertmanager.yml").read_text()))
alertmanager.close()
for command in (["promtool", "check", "rules", file.name],
                ["promtool", "check", "config", "--syntax-only", str(root / "docker/monitoring/prometheus.yml")],
                ["amtool", "check-config", alertmanager.name]):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        problems.append(" ".join(command[:3]) + ": " + (result.stdout + result.stderr).strip())
print("\n".join(problems) if problems else "monitoring: %d dashboard queries parse; configurations valid" % len(rules))
sys.exit(1 if problems else 0)
