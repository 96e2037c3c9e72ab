"""Guarded HTTP fetching: newsbrief's only network client.

Every URL is checked before a connection is made: only http and https; the
host is resolved (numeric tricks such as ``http://2130706433/`` or
``http://0x7f.1/`` are decoded the way the C library would) and every address
must be public, unless ``Settings.allow_private`` is set. Cloud metadata
addresses (169.254.0.0/16, fd00:ec2::254 and the like, in every spelling) are
refused even then: no user means "my own network" to include the instance's
credentials. The connection then goes to the address that was checked, so a
second DNS answer cannot swap it (DNS rebinding). Redirects are followed by
hand, each hop checked again. One deadline (``Settings.fetch_deadline``)
covers connecting, the headers and the body of every hop: each socket read is
given only the time left, so a server trickling its headers a byte at a time
is cut when the deadline passes. The body is read raw and decoded here layer
by layer (``ingest/inflate.py``), each layer's output counted and cut at
``Settings.max_bytes`` while it streams.
:meth:`Fetcher.fetch_conditional` sends a feed's validators (ETag,
Last-Modified) and reports a 304 as "not modified" instead of a document.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from newsbrief.errors import (
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    URLRefusedError,
)
from newsbrief.ingest.inflate import ACCEPT_ENCODING, content_codings, decode_stream
from newsbrief.models import RawDocument
from newsbrief.settings import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
# What feeds are served as: their own types, and the generic XML and JSON ones many servers use.
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/xml", "text/xml", "application/json")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
# Instance metadata services (credentials live there): AWS, Azure, GCP and OpenStack use 169.254.169.254
# (the whole link-local /16 is refused), AWS's IPv6 endpoint fd00:ec2::254, OpenStack's fe80::a9fe:a9fe,
# Alibaba 100.100.100.200, Oracle 192.0.0.192.
METADATA_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "169.254.0.0/16", "fd00:ec2::254/128", "fe80::a9fe:a9fe/128", "100.100.100.200/32", "192.0.0.192/32"))


def system_resolver(host: str, port: int) -> list[str]:
    """Resolve ``host`` with the operating system; return unique address strings."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}; check the URL") from exc
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%")[0]
        if address not in seen:
            seen.append(address)
    return seen


def _parse_inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """Decode the legacy IPv4 forms ``inet_aton`` accepts (``0x7f.1``, ``2130706433``)."""
    parts = host.split(".")
    if parts and parts[-1] == "":
        parts = parts[:-1]
    if not 1 <= len(parts) <= 4:
        return None
    numbers: list[int] = []
    for part in parts:
        try:
            if part.lower().startswith("0x"):
                numbers.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part.startswith("0"):
                numbers.append(int(part, 8))
            else:
                numbers.append(int(part, 10))
        except ValueError:
            return None
    # The last part fills all the bytes the earlier parts left.
    value = 0
    for number in numbers[:-1]:
        if number > 255:
            return None
        value = value * 256 + number
    tail_bytes = 4 - (len(numbers) - 1)
    if numbers[-1] >= 256**tail_bytes:
        return None
    value = value * 256**tail_bytes + numbers[-1]
    return ipaddress.IPv4Address(value)


def parse_ip_literal(host: str) -> IPAddress | None:
    """Return the address ``host`` spells directly, or ``None`` for a host name."""
    bare = host.strip("[]")
    try:
        return ipaddress.ip_address(bare.split("%")[0])
    except ValueError:
        return _parse_inet_aton(bare)


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address carried inside an IPv6 one (mapped, 6to4, NAT64, compatible)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64 or address in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if int(address) >> 32 == 0 and int(address) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(int(address))
    return None


def is_blocked(address: IPAddress) -> bool:
    """True when ``address`` is not a public unicast address (or carries one that is not)."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None and is_blocked(inner):
            return True
    return bool(
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def is_metadata(address: IPAddress) -> bool:
    """True for a cloud metadata address, spelled directly or carried inside an IPv6 one."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None and is_metadata(inner):
            return True
    return any(address.version == net.version and address in net for net in METADATA_NETWORKS)


def check_url(
    url: str,
    settings: Settings,
    resolver: Resolver,
    blocked: Callable[[IPAddress], bool] = is_blocked,
) -> tuple[httpx.URL, str]:
    """Validate ``url`` and return it parsed, with the address to connect to."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise URLRefusedError(f"{url!r} is not a valid URL: {exc}") from exc
    if parsed.scheme not in ("http", "https"):
        raise URLRefusedError(
            f"refused {url!r}: only http and https URLs can be fetched, not {parsed.scheme!r}"
        )
    host = parsed.host
    if not host:
        raise URLRefusedError(f"refused {url!r}: the URL has no host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    literal = parse_ip_literal(host)
    addresses: list[IPAddress]
    if literal is not None:
        addresses = [literal]
    else:
        resolved = list(resolver(host, port))
        if not resolved:
            raise FetchError(f"cannot resolve host {host!r}; check the URL")
        addresses = []
        for text in resolved:
            parsed_address = parse_ip_literal(text)
            if parsed_address is None:
                raise FetchError(f"resolver returned {text!r} for {host!r}, not an address")
            addresses.append(parsed_address)
    for address in addresses:
        if is_metadata(address):
            raise URLRefusedError(
                f"refused {url!r}: host {host!r} resolves to {address}, a cloud metadata address; "
                "these are refused even with --allow-private"
            )
    if not settings.allow_private:
        for address in addresses:
            if blocked(address):
                raise URLRefusedError(
                    f"refused {url!r}: host {host!r} resolves to {address}, a private, "
                    "loopback, link-local or reserved address; use --allow-private "
                    "(setting allow_private) only if you mean to fetch from your own network"
                )
    return parsed, str(addresses[0])


@dataclass(frozen=True, slots=True)
class Fetched:
    """A conditional fetch: the document, or ``None`` when the server answered 304 Not Modified,
    with the validators to send next time."""

    document: RawDocument | None
    etag: str | None = None
    last_modified: str | None = None


def _connect_url(parsed: httpx.URL, address: str) -> httpx.URL:
    """The same URL with its host replaced by the checked address (fragment dropped)."""
    return parsed.copy_with(host=address, fragment=None)


class _Deadline(threading.local):
    """The monotonic time by which the current thread's fetch must be done (``inf`` outside a fetch)."""

    at: float = float("inf")

    def clamp(self, timeout: float | None, kind: type[Exception]) -> float:
        """``timeout`` shortened to the time left; raise ``kind`` once nothing is left."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise kind("the fetch deadline has passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read, write and TLS handshake gets at most the time left."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname,
                                    self._deadline.clamp(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    """httpcore's socket backend, with every stream it opens held to the thread's fetch deadline.

    httpx's timeouts are per socket operation, so a server sending one header byte
    every few seconds never trips them; bounding each operation by the time left
    makes the deadline cover the whole exchange.
    """

    def __init__(self, deadline: _Deadline) -> None:
        self.deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        stream = super().connect_tcp(host, port, self.deadline.clamp(timeout, httpcore.ConnectTimeout),
                                     local_address, socket_options)
        return _DeadlineStream(stream, self.deadline)


def _deadline_transport(deadline: _Deadline) -> httpx.HTTPTransport:
    """httpx's transport with its connection pool on the deadline backend.

    httpx 0.28 has no public way to pass a network backend, so the pool it built is
    replaced by one built the same way (tests/ingest/test_fetch_hostile.py fails if
    a later httpx stops using it).
    """
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # private: see the docstring
        ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=100,
        max_keepalive_connections=20, keepalive_expiry=5.0, network_backend=_DeadlineBackend(deadline))
    return transport


class Fetcher:
    """Fetch article pages under the guards described in the module docstring."""

    def __init__(
        self,
        settings: Settings,
        resolver: Resolver = system_resolver,
        transport: httpx.BaseTransport | None = None,
        blocked: Callable[[IPAddress], bool] = is_blocked,
    ) -> None:
        self.settings = settings
        self.resolver = resolver
        self.blocked = blocked
        self._deadline = _Deadline()
        self._client = httpx.Client(
            follow_redirects=False,
            trust_env=False,  # a proxy would connect to the name, not the checked address
            transport=transport or _deadline_transport(self._deadline),
            headers={"User-Agent": settings.user_agent, "Accept": ", ".join(ALLOWED_TYPES),
                     "Accept-Encoding": ACCEPT_ENCODING},
        )

    def close(self) -> None:
        """Close the underlying connection pool."""
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, accept: Sequence[str] = ALLOWED_TYPES) -> RawDocument:
        """Fetch ``url`` and return its body; raise a :class:`FetchError` subclass on refusal.

        ``accept`` lists the media types the caller reads (article pages by
        default; a feed reader passes the feed types).
        """
        document = self.fetch_conditional(url, accept).document
        if document is None:  # a 304 without validators: the server is broken
            raise HTTPStatusError(f"{url} answered 304 Not Modified to a plain request; check the URL")
        return document

    def fetch_conditional(self, url: str, accept: Sequence[str] = ALLOWED_TYPES, *,
                          etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """Fetch ``url`` sending If-None-Match / If-Modified-Since when validators are given.

        A 304 answer gives ``Fetched(None)``; otherwise the document and the validators
        the server sent. Every hop passes the same guards as :meth:`fetch`.
        """
        deadline = time.monotonic() + self.settings.fetch_deadline
        conditions = {name: value for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified))
                      if value}
        current = url
        self._deadline.at = deadline
        try:
            for _hop in range(self.settings.max_redirects + 1):
                parsed, address = check_url(current, self.settings, self.resolver, self.blocked)
                result = self._request(parsed, address, deadline, tuple(accept), conditions)
                if isinstance(result, Fetched):
                    return result
                current = result
        finally:
            self._deadline.at = float("inf")
        raise TooManyRedirectsError(
            f"{url!r} redirected more than {self.settings.max_redirects} times; "
            "open it in a browser to find the final address and pass that"
        )

    def _timeout(self, deadline: float) -> httpx.Timeout:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeoutError(
                f"fetching took longer than the {self.settings.fetch_deadline:g} s deadline"
            )
        return httpx.Timeout(
            connect=min(self.settings.connect_timeout, remaining),
            read=min(self.settings.read_timeout, remaining),
            write=min(self.settings.read_timeout, remaining),
            pool=min(self.settings.connect_timeout, remaining),
        )

    def _request(self, parsed: httpx.URL, address: str, deadline: float,
                 accept: tuple[str, ...], conditions: dict[str, str]) -> Fetched | str:
        """One hop: a document (or "not modified"), or the absolute URL of the next hop."""
        host_header = parsed.netloc.decode("ascii")
        target = _connect_url(parsed, address)
        extensions = {"sni_hostname": parsed.host} if parsed.scheme == "https" else {}
        url_text = str(parsed)
        try:
            with self._client.stream(
                "GET",
                target,
                headers={"Host": host_header, "Accept": ", ".join(accept), **conditions},
                extensions=extensions,
                timeout=self._timeout(deadline),
            ) as response:
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(f"{url_text} redirected without a Location header")
                    return str(urljoin(url_text, location))
                validators = (response.headers.get("etag"), response.headers.get("last-modified"))
                if response.status_code == 304 and conditions:
                    return Fetched(None, *validators)
                if response.status_code >= 400:
                    # Server errors and rate limits may pass later; a 404 will not.
                    raise HTTPStatusError(
                        f"{url_text} answered HTTP {response.status_code}; check the URL",
                        retryable=response.status_code >= 500 or response.status_code == 429,
                    )
                content_type = response.headers.get("content-type", "")
                mime = content_type.split(";")[0].strip().lower()
                if mime not in accept:
                    wanted = "an article page" if accept == ALLOWED_TYPES else "of a type read here"
                    raise ContentTypeError(
                        f"{url_text} is {mime or 'of no stated type'}, not {wanted} "
                        f"(newsbrief reads {', '.join(accept)})"
                    )
                body = self._read_body(response, url_text, deadline)
                return Fetched(RawDocument(bytes(body), url=url_text, content_type=content_type), *validators)
        except httpx.TimeoutException as exc:
            if time.monotonic() >= deadline:
                raise self._past_deadline(url_text) from exc
            raise FetchTimeoutError(
                f"{url_text} timed out ({type(exc).__name__}); try again later"
            ) from exc
        except httpx.DecodingError as exc:
            raise FetchError(f"{url_text} sent a body that cannot be decoded: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"fetching {url_text} failed: {exc}") from exc

    def _read_body(self, response: httpx.Response, url_text: str, deadline: float) -> bytearray:
        """The decoded body, cut at the size cap (every compression layer counted) and at the deadline."""
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
            raise self._too_large(url_text)
        body = bytearray()
        if response.is_stream_consumed:  # an injected transport (tests) built it from bytes, already decoded
            raw, codings = iter([response.content]), []
        else:  # raw bytes: httpx would decompress each chunk without bound before we could count it
            raw, codings = response.iter_raw(), content_codings(response.headers.get("content-encoding"))
        pieces = decode_stream(raw, codings, self.settings.max_bytes, lambda: self._too_large(url_text), url_text)
        for piece in pieces:
            body.extend(piece)
            if len(body) > self.settings.max_bytes:
                raise self._too_large(url_text)
            if time.monotonic() > deadline:
                raise self._past_deadline(url_text)
        return body

    def _past_deadline(self, url: str) -> FetchTimeoutError:
        return FetchTimeoutError(
            f"{url} took longer than the {self.settings.fetch_deadline:g} s deadline to send its page; "
            "try again later, or save the page and brief the file"
        )

    def _too_large(self, url: str) -> ResponseTooLargeError:
        limit_mb = self.settings.max_bytes / (1024 * 1024)
        return ResponseTooLargeError(
            f"{url} is larger than {limit_mb:g} MB once decompressed; "
            "save the article text to a file and brief that instead"
        )
