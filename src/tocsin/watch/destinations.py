"""Where alerts go: the destinations the watch rules name (``[watch.destinations.NAME]`` tables).

    [watch.destinations.desk]
    kind = "webhook"                 # JSON POSTed to url, one alert at a time
    url = "https://desk.example/hooks/tocsin"
    secret_env = "TOCSIN_HOOK_SECRET"  # optional: an HMAC-SHA256 of the body in X-Tocsin-Signature

    [watch.destinations.editors]
    kind = "email"                   # one mail per alert, over SMTP with STARTTLS
    host = "smtp.example.org"
    sender = "tocsin@example.org"
    to = ["editors@example.org"]
    username = "tocsin"
    password_file = "/etc/tocsin/smtp-password"   # or password_env = "TOCSIN_SMTP_PASSWORD"
    rules = ["protected target"]     # only these rules' alerts (default: every rule)

    [watch.destinations.morning]
    kind = "digest"                  # one mail a day with the alerts of the day before, after `hour` (UTC)
    host = "smtp.example.org" ...    # the email settings above
    hour = 7

Secrets (the HMAC key, the SMTP password) are read from a file or the environment when a delivery is made; they
are never stored, shown or logged, and a TOML file holding one inline is refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from ..errors import ConfigError

DESTINATION_KINDS = ("webhook", "email", "digest")


@dataclass(frozen=True)
class Destination:
    name: str
    kind: str
    rules: tuple[str, ...] = ()  # the rules whose alerts it gets; empty: all
    url: str = ""  # webhook: where the JSON is POSTed
    secret_env: str = ""  # webhook: the environment variable holding the HMAC key
    secret_file: str = ""  # webhook: or a file holding it
    host: str = ""  # email, digest: the SMTP server
    port: int = 587
    starttls: bool = True  # upgrade the connection with STARTTLS before anything is sent (off only for a local relay)
    ca_file: str = ""  # the certificate authorities to trust for STARTTLS (default: the system's)
    sender: str = ""
    to: tuple[str, ...] = ()
    username: str = ""
    password_env: str = ""
    password_file: str = ""
    hour: int = 7  # digest: the hour (UTC) after which the day before's alerts are sent
    attempts: int = 6  # tries before a delivery goes to the dead letters
    backoff: float = 60.0  # seconds before the second try, doubling after each
    timeout: float = 20.0  # seconds for one attempt

    def wants(self, rule: str) -> bool:
        return not self.rules or rule in self.rules

    def secret(self) -> bytes | None:
        """The webhook's HMAC key, if it has one."""
        return _secret(self.secret_env, self.secret_file, f"destination {self.name}: the signing secret")

    def password(self) -> str | None:
        value = _secret(self.password_env, self.password_file, f"destination {self.name}: the SMTP password")
        return value.decode() if value is not None else None


def _secret(env: str, path: str, what: str) -> bytes | None:
    if env:
        if env not in os.environ:
            raise ConfigError(f"{what} is to come from ${env}, which is not set")
        return os.environ[env].encode()
    if path:
        try:
            return Path(path).read_bytes().strip()
        except OSError as e:
            raise ConfigError(f"{what} is to come from {path}, which cannot be read: {e.strerror}") from None
    return None


def parse_destinations(table: dict) -> tuple[Destination, ...]:
    """Destinations from the ``destinations`` table of the watch rules, checked: a misspelt setting, a missing
    address or an inline secret is an error naming the destination."""
    known = {f.name for f in fields(Destination)} - {"name"}
    out = []
    for name, settings in table.items():
        if not isinstance(settings, dict):
            raise ConfigError(f"watch destination {name!r} is not a table ([watch.destinations.{name}])")
        if {"secret", "password"} & set(settings):
            raise ConfigError(f"destination {name}: a secret is never written in the rules; use secret_env/secret_file,"
                              " password_env/password_file")
        if unknown := set(settings) - known:
            raise ConfigError(f"destination {name}: unknown settings {sorted(unknown)}; known: {sorted(known)}")
        values = {k: tuple(v) if k in ("rules", "to") else v for k, v in settings.items()}
        out.append(_checked(Destination(name=name, **values)))
    return tuple(out)


def _checked(d: Destination) -> Destination:
    if d.kind not in DESTINATION_KINDS:
        raise ConfigError(f"destination {d.name}: kind {d.kind!r} is not one of {', '.join(DESTINATION_KINDS)}")
    if d.kind == "webhook" and not d.url.startswith(("http://", "https://")):
        raise ConfigError(f"destination {d.name}: a webhook needs an http(s) url")
    if d.kind != "webhook" and not (d.host and d.sender and d.to):
        raise ConfigError(f"destination {d.name}: {d.kind} needs host, sender and to")
    if d.attempts < 1:
        raise ConfigError(f"destination {d.name}: attempts must be at least 1")
    return d
