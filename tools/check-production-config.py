#!/usr/bin/env python3
"""Fails when the production deployment (docker/) holds or imports a development credential (issue 16).

Run by .ci/run. Checks every file under docker/ for the development values (the realm's users and client secrets,
the development database password, the development encryption keys and the development profile switch), and the
production realm for what production needs: no login users, no password grant, no literal client secret, a one-time
code on every browser login, brute-force protection and a 15-minute idle session; the merchant realm for
verified addresses, PKCE and settings from the environment.
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
problems = []

development = {}
for line in (root / "payment-ejb/src/main/resources/META-INF/paygrid-development.properties").read_text().splitlines():
    if "=" in line and not line.lstrip().startswith("#"):
        name, value = line.split("=", 1)
        development[name.strip()] = value.strip()

forbidden = {"change-me", "paygrid-dev-password", "paygrid.profile=development", "dev/keycloak",
             "paygrid-cli", "admin/admin"}
for name, value in development.items():
    if name.startswith("paygrid.keys."):
        forbidden.update(key.split(":", 1)[1] for key in re.split(r"[,\s]+", value) if ":" in key)
    elif "secret" in name:
        forbidden.add(value)

for path in sorted((root / "docker").rglob("*")):
    if path.is_file():
        text = path.read_text(errors="replace")
        for value in sorted(forbidden):
            if value in text:
                problems.append(f"{path.relative_to(root)} contains the development value {value!r}")

realm = json.loads((root / "docker/keycloak/paygrid-realm.json").read_text())
for user in realm.get("users", []):
    if "serviceAccountClientId" not in user or user.get("credentials"):
        problems.append(f"production realm has a login user {user.get('username')!r}")
for client in realm.get("clients", []):
    cid = client.get("clientId")
    if client.get("directAccessGrantsEnabled"):
        problems.append(f"production realm client {cid} allows the password grant")
    secret = client.get("secret")
    if secret is not None and not re.fullmatch(r"\$\{[A-Z0-9_]+\}", secret):
        problems.append(f"production realm client {cid} has a literal secret")
flows = {flow["alias"]: flow for flow in realm.get("authenticationFlows", [])}


def requires_otp(alias):
    for step in flows.get(alias, {}).get("authenticationExecutions", []):
        if step.get("authenticator") == "auth-otp-form" and step.get("requirement") == "REQUIRED":
            return True
        if step.get("authenticatorFlow") and requires_otp(step.get("flowAlias")):
            return True
    return False


if not requires_otp(realm.get("browserFlow")):
    problems.append("production realm's browser flow does not require a one-time code")
for setting, wanted in {"bruteForceProtected": True, "ssoSessionIdleTimeout": 900, "registrationAllowed": False,
                        "sslRequired": "all"}.items():
    if realm.get(setting) != wanted:
        problems.append(f"production realm {setting} is {realm.get(setting)!r}, not {wanted!r}")
if "length(12)" not in realm.get("passwordPolicy", ""):
    problems.append("production realm's password policy does not ask for 12 characters")

# the merchant realm: people register themselves, so their addresses must be verified before they count
merchants = json.loads((root / "docker/keycloak/paygrid-merchants-realm.json").read_text())
if merchants.get("users"):
    problems.append("production merchant realm has users")
for client in merchants.get("clients", []):
    cid = client.get("clientId")
    if client.get("directAccessGrantsEnabled"):
        problems.append(f"production merchant realm client {cid} allows the password grant")
    if not re.fullmatch(r"\$\{[A-Z0-9_]+\}", client.get("secret") or ""):
        problems.append(f"production merchant realm client {cid} has a literal secret")
    if client.get("attributes", {}).get("pkce.code.challenge.method") != "S256":
        problems.append(f"production merchant realm client {cid} does not require PKCE")
for setting, wanted in {"verifyEmail": True, "registrationEmailAsUsername": True, "bruteForceProtected": True,
                        "sslRequired": "all"}.items():
    if merchants.get(setting) != wanted:
        problems.append(f"production merchant realm {setting} is {merchants.get(setting)!r}, not {wanted!r}")
for name, value in merchants.get("smtpServer", {}).items():
    if name in ("host", "user", "password", "from") and not re.fullmatch(r"\$\{[A-Z0-9_]+\}", value):
        problems.append(f"production merchant realm's SMTP {name} is a literal, not from the environment")

# the development realms hash with PBKDF2 at few iterations to keep the test suite's sign-ins cheap; production
# keeps Keycloak's default (Argon2id), or PBKDF2 with at least 210,000 iterations
for name, policy in (("realm", realm.get("passwordPolicy", "")), ("merchant realm", merchants.get("passwordPolicy", ""))):
    for iterations in re.findall(r"hashIterations\((\d+)\)", policy):
        if int(iterations) < 210_000:
            problems.append(f"production {name} hashes passwords with {iterations} iterations, under 210,000")

for problem in problems:
    print("production config:", problem)
print(f"production config: {'FAILED' if problems else 'no development credential in docker/, realm fit for production'}")
sys.exit(1 if problems else 0)
